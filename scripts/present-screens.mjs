// Screenshots of present mode and the hand-off, as people see them (issue 12): on a tablet the
// back line stepped to the calf with a stroke drawn on it by a real touch drag, the share sheet
// with its QR code, and the link opened on a phone (the take-home view).
// Usage: node scripts/present-screens.mjs [outDir]   (run `npm run build` first; serves the root itself).
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const [out = 'test-results/screens'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

async function open(url, viewport) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: viewport.width < 700 ? 2 : 1 });
  const page = await context.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? console.log(`[${url}] ${m.text()}`) : null));
  await page.addInitScript(() => {
    const done = (e) => e.target.localName === 'body-chain' && (e.type === 'error' || !e.detail?.preview) && (window.__ready = true);
    document.addEventListener('load', done, true);
    document.addEventListener('error', done, true);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 60000 });
  await page.waitForTimeout(800);
  return { context, page };
}

const centre = (page, part) =>
  page.evaluate((p) => {
    const r = document.querySelector('body-chain').shadowRoot.querySelector(`[part~="${p}"]`).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, part);

async function drag(page, from, to, steps = 14) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t) => [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const tablet = await open(`${base}demo/present.html`, { width: 1024, height: 1366 });
const { page } = tablet;
for (let i = 0; i < 2; i++) {
  const p = await centre(page, 'step-next');
  await page.touchscreen.tap(p.x, p.y);
  await page.waitForTimeout(1500);
}
await page.waitForTimeout(1500);
let p = await centre(page, 'ink');
await page.touchscreen.tap(p.x, p.y);
const calf = await page.evaluate(() => document.querySelector('body-chain').regionPoint('calf'));
await drag(page, { x: calf.x - 14, y: calf.y - 40 }, { x: calf.x + 10, y: calf.y + 45 });
await page.touchscreen.tap(p.x, p.y);
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/tablet-1024-present-calf.png` });
console.log(`${out}/tablet-1024-present-calf.png`);
p = await centre(page, 'share');
await page.touchscreen.tap(p.x, p.y);
await page.waitForFunction(() => document.querySelector('body-chain').shadowRoot.querySelector('img[part="qr"]'));
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/tablet-1024-present-share.png` });
console.log(`${out}/tablet-1024-present-share.png`);
const url = await page.evaluate(() => document.querySelector('body-chain').stateUrl());
const qr = await page.evaluate(() => document.querySelector('body-chain').shadowRoot.querySelector('img[part="qr"]').dataset.version);
console.log(`link: ${url.length} characters, QR version ${qr}: ${url}`);
await tablet.context.close();

const phone = await open(url, { width: 390, height: 844 });
await phone.page.evaluate(() => document.querySelector('body-chain').scrollIntoView({ block: 'start' }));
await phone.page.waitForTimeout(2500);
await phone.page.screenshot({ path: `${out}/phone-390-take-home.png` });
console.log(`${out}/phone-390-take-home.png`);
await phone.context.close();

await browser.close();
await server.close();
