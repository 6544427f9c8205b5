// Screenshots of the demo pages at phone and tablet sizes, for looking at what we built.
// Usage: node scripts/screenshots.mjs [outDir]   (serves the project root itself; run `npm run build` first)
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const out = process.argv[2] ?? 'test-results/screens';
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
const shots = [
  { name: 'clinic-phone', page: 'demo/index.html', width: 390, height: 844, touch: true, select: 'calf', scroll: true },
  { name: 'clinic-desktop', page: 'demo/index.html', width: 1280, height: 900, touch: false, select: 'hamstrings', scroll: true },
  { name: 'tablet', page: 'demo/tablet.html', width: 1024, height: 1366, touch: true, select: 'erector-spinae' },
  { name: 'tablet-deep', page: 'demo/tablet.html', width: 1024, height: 1366, touch: true, select: 'psoas', view: 'deep' },
  { name: 'phone', page: 'demo/phone.html', width: 390, height: 844, touch: true, select: 'psoas', view: 'deep', scroll: true },
  { name: 'phone-idle', page: 'demo/phone.html', width: 390, height: 844, touch: true },
];
for (const s of shots) {
  const context = await browser.newContext({ viewport: { width: s.width, height: s.height }, hasTouch: s.touch, isMobile: s.touch, deviceScaleFactor: Number(process.env.DPR ?? 2) });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' || m.type() === 'warning' ? console.log(`[${s.name}] ${m.text()}`) : null);
  // The full body's `load` (the light preview fires one first), or an error.
  await page.addInitScript(() => {
    const done = (e) => e.target.localName === 'body-chain' && (e.type === 'error' || !e.detail?.preview) && (window.__ready = true);
    document.addEventListener('load', done, true);
    document.addEventListener('error', done, true);
  });
  await page.goto(base + s.page);
  if (s.scroll) await page.evaluate(() => document.querySelector('body-chain').scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 60000 });
  if (s.view) await page.evaluate((v) => (document.querySelector('body-chain').view = v), s.view);
  if (s.select) await page.evaluate((r) => (document.querySelector('body-chain').selected = r), s.select);
  await page.waitForTimeout(2800);
  await page.screenshot({ path: `${out}/${s.name}.png` });
  console.log(`${out}/${s.name}.png`);
  await context.close();
}
await browser.close();
await server.close();
