/** Chromium trace events, as the bench's traces (and Lighthouse's) hold them. */
export type TraceEvent = { name: string; cat?: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown> } };

/**
 * A thread's top-level tasks: its `RunTask` events that lie inside no other (the scheduler nests
 * them), in time order, of at least `minDurationUs`.
 */
export function topLevelTasks(thread: TraceEvent[], minDurationUs = 0): TraceEvent[] {
  const runs = thread.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const tasks: TraceEvent[] = [];
  for (const e of runs.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(e);
  }
  return tasks.filter((t) => (t.dur ?? 0) >= minDurationUs);
}

/** The `navigationStart` of the document whose URL ends with `path`; throws if the trace has none. */
export function navigationStart(events: TraceEvent[], path: string): TraceEvent {
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').endsWith(path));
  if (!nav) throw new Error(`no navigationStart of ${path} in the trace`);
  return nav;
}
