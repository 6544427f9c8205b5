/**
 * One Lighthouse run on the bench's clinic page, with what the host-page rows cannot show:
 * the LCP element and its phases, main-thread time by category and by script, and every long
 * task with its script. `npx tsx bench/diagnose-host.ts [ours|reveal|none|mv]` after `npm run build`.
 */
import { MESHOPT_DECODER, MV_JS } from './lib/common.js';
import { HOST_PAGES } from './lib/host-pages.js';
import { PAGES } from './lib/pages.js';
import { startServer } from './lib/server.js';
import { cpuProfile, functionLabel, navigationStart, topLevelTasks, type TraceEvent } from './lib/trace.js';
import { lighthouseOnce } from './measure/host-page.js';

const kind = process.argv[2] ?? 'ours';
const server = await startServer({ ...PAGES, ...HOST_PAGES }, { '/mv/model-viewer.min.js': MV_JS, '/mv/meshopt_decoder.js': MESHOPT_DECODER });
try {
  const result = await lighthouseOnce(`${server.origin}/host-${kind}.html`, process.env.DIAGNOSE_SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []);
  const { lhr } = result;
  const a = (id: string) => lhr.audits[id] as { numericValue?: number; displayValue?: string; details?: { items?: Record<string, unknown>[] } };
  console.log(`performance ${Math.round((lhr.categories.performance.score ?? 0) * 100)}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive', 'cumulative-layout-shift']) console.log(`${id}: ${a(id).displayValue}`);
  console.log('LCP element and phases:', JSON.stringify(a('largest-contentful-paint-element').details?.items?.map((i) => (i as { items?: unknown[] }).items), null, 0).slice(0, 900));
  console.log('main thread by category:', a('mainthread-work-breakdown').details?.items?.map((i) => `${i.group} ${Math.round(i.duration as number)}`).join(', '));
  console.log('by script:', a('bootup-time').details?.items?.map((i) => `${String(i.url).replace(server.origin, '')} total ${Math.round(i.total as number)} script ${Math.round(i.scripting as number)} parse ${Math.round(i.scriptParseCompile as number)}`).join('; '));
  console.log('long tasks:', a('long-tasks').details?.items?.map((i) => `${Math.round(i.duration as number)} ms at ${Math.round(i.startTime as number)} (${String(i.url).replace(server.origin, '')})`).join(', '));
  // The observed (unthrottled) trace: the renderer main thread's top-level tasks of 12.5 ms or
  // more (Lighthouse's 4× makes them long tasks), and what filled them.
  const events = (result.artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace.traceEvents;
  const nav = navigationStart(events, `/host-${kind}.html`);
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X');
  const samples = cpuSamples(events, nav.pid, nav.tid);
  for (const t of topLevelTasks(main, 12500)) {
    const inside = main.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
    const byName = new Map<string, number>();
    for (const e of inside) byName.set(e.name, Math.max(byName.get(e.name) ?? 0, e.dur ?? 0));
    const url = inside.map((e) => e.args?.data?.url).find(Boolean);
    const parts = [...byName].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`);
    console.log(`task ${((t.dur ?? 0) / 1000).toFixed(0)} ms at ${((t.ts - nav.ts) / 1000).toFixed(0)} ms ${url ? String(url).replace(server.origin, '') : ''}: ${parts.join(', ')}`);
    const self = new Map<string, number>();
    for (const s of samples) if (s.ts >= t.ts && s.ts < t.ts + (t.dur ?? 0)) self.set(s.fn, (self.get(s.fn) ?? 0) + s.dt);
    if (samples.length) console.log('    ' + [...self].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([f, d]) => `${f} ${(d / 1000).toFixed(1)}`).join(', '));
  }
} finally {
  server.close();
}

/** The main thread's CPU samples: each sample's time, its function and the time to the next. */
function cpuSamples(events: TraceEvent[], pid: number, tid: number): { ts: number; fn: string; dt: number }[] {
  const { nodes, samples } = cpuProfile(events, pid, tid);
  return samples.map((s, i) => {
    const node = nodes.get(s.node);
    return { ts: s.ts, fn: node ? functionLabel(node) : '?', dt: i + 1 < samples.length ? samples[i + 1].ts - s.ts : 0 };
  });
}
