#!/usr/bin/env node
/**
 * `node scripts/poster.mjs`: the poster picture of the default body, `assets/body-chain-poster.webp`,
 * rendered by the real element (the built dist/, so run `npm run build` first) in the system
 * Chromium: the full body's first frame at a phone's stage size, the background transparent, the
 * interface left out (the WebGL canvas itself is read, in the frame it was drawn). The build ships
 * it beside body-chain.js; `poster="…/body-chain-poster.webp"` shows it until the first 3D frame.
 *
 * Options: --width, --height (CSS px of the stage, default 390 × 640), --scale (device pixels per
 * CSS px, default 1), --quality (WebP, 0–1, default 0.8), --out.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    width: { type: 'string', default: '390' },
    height: { type: 'string', default: '640' },
    scale: { type: 'string', default: '1' },
    quality: { type: 'string', default: '0.8' },
    out: { type: 'string', default: join(ROOT, 'assets/body-chain-poster.webp') },
  },
});
const width = Number(values.width), height = Number(values.height), scale = Number(values.scale);
if (!existsSync(join(ROOT, 'dist/body-chain.js'))) throw new Error('dist/body-chain.js is missing: run `npm run build` first');

const TYPES = { '.js': 'text/javascript', '.glb': 'model/gltf-binary', '.html': 'text/html; charset=utf-8' };
const PAGE =
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>html,body{margin:0;background:transparent}` +
  `body-chain{display:block;width:${width}px;--body-chain-stage-height:${height}px;--body-chain-background:transparent}</style>` +
  `<script type="module" src="/dist/body-chain.js"></script></head><body><body-chain loading="eager"></body-chain></body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end(PAGE);
  const file = join(ROOT, path);
  if (!path.startsWith('/dist/') || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width, height: height + 200 }, deviceScaleFactor: scale });
  // Keep the picture of the last WebGL frame: read in the same animation-frame task that drew it,
  // before the browser may clear the drawing buffer.
  await page.addInitScript((quality) => {
    let drew = null;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const draw = proto.drawElements;
      proto.drawElements = function (...args) {
        drew = this.canvas;
        return draw.apply(this, args);
      };
    }
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) =>
      raf((t) => {
        cb(t);
        // After the frame's microtasks (the element sends \`load\` from one), still in its task.
        queueMicrotask(() => {
          if (drew && window.__fullBodyShown && !window.__poster) window.__poster = drew.toDataURL('image/webp', quality);
          drew = null;
        });
      });
    document.addEventListener('load', (e) => {
      if (e.target?.localName === 'body-chain' && !e.detail?.preview) window.__fullBodyShown = true;
    }, true);
  }, Number(values.quality));
  await page.goto(origin);
  await page.waitForFunction(() => window.__fullBodyShown, null, { timeout: 120_000 });
  // (The load event is sent from within the frame that drew the full body: that frame is read.)
  await page.waitForFunction(() => window.__poster, null, { timeout: 30_000 });
  const url = await page.evaluate(() => window.__poster);
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, bytes);
  console.log(`${values.out}: ${(bytes.length / 1024).toFixed(1)} KB (${width}×${height} CSS px at ${scale}×)`);
} finally {
  await browser.close();
  server.close();
}
