/**
 * Where the first frame's time goes: a CPU profile of one <body-chain> page load on the bench's
 * phone profile (4× CPU throttling), summarised by self time per function and per script.
 * `npx tsx bench/profile-first-frame.ts [slow]` after `npm run build`. Writes bench/results/first-frame.cpuprofile.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.PROFILE_DIST ?? join(ROOT, 'dist');
const slow = process.argv.includes('slow');
/** `animation`: profile the 2 s after selecting the sole instead (no CPU throttling), as the bench's frame-cost window. */
const animation = process.argv.includes('animation');
const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>html,body{margin:0}body-chain{display:block;width:100vw;--body-chain-stage-height:100svh}</style><script type="module" src="/dist/body-chain.js"></script></head><body><body-chain></body-chain></body></html>`;
const types: Record<string, string> = { '.js': 'text/javascript', '.glb': 'model/gltf-binary', '.json': 'application/json' };
const files = new Map<string, { type: string; body: Buffer }>([['/p.html', { type: 'text/html', body: gzipSync(html) }]]);
for (const f of readdirSync(DIST)) if (statSync(join(DIST, f)).isFile()) files.set(`/dist/${f}`, { type: types[extname(f)] ?? 'application/octet-stream', body: gzipSync(readFileSync(join(DIST, f))) });
const server = createServer((req, res) => {
  const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(file.body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
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
