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

/** A node of V8's CPU profile: a function in a call stack, with its caller (`parent`). */
export type ProfileNode = { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber: number } };

/**
 * One thread's V8 CPU samples from a trace's `Profile` and `ProfileChunk` events (recorded with
 * the `disabled-by-default-v8.cpu_profiler` category): the call-stack nodes by id, and each
 * sample's time and node, in order. (A page's workers have profiles of their own, in the same
 * process: only the thread's own is read.)
 */
export function cpuProfile(events: TraceEvent[], pid: number, tid: number): { nodes: Map<number, ProfileNode>; samples: { ts: number; node: number }[] } {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  for (const profile of events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'Profile')) {
    const id = (profile as unknown as { id: string }).id;
    let ts = Number(profile.args?.data?.startTime ?? profile.ts);
    for (const chunk of events.filter((e) => e.pid === pid && e.name === 'ProfileChunk' && (e as unknown as { id: string }).id === id)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const ids = data.cpuProfile?.samples ?? [];
      for (let i = 0; i < ids.length; i++) {
        ts += data.timeDeltas?.[i] ?? 0;
        samples.push({ ts, node: ids[i] });
      }
    }
  }
  return { nodes, samples };
}

/** A profile node as `function file:line` (line 1-based; native code has none). */
export function functionLabel(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const line = Number.isInteger(lineNumber) && lineNumber >= 0 ? `:${lineNumber + 1}` : '';
  return `${functionName || '(anon)'} ${(url ?? '').split('/').pop()}${line}`;
}
