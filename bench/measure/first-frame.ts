/**
 * First frame: navigation → the component's first \`load\` (ours: the light preview drawn) and →
 * the full body.glb drawn, on the phone with 4× CPU throttling, optionally on slow 4G.
 */
import type { Browser } from 'playwright-core';
import { open, waitForLoads } from '../lib/browser.js';
import { PHONE, SLOW_4G, type Kind } from '../lib/common.js';

/**
 * Navigation → the component's first `load` event (ours: its light preview model drawn), and →
 * the first `load` of the full body.glb (model-viewer: the same event), phone profile with 4× CPU
 * throttling.
 */
export interface FirstFrame {
  ms: number;
  fullMs: number;
  preview: boolean;
  getContextMs: number;
  shaderWaitMs: number;
  firstContextAt: number;
  resources: { name: string; start: number; end: number; bytes: number }[];
}
export async function timeToFirstFrame(browser: Browser, origin: string, kind: Kind, slow: boolean): Promise<FirstFrame> {
  const { context, page: p, cdp } = await open(browser, origin, `/${kind}.html`, PHONE, true);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await p.goto(`/${kind}.html`, { waitUntil: 'commit' });
    await waitForLoads(p, 1, 120_000);
    return await p.evaluate(() => {
      const b = (window as any).__bench;
      return { ms: b.firstLoad, fullMs: b.fullLoad, preview: b.firstLoadPreview, ...b.atFirstLoad, resources: b.atFullLoad.resources };
    });
  } finally {
    await context.close();
  }
}
