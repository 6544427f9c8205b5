// Screenshots of the demo pages as people see them: phones (touch) at 320 and 390 px, a tablet
// and a desktop, before and after a real tap on the body. For looking at what we built.
// Usage: node scripts/screenshots.mjs [outDir] [name…]   (run `npm run build` first; the script
// serves the project root itself). `node scripts/screenshots.mjs docs` refreshes the README's pictures.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const [out = 'test-results/screens', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const PHONE_S = { width: 320, height: 568, touch: true };
const PHONE = { width: 390, height: 844, touch: true };
const TABLET = { width: 1024, height: 1366, touch: true };
const DESKTOP = { width: 1024, height: 768, touch: false };

/**
 * `tap`: a region to tap (touch) or click (mouse) where it is drawn; `view`: a view to choose
 * first (with the toolbar button, as a person would); `colour`: a clinic's own highlight colour;
 * `pull`: pull the sheet up after the tap; `chains`, `overlay`: the attributes; `page`: the demo page.
 */
const shots = [
  { name: 'phone-320-idle', page: 'demo/phone.html', ...PHONE_S },
  { name: 'phone-320-calf', page: 'demo/phone.html', ...PHONE_S, tap: 'calf' },
  { name: 'phone-390-idle', page: 'demo/phone.html', ...PHONE },
  { name: 'phone-390-calf', page: 'demo/phone.html', ...PHONE, tap: 'calf' },
  { name: 'phone-390-calf-custom-colour', page: 'demo/phone.html', ...PHONE, tap: 'calf', colour: '#2b6fd6' },
  { name: 'phone-390-psoas-deep', page: 'demo/phone.html', ...PHONE, view: 'deep', tap: 'psoas' },
  { name: 'phone-390-sheet-up', page: 'demo/phone.html', ...PHONE, tap: 'hamstrings', pull: true },
  { name: 'phone-390-en', page: 'demo/phone.html', ...PHONE, tap: 'erector-spinae', lang: 'en' },
  { name: 'tablet-1024-erector', page: 'demo/tablet.html', ...TABLET, tap: 'erector-spinae' },
  { name: 'tablet-1024-psoas-deep', page: 'demo/tablet.html', ...TABLET, view: 'deep', tap: 'psoas' },
  { name: 'desktop-1024-hamstrings', page: 'demo/index.html', ...DESKTOP, tap: 'hamstrings' },
  // The seeds' other chains and the meridian (issue 11).
  { name: 'phone-390-nerve-back', page: 'demo/phone.html', ...PHONE, chains: 'nerve-back', tap: 'sciatic-nerve' },
  { name: 'tablet-1024-nerve-back', page: 'demo/tablet.html', ...TABLET, chains: 'nerve-back', tap: 'sciatic-nerve' },
  { name: 'phone-390-nerve-front', page: 'demo/phone.html', ...PHONE, chains: 'nerve-front', view: 'front', tap: 'front-thigh' },
  { name: 'tablet-1024-nerve-front', page: 'demo/tablet.html', ...TABLET, chains: 'nerve-front', view: 'front', tap: 'front-thigh' },
  { name: 'phone-390-si-stability', page: 'demo/phone.html', ...PHONE, chains: 'si-stability', tap: 'si-joint' },
  { name: 'tablet-1024-si-stability', page: 'demo/tablet.html', ...TABLET, chains: 'si-stability', tap: 'si-joint' },
  { name: 'phone-390-meridian', page: 'demo/phone.html', ...PHONE, overlay: 'bladder-meridian', tap: 'bl40' },
  { name: 'tablet-1024-meridian', page: 'demo/tablet.html', ...TABLET, overlay: 'bladder-meridian', tap: 'bl23' },
].filter((s) => !only.length || only.includes(s.name));

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

for (const s of shots) {
  const context = await browser.newContext({
    viewport: { width: s.width, height: s.height },
    hasTouch: s.touch,
    isMobile: s.touch,
    // Phones as sharp as a phone shows them; the large sizes at 1×, to keep the files small.
    deviceScaleFactor: Number(process.env.DPR ?? (s.width < 700 ? 2 : 1)),
  });
  const page = await context.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? console.log(`[${s.name}] ${m.text()}`) : null));
  // The full body's `load` (the light preview fires one first), or an error.
  await page.addInitScript(() => {
    const done = (e) => e.target.localName === 'body-chain' && (e.type === 'error' || !e.detail?.preview) && (window.__ready = true);
    document.addEventListener('load', done, true);
    document.addEventListener('error', done, true);
  });
  await page.goto(base + s.page);
  await page.evaluate(({ colour, lang, chains, overlay }) => {
    const el = document.querySelector('body-chain');
    if (colour) el.style.setProperty('--body-chain-highlight', colour);
    if (lang) el.setAttribute('lang', lang);
    if (chains) el.setAttribute('chains', chains);
    if (overlay) el.setAttribute('overlay', overlay);
    el.scrollIntoView({ block: 'start' });
  }, s);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 60000 });
  const host = page.locator('body-chain');
  if (s.view) {
    await host.locator('.views button').nth(['back', 'side', 'front', 'deep'].indexOf(s.view)).click();
    await page.waitForTimeout(1500);
  }
  await page.waitForTimeout(600);
  if (s.tap) {
    const at = await page.evaluate((id) => document.querySelector('body-chain').regionPoint(id), s.tap);
    if (!at) throw new Error(`${s.name}: ${s.tap} is not in sight to tap`);
    if (s.touch) await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(3000);
  }
  if (s.pull) {
    await host.locator('.handle').click();
    await page.waitForTimeout(600);
  }
  await page.screenshot({ path: `${out}/${s.name}.png` });
  console.log(`${out}/${s.name}.png`);
  await context.close();
}
await browser.close();
await server.close();
