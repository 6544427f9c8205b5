/**
 * The longest main-thread tasks from navigation to the first frame, on the phone with 4× CPU
 * throttling: a Chromium trace (devtools.timeline) of the bench page, its renderer main
 * thread's top-level tasks, each described by what ran in it (the script and function that
 * started it, or the browser's own work: parsing, style, layout, paint).
 */
import type { Browser } from 'playwright-core';
import { open, waitForLoads } from '../lib/browser.js';
import { PHONE, type Kind } from '../lib/common.js';
import { navigationStart, topLevelTasks, type TraceEvent } from '../lib/trace.js';

export interface Task {
  /** ms from navigation start. */
  start: number;
  duration: number;
  what: string;
}
export interface TaskProfile {
  /** The first frame (ours: the light preview's `load`) and the full body's, ms from navigation start. */
  firstFrame: number;
  fullFrame: number;
  /** Tasks up to the first frame, longest first. */
  toFirst: Task[];
  /** Tasks from the first frame to the full body's frame, longest first. */
  toFull: Task[];
}

/** Trace events that only wrap others (their time is the task's own). */
const WRAPPERS = /^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|ThreadControllerImpl::RunTask|RunTask|HandlePostMessage|ProfileCall)$/;


export async function longTasks(browser: Browser, origin: string, kind: Kind, cpu = 4): Promise<TaskProfile> {
  const path = `/${kind}.html`;
  const { context, page: p, cdp } = await open(browser, origin, path, PHONE, true);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await browser.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'disabled-by-default-v8.compile', 'loading', 'blink', 'gpu', 'webgl', 'toplevel'] });
    await p.goto(path, { waitUntil: 'commit' });
    await waitForLoads(p, 1, 120_000);
    const { firstLoad, fullLoad } = await p.evaluate(() => (window as any).__bench);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const nav = navigationStart(events, path);
    const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
    const tasks = topLevelTasks(main, 1000);
    const nested = main.filter((e) => e.ph === 'X' && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
    const describe = (t: TraceEvent): string => {
      const end = t.ts + (t.dur ?? 0);
      const inside = nested.filter((e) => e.ts >= t.ts && e.ts < end);
      // The script that ran (its file and function), then the biggest pieces of the browser's own work.
      const script = inside.find((e) => e.args?.data?.url);
      const url = script ? String(script.args!.data!.url).split('/').pop()!.replace(/\?.*$/, '') : '';
      const fn = script?.args?.data?.functionName ? ` ${script.args.data.functionName}()` : '';
      const own = new Map<string, number>();
      for (const e of inside) {
        if (WRAPPERS.test(e.name)) continue;
        own.set(e.name, (own.get(e.name) ?? 0) + (e.dur ?? 0));
      }
      const parts = [...own].filter(([, d]) => d >= 0.15 * (t.dur ?? 0)).sort((a, b) => b[1] - a[1]).slice(0, 3);
      return [script ? `${url}${fn}` : '', ...parts.map(([n, d]) => `${n} ${(d / 1000).toFixed(0)} ms`)].filter(Boolean).join('; ') || 'browser work';
    };
    // The navigation's own task (committing it, before any script runs) is the browser's, not ours.
    const isNavigation = (t: TraceEvent) => nested.some((e) => e.name === 'DocumentLoader::CommitNavigation' && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0));
    // Scripts evaluated through the DevTools protocol have no URL: Playwright's injected script
    // (its InjectedScript and UtilityScript, 40-110 ms at 4x CPU, seen in CPU samples) and the
    // bench's own recorder. A task that is mostly such a script is the harness's, not ours.
    const isHarness = (t: TraceEvent) =>
      nested.some((e) => e.name === 'EvaluateScript' && !e.args?.data?.url && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && (e.dur ?? 0) >= 0.5 * (t.dur ?? 0));
    const window = (from: number, to: number) =>
      tasks
        .filter((t) => t.ts >= nav.ts + from * 1000 && t.ts < nav.ts + to * 1000 && !isNavigation(t) && !isHarness(t))
        .map((t) => ({ start: Math.round((t.ts - nav.ts) / 1000), duration: Math.round((t.dur ?? 0) / 1000), what: describe(t) }))
        .sort((a, b) => b.duration - a.duration);
    return { firstFrame: firstLoad, fullFrame: fullLoad, toFirst: window(-50, firstLoad), toFull: window(firstLoad, fullLoad) };
  } finally {
    await context.close();
  }
}
