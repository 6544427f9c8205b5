/**
 * Where the first frame's time goes: a CPU profile of one <body-chain> page load on the bench's
 * phone profile (4× CPU throttling), summarised by self time per function and per script.
 * `npx tsx bench/profile-first-frame.ts [slow]` after `npm run build`. Writes bench/results/first-frame.cpuprofile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/browser.js';
import { DIST, PHONE, ROOT } from './lib/common.js';
import { PAGES } from './lib/pages.js';
import { startServer } from './lib/server.js';

const slow = process.argv.includes('slow');
/** `animation`: profile the 2 s after selecting the sole instead (no CPU throttling), as the bench's frame-cost window. */
const animation = process.argv.includes('animation');
// The bench's page: one element filling the phone viewport.
const server = await startServer({ '/p.html': PAGES['/ours.html'] }, {}, process.env.PROFILE_DIST ?? DIST);
const origin = server.origin;
const browser = await launch();
const context = await browser.newContext(PHONE);
await context.addInitScript(`window.__t = {}; document.addEventListener('load', (e) => { if (e.target?.localName === 'body-chain') window.__t.load ??= performance.now(); }, true);`);
const page = await context.newPage();
page.on('console', (m) => console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
const cdp = await context.newCDPSession(page);
if (!animation) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
if (slow) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
if (!animation) await cdp.send('Profiler.start');
await page.goto(`${origin}/p.html`, { waitUntil: 'commit' });
await page.waitForFunction(() => (window as any).__t.load, null, { timeout: 60_000, polling: 50 });
if (animation) {
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.start');
  await page.evaluate(() => ((document.querySelector('body-chain') as any).selected = 'sole'));
  await page.waitForTimeout(2000);
}
const { profile } = await cdp.send('Profiler.stop');
const load = await page.evaluate(() => (window as any).__t.load);
const marks = await page.evaluate(() => performance.getEntriesByType('resource').map((r: any) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`));
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/first-frame.cpuprofile'), JSON.stringify(profile));
// Self time per function and per script.
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (deltas[i] ?? 0) / 1000);
const fn = new Map<string, number>();
const script = new Map<string, number>();
for (const [id, ms] of self) {
  const { callFrame: c } = byId.get(id) as any;
  const file = c.url.split('/').pop() || '(native)';
  const key = `${c.functionName || '(anon)'} ${file}:${c.lineNumber}`;
  fn.set(key, (fn.get(key) ?? 0) + ms);
  script.set(file, (script.get(file) ?? 0) + ms);
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
console.log(`load at ${load.toFixed(0)} ms${slow ? ' (slow 4G)' : ''}\n${marks.join('\n')}\n\nby script:\n${top(script, 12)}\n\nby function:\n${top(fn, 30)}`);
await browser.close();
server.close();
