/**
 * The page's main thread and the GPU process's main thread side by side, while the bench's
 * clinic page loads as Lighthouse loads it (its mobile screen, no throttling: Lighthouse
 * simulates the slowdown from such an observed run). Each row is a top-level task of 4 ms or
 * more with the trace events that fill most of it. This is what shows the main thread waiting
 * on the GPU process: a page task that is one long synchronous call (GetProgramiv,
 * LayerTreeHost::~LayerTreeHost) beside a long GPU task (SwapBuffers with its pixel readback).
 * Ends with the sum of (4 × task − 50 ms) over the page's tasks of 12.5 ms or more: roughly what
 * Lighthouse's total blocking time makes of them, if all fall between FCP and TTI.
 *
 * `npx tsx bench/gpu-timeline.ts [ours|reveal|none|mv] [from-ms] [to-ms]` after `npm run build`
 * (BENCH_DIST=folder serves another build).
 */
import { launch } from './lib/browser.js';
import { MESHOPT_DECODER, MV_JS } from './lib/common.js';
import { HOST_PAGES } from './lib/host-pages.js';
import { startServer } from './lib/server.js';
import { navigationStart, topLevelTasks, type TraceEvent } from './lib/trace.js';

const [kind = 'ours', from = '0', to = '3000'] = process.argv.slice(2);
const path = `/host-${kind}.html`;
const CATEGORIES = ['*', 'disabled-by-default-devtools.timeline', 'disabled-by-default-gpu.service'];
const server = await startServer(HOST_PAGES, { '/mv/model-viewer.min.js': MV_JS, '/mv/meshopt_decoder.js': MESHOPT_DECODER });
const browser = await launch();
try {
  // Lighthouse's mobile screen (a moto g power).
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, baseURL: server.origin });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForTimeout(4000);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const nav = navigationStart(events, path);
  const ms = (ts: number) => ((ts - nav.ts) / 1000).toFixed(0);
  const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]));
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X');
  const gpu = events.filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrGpuMain' && e.ph === 'X');
  const fcp = events.find((e) => e.pid === nav.pid && e.name === 'firstContentfulPaint');
  if (fcp) console.log(`first contentful paint at ${ms(fcp.ts)} ms`);
  const rows = [...topLevelTasks(main, 4000).map((t) => ({ t, list: main, who: 'page' })), ...topLevelTasks(gpu, 4000).map((t) => ({ t, list: gpu, who: '            gpu' }))];
  for (const { t, list, who } of rows.sort((a, b) => a.t.ts - b.t.ts)) {
    const at = (t.ts - nav.ts) / 1000;
    if (at < Number(from) || at > Number(to)) continue;
    const end = t.ts + (t.dur ?? 0);
    const inner = list.filter((e) => e.ts >= t.ts && e.ts < end && e !== t && !/RunTask|ThreadController|Scheduler::|GPUTask|ExecuteDeferredRequest|CommandBuffer|BlinkScheduler|Graphics.Pipeline/.test(e.name) && (e.dur ?? 0) > 0.3 * (t.dur ?? 0));
    console.log(`${who} ${ms(t.ts)}–${ms(end)} (${((t.dur ?? 0) / 1000).toFixed(0)} ms): ${[...new Set(inner.map((e) => e.name))].slice(0, 4).join(' > ')}`);
  }
  const blocking = topLevelTasks(main, 12_500).reduce((sum, t) => sum + Math.max(0, (4 * (t.dur ?? 0)) / 1000 - 50), 0);
  console.log(`\nsum of (4 × task − 50 ms) over the page's tasks of 12.5 ms or more: ${blocking.toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}
