/**
 * The report: the table of figures with PASS/MISS per target, the list of targets, and the
 * Markdown for bench/README-performance.md (the figures and how they are measured). What the
 * figures mean is written by people in the README's Performance section, not generated here.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL, median, MV_DIR, type Kind } from './lib/common.js';
import type { Bytes } from './measure/bytes.js';
import type { FirstFrame } from './measure/first-frame.js';
import type { FrameWindow } from './measure/frame-cost.js';
import { DISPOSE_WAIT } from './measure/memory.js';
import { hostReport, type HostResults } from './report-host.js';

export interface Results {
  env: { gl: string; chromium: string };
  bytes: Bytes;
  ttff: Record<'fast' | 'slow', Record<Kind, FirstFrame[]>>;
  frames: Record<Kind, any[]>;
  mem: Partial<Record<Kind, any>>;
  four: Partial<Record<Kind, any>>;
  /** The host page (Lighthouse) and the start-up tasks: report-host.ts. */
  hostPage?: HostResults;
}

export interface Settings {
  runs: number;
  frameRuns: number;
  cycles: number;
  /** Load average when the bench started. */
  loadAtStart: number;
}

export interface Report {
  date: string;
  machine: string;
  mvVersion: string;
  table: string;
  targets: { name: string; ok: boolean; detail: string }[];
  summary: string;
  markdown: string;
}

