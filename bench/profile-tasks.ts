/**
 * What fills each long start-up task: one traced load of the bench's phone page (4× CPU), and
 * for every main-thread task of 25 ms or more before the element's first `load`, the browser's
 * own work in it (trace events, longest first; `SUM=1` adds up repeated events instead) and
 * the functions it ran, by inclusive time (V8 samples; the sampling itself slows the page a
 * little). `npx tsx bench/profile-tasks.ts` after a build; `PROFILE_DIST=folder` profiles
 * another build: one built with `minify: { mangle: false }` keeps function names readable.
 */
import { launch } from './lib/browser.js';
import { DIST, PHONE } from './lib/common.js';
import { PAGES } from './lib/pages.js';
import { startServer } from './lib/server.js';
import { cpuProfile, functionLabel, navigationStart, topLevelTasks, type TraceEvent } from './lib/trace.js';

const server = await startServer({ '/p.html': PAGES['/ours.html'] }, {}, process.env.PROFILE_DIST ?? DIST);
const browser = await launch();
try {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(`window.__t = {}; document.addEventListener('load', (e) => { if (e.target?.localName === 'body-chain') window.__t.load ??= performance.now(); }, true);`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'toplevel', 'blink.user_timing', 'loading', 'blink', 'fonts'],
  });
  await page.goto(`${server.origin}/p.html`);
  await page.waitForFunction(() => (window as unknown as { __t: { load?: number } }).__t.load, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const firstLoad = await page.evaluate(() => (window as unknown as { __t: { load: number } }).__t.load);
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const nav = navigationStart(events, '/p.html');
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);

  // The main thread's V8 samples, each with its stack (a node and its parents).
  const { nodes, samples } = cpuProfile(events, nav.pid, nav.tid);

  const sum = !!process.env.SUM;
  for (const task of topLevelTasks(main.filter((e) => e.ph === 'X'), 25_000).filter((t) => t.ts - nav.ts < firstLoad * 1000)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && !/RunTask/.test(e.name));
    const browserWork = new Map<string, number>();
    for (const e of inside) browserWork.set(e.name, sum ? (browserWork.get(e.name) ?? 0) + (e.dur ?? 0) : Math.max(browserWork.get(e.name) ?? 0, e.dur ?? 0));
    const url = inside.map((e) => e.args?.data?.url).find(Boolean) ?? '';
    const work = [...browserWork].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(`task ${((task.dur ?? 0) / 1000).toFixed(0)} ms at ${((task.ts - nav.ts) / 1000).toFixed(0)} ms ${String(url).replace(server.origin, '')}: ${work.map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ')}`);
    const inclusive = new Map<string, number>();
    let previous = task.ts;
    for (const s of samples) {
      if (s.ts < task.ts || s.ts >= end) continue;
      const dt = s.ts - previous;
      previous = s.ts;
      const counted = new Set<string>();
      for (let n = nodes.get(s.node); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const key = functionLabel(n);
        if (!counted.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
        counted.add(key);
      }
    }
    const top = [...inclusive].filter(([k]) => !/^\((root|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [k, d] of top) console.log(`    ${(d / 1000).toFixed(0).padStart(4)} ms  ${k}`);
  }
} finally {
  await browser.close();
  server.close();
}
