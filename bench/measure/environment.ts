/** The browser and the WebGL renderer behind it, for the report's header. */
import type { Browser } from 'playwright-core';
import { open } from '../lib/browser.js';
import { PHONE_MOUSE } from '../lib/common.js';

export async function environment(browser: Browser, origin: string) {
  const { context, page: p } = await open(browser, origin, '/ours.html', PHONE_MOUSE);
  try {
    await p.goto('/ours.html');
    const gl = await p.evaluate(() => {
      const c = document.createElement('canvas').getContext('webgl2');
      const ext = c?.getExtension('WEBGL_debug_renderer_info');
      return ext ? String(c!.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    return { gl, chromium: browser.version() };
  } finally {
    await context.close();
  }
}