export function report(results: Results, { runs: RUNS, frameRuns: FRAME_RUNS, cycles: CYCLES, loadAtStart }: Settings): Report {
  const { env, bytes, ttff, frames, mem, four } = results;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
  const ms1 = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
  const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
  const fm = (kind: Kind, key: 'animation' | 'orbit' | 'idle', field: keyof FrameWindow) => median(frames[kind].map((f: any) => f[key][field]));
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

  const rows: [string, string, string, string, string][] = [];
  const targets: { name: string; ok: boolean; detail: string }[] = [];
  const row = (metric: string, ours: string, mv: string, r = '', target = '') => rows.push([metric, ours, mv, r, target]);

  row('JS shipped, gzip', kb(bytes.ours.gzip), kb(bytes.mv.gzip), ratio(bytes.ours.gzip, bytes.mv.gzip));
  const jsOk = bytes.ours.gzip <= 0.6 * bytes.mv.gzip;
  targets.push({ name: 'JavaScript ≤ 0.6× model-viewer (gzip)', ok: jsOk, detail: `${ratio(bytes.ours.gzip, bytes.mv.gzip)} (limit ${kb(0.6 * bytes.mv.gzip)})` });
  rows[rows.length - 1][4] = `≤ 0.60× ${verdict(jsOk)}`;
  row('JS shipped, brotli', kb(bytes.ours.brotli), kb(bytes.mv.brotli), ratio(bytes.ours.brotli, bytes.mv.brotli));
  row('JS shipped, raw', kb(bytes.ours.raw), kb(bytes.mv.raw), ratio(bytes.ours.raw, bytes.mv.raw));
  row('  of which loaded first (page script + element), gzip', kb(entryGzip(bytes.ours)), kb(bytes.mv.gzip), '');
  row('model-viewer meshopt decoder script, gzip', '(bundled)', `+${kb(bytes.mvDecoder.gzip)}`, '', 'not counted');
  row('Model (same body.glb), raw / gzip', `${kb(bytes.model.raw)} / ${kb(bytes.model.gzip)}`, 'same', '1.00×');
  row('  light preview shown first (body-preview.glb), raw / gzip', `${kb(bytes.preview.raw)} / ${kb(bytes.preview.gzip)}`, '(none)');

  const ff = (profile: 'fast' | 'slow', kind: Kind, f: (t: FirstFrame) => number) => median(ttff[profile][kind].map(f));
  for (const profile of ['fast', 'slow'] as const) {
    const o = ff(profile, 'ours', (t) => t.ms), m = ff(profile, 'mv', (t) => t.ms);
    const ok = o <= 0.5 * m;
    const name = `First frame, ${profile === 'slow' ? 'slow 4G (1.6 Mbps, 150 ms RTT)' : 'no network throttling'}, 4× CPU, median of ${RUNS}`;
    row(name, `${ms(o)}${ttff[profile].ours.every((t: FirstFrame) => t.preview) ? ' (preview)' : ''}`, ms(m), ratio(o, m), `≤ 0.50× ${verdict(ok)}`);
    targets.push({ name: `Time to first frame ≤ 0.5× model-viewer (${profile === 'slow' ? 'slow 4G' : 'unthrottled network'})`, ok, detail: `${ratio(o, m)} (ours: the light preview drawn)` });
    const of = ff(profile, 'ours', (t) => t.fullMs);
    row('  full body.glb drawn (ours: replacing the preview)', ms(of), ms(m), ratio(of, m));
    const fastest = (kind: Kind) => Math.min(...ttff[profile][kind].map((t: FirstFrame) => t.ms));
    const spread = (kind: Kind) => ttff[profile][kind].map((t: FirstFrame) => t.ms.toFixed(0)).join(', ');
    row('  fastest run (first frame)', ms(fastest('ours')), ms(fastest('mv')), ratio(fastest('ours'), fastest('mv')));
    row('  every run, in order (ms)', spread('ours'), spread('mv'));
    const part = (label: string, f: (t: FirstFrame) => number) => row(`  ${label}`, ms(ff(profile, 'ours', f)), ms(ff(profile, 'mv', f)));
    part('WebGL context created at', (t) => t.firstContextAt);
    part('blocked in getContext (WebGL)', (t) => t.getContextMs);
    part('blocked waiting for shader compiles', (t) => t.shaderWaitMs);
    const res = (t: FirstFrame, name: string) => t.resources.find((r) => r.name === name);
    row('  preview model received at', ms(ff(profile, 'ours', (t) => res(t, 'body-preview.glb')?.end ?? NaN)), '');
    part('body.glb request starts at', (t) => res(t, 'body.glb')?.start ?? NaN);
    part('body.glb received at', (t) => res(t, 'body.glb')?.end ?? NaN);
  }
  for (const [key, label] of [['animation', 'animation'], ['orbit', 'orbit (mouse drag)']] as const) {
    const o = fm('ours', key, 'msPerFrame'), m = fm('mv', key, 'msPerFrame');
    const ok = o < m;
    row(`Main thread per frame, ${label}`, ms1(o), ms1(m), ratio(o, m), `< 1× ${verdict(ok)}`);
    targets.push({ name: `Frame cost below model-viewer's (${label})`, ok, detail: `${ms1(o)} vs ${ms1(m)}` });
    row(`  frames drawn / rAFs in the ${label} window`, `${fm('ours', key, 'frames')} / ${fm('ours', key, 'rafs')}`, `${fm('mv', key, 'frames')} / ${fm('mv', key, 'rafs')}`);
    row(`  main-thread busy in the ${label} window`, ms(fm('ours', key, 'taskMs')), ms(fm('mv', key, 'taskMs')), ratio(fm('ours', key, 'taskMs'), fm('mv', key, 'taskMs')));
    row(`  draw calls / triangles per frame (median), ${label}`, `${fm('ours', key, 'calls')} / ${fm('ours', key, 'triangles')}`, `${fm('mv', key, 'calls')} / ${fm('mv', key, 'triangles')}`);
  }
  row('Frames drawn while idle (1 s)', String(fm('ours', 'idle', 'frames')), String(fm('mv', 'idle', 'frames')));
  const oursStats = frames.ours[0]?.animationStats;
  const mvStats = frames.mv[0]?.animationStats;
  row('three.js info: calls / triangles (last frame)', oursStats ? `${oursStats.calls} / ${oursStats.triangles}` : 'n/a', mvStats ? `${mvStats.calls} / ${mvStats.triangles}` : 'n/a');
  row('Canvas drawing buffer', frames.ours[0]?.pixels ?? '?', frames.mv[0]?.pixels ?? '?');

  const memRow = (label: string, f: (m: any) => string) => row(label, f(mem.ours), f(mem.mv));
  memRow('Element re-inserted as', (m) => (m.reinsert === 'same element' ? 'same element' : 'new element'));
  memRow('JS heap (JSHeapUsedSize) after load, after GC', (m) => mb(m.heap));
  memRow(`JS heap (JSHeapUsedSize) after ${CYCLES} insert/remove cycles`, (m) => mb(m.heapAfter));
  memRow('  of which compiled code: after load → after cycles', (m) => `${mb(m.snapshot.code)} → ${mb(m.snapshotAfter.code)}`);
  memRow('JS objects (heap snapshot, no code) after load', (m) => mb(m.snapshot.objects));
  memRow('JS objects after the first cycle', (m) => (m.snapshotFirst ? mb(m.snapshotFirst.objects) : 'n/a'));
  memRow(`JS objects after ${CYCLES} cycles`, (m) => mb(m.snapshotAfter.objects));
  const gpu = (s: any) => (s ? `${s.geometries} / ${s.textures} / ${s.programs}` : 'n/a');
  memRow('geometries / textures / programs after load', (m) => gpu(m.stats));
  memRow(`geometries / textures / programs after ${CYCLES} cycles`, (m) => gpu(m.statsAfter));
  memRow('WebGL contexts alive after the cycles (created in total)', (m) => `${m.contextsAfter.alive} (${m.contextsAfter.created})`);
  row('WebGL contexts alive with 4 instances (created)', `${four.ours.alive} (${four.ours.created})`, `${four.mv.alive} (${four.mv.created})`, '', `ours = 1 ${verdict(four.ours.alive === 1)}`);
  const o = mem.ours;
  const objectsOk = o.snapshotAfter.objects <= o.snapshot.objects * 1.05;
  const gpuOk = !!o.stats && ['geometries', 'textures', 'programs'].every((k) => o.statsAfter?.[k] === o.stats[k]) && o.contextsAfter.alive === 1;
  rows.find((r) => r[0] === `JS objects after ${CYCLES} cycles`)![4] = `≤ +5% ${verdict(objectsOk)}`;
  rows.find((r) => r[0].startsWith('geometries / textures / programs after ' + CYCLES))![4] = `= after load ${verdict(gpuOk)}`;
  targets.push({
    name: `No memory growth over ${CYCLES} insert/remove cycles (JS objects ≤ +5%, same geometries/textures/programs, 1 context)`,
    ok: objectsOk && gpuOk,
    detail: `JS objects ${mb(o.snapshot.objects)} → ${mb(o.snapshotFirst?.objects ?? NaN)} (1 cycle) → ${mb(o.snapshotAfter.objects)}; ${gpu(o.stats)} → ${gpu(o.statsAfter)}; JSHeapUsedSize ${mb(o.heap)} → ${mb(o.heapAfter)} (compiled code ${mb(o.snapshot.code)} → ${mb(o.snapshotAfter.code)})`,
  });
  targets.push({ name: 'One WebGL context with 4 instances', ok: four.ours.alive === 1, detail: `${four.ours.alive} alive, ${four.ours.created} created` });

  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...[['Metric', LABEL.ours, LABEL.mv, 'ratio', 'target'], ...rows].map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const table = [line(['Metric', LABEL.ours, LABEL.mv, 'ratio', 'target']), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
  const host = hostReport(results.hostPage ?? {});
  targets.push(...host.targets);
  const summary = targets.map((t) => `${verdict(t.ok)}  ${t.name}: ${t.detail}`).join('\n');

  const cpuModel = cpus()[0]?.model ?? 'unknown';
  const load = loadavg()[0];
  const machine =
    `${cpus().length} cores (${cpuModel}), no GPU; Chromium ${env.chromium} headless, WebGL through ${env.gl}; ` +
    `load average ${loadAtStart.toFixed(1)} at start, ${load.toFixed(1)} at end${Math.max(load, loadAtStart) > cpus().length ? ' (other work was running: timings are noisy)' : ''}`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const mvVersion = JSON.parse(readFileSync(join(MV_DIR, '../package.json'), 'utf8')).version;

  /** How close each run came, against the other component's median: figures, not judgements. */
  function spreads(): string {
    const out = ['Run by run:', ''];
    for (const profile of ['fast', 'slow'] as const) {
      const mvMedian = median(ttff[profile].mv.map((t: FirstFrame) => t.ms));
      const each = ttff[profile].ours.map((t: FirstFrame) => t.ms / mvMedian);
      out.push(
        `- First frame, ${profile === 'slow' ? 'slow 4G' : 'unthrottled'}: ours run by run against model-viewer's median, ${Math.min(...each).toFixed(2)}× to ${Math.max(...each).toFixed(2)}×; ` +
          `model-viewer's own runs from ${ms(Math.min(...ttff[profile].mv.map((t: FirstFrame) => t.ms)))} to ${ms(Math.max(...ttff[profile].mv.map((t: FirstFrame) => t.ms)))}.`,
      );
    }
    return out.join('\n');
  }

  // (Not indented: the template's lines are the Markdown's.)
function readme(): string {
  return `## Performance

Measured by \`npm run bench\` on ${date}: ${machine}.
\`<model-viewer>\` ${mvVersion} (its self-contained \`model-viewer.min.js\`) shows the same \`body.glb\`, in the same run.

${table}

${host.table}

${summary.split('\n').map((s) => `- ${s}`).join('\n')}

How it is measured:

- **Bytes**: every \`.js\` file in \`dist/\` (the entry, the three.js scene chunk loaded when the element nears the viewport, and the pure-JS meshopt decoder loaded only under a CSP without \`wasm-unsafe-eval\`), compressed with node:zlib (gzip level 9, brotli quality 11). model-viewer: \`model-viewer.min.js\`. model-viewer also fetches a meshopt decoder script at run time (${kb(bytes.mvDecoder.gzip)} gzip), not counted.
- **First frame**: a page with one element at the top filling a phone viewport (390×844 CSS px, DPR 3, touch; ours loaded by the page script \`body-chain.js\`, which runs the element after the page's first paint: here, with nothing else on the page, two frames after it starts; it preloads three.js's chunk and the preview then, as the element is eager), Chromium's CPU throttled 4× (\`Emulation.setCPUThrottlingRate\`), a new browser context per run (empty cache), files from a local node:http server (gzip for both). Time from navigation start to the element's first \`load\` event. **Ours draws a light preview first** (\`body-preview.glb\`, ${kb(bytes.preview.gzip)} gzip, the same nodes, regions and anchors with about a sixth of the triangles; it can be tapped at once) and fires \`load\` with \`detail.preview = true\`; the full \`body.glb\` is downloaded once three.js and the preview have arrived, decoded after the preview's first frame, and replaces it, with a second \`load\` (\`preview: false\`): the row "full body.glb drawn" is that second event. model-viewer shows \`body.glb\` only; its \`load\` is its model loaded. Median of ${RUNS} runs per component and network profile, components alternating; slow 4G is \`Network.emulateNetworkConditions\` at 1.6 Mbps down, 750 kbps up, 150 ms round trip.
- **Frame cost**: the same viewport and pixel ratio, no CPU throttling, median of ${FRAME_RUNS} runs. Main-thread time is the change in \`Performance.getMetrics\` \`TaskDuration\` (all main-thread tasks: script, style, layout, paint, GC) over a window, divided by the frames that drew (frames with at least one WebGL draw call, counted by an init script that wraps \`drawElements\`/\`drawArrays\`/… on both WebGL prototypes and buckets them per \`requestAnimationFrame\`). *Animation*: ours, \`selected = 'sole'\` (the propagation highlight, ≈1.5 s) in a 2 s window; model-viewer has no such animation, so its \`auto-rotate\` (starting at once) over the same 2 s window. *Orbit*: a real mouse drag through CDP \`Input.dispatchMouseEvent\` over each canvas (30 moves of 8 px, one every 50 ms) plus 0.6 s to settle (model-viewer's damping keeps drawing after release). Draw calls and triangles per frame come from the same wrapper for both; \`renderStats()\`/three's \`renderer.info\` figures are shown too (model-viewer's renderer is reached through its symbol-keyed \`renderer\` getter).
- **Software rendering**: there is no GPU here; SwiftShader runs the GL work (shader compilation, drawing, and Chromium's own compositing) on the CPU in Chromium's GPU process, so the absolute times are far above a phone's, and anything that keeps the compositor busy (a spinning loader, a backdrop blur) slows the page's own WebGL calls. With one element on screen ours shows the shared WebGL canvas itself, as model-viewer does; with several it copies each frame into each element's 2D canvas. model-viewer lowers its render scale on its own when frames are slow; its drawing buffer size is shown. Its auto-rotate draws few frames in the window (its full-size frames are slow here), so its per-frame figure varies most from run to run.
${host.method}
- **Memory**: \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`, and a heap snapshot split into JavaScript objects and compiled code (V8 adds optimised code as functions get hot, so repeated cycles grow \`JSHeapUsedSize\` without any object being retained), with the renderer's geometries/textures/programs, after load, after one and after ${CYCLES} cycles of remove → wait ${DISPOSE_WAIT} ms (past the 1 s disposal delay) → re-insert the same element → \`load\` (model-viewer fires no new \`load\` for a re-inserted element, so it gets a new one each cycle). The target: JS objects within +5% of the one-instance figure, the same geometries/textures/programs, one context alive. WebGL contexts are counted by wrapping \`HTMLCanvasElement.prototype.getContext\`: *created* is every WebGL context handed out, *alive* those neither lost (\`isContextLost()\`) nor garbage-collected (held through WeakRefs), on a page with 4 instances.

${spreads()}

What these figures mean (what the first frame rests on, why a target is missed) is written by people in the README's Performance section, after looking at a run.
`;
}

  return { date, machine, mvVersion, table: host.table ? `${table}\n\n${host.table}` : table, targets, summary, markdown: readme() };
}

/** What a page loads before any 3D: the page script (body-chain.js) and the element it imports. */
export function entryGzip(ours: { files: Record<string, { gzip: number }> }): number {
  return (ours.files['dist/body-chain.js']?.gzip ?? NaN) + (ours.files['dist/body-chain-element.js']?.gzip ?? 0);
}
