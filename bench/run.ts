/**
 * `npm run bench`: builds the element and measures it against <model-viewer> showing the same
 * body.glb, in the system Chromium (software WebGL: SwiftShader). Prints a table with PASS/MISS
 * per target, writes bench/results/latest.json and bench/README-performance.md.
 *
 * One module per measurement (bench/measure/), the shared server, pages and browser plumbing
 * (bench/lib/), and the report (bench/report.ts).
 *
 * Environment: BENCH_RUNS (page loads per component and network profile, default 5),
 * BENCH_FRAME_RUNS (default 5), BENCH_CYCLES (insert/remove cycles, default 20),
 * BENCH_HOST_RUNS (Lighthouse runs per host page, default 3), BENCH_TASK_RUNS (traced start-ups,
 * default 3), BENCH_SKIP_BUILD=1 to measure the existing dist/, BENCH_ONLY=bytes, ttff, frames,
 * memory, host or tasks for a quick look at one part (figures on stderr; no table, no files
 * written).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib/browser.js';
import { KINDS, LABEL, log, median, MESHOPT_DECODER, MV_JS, ROOT, secondsSinceStart, type Kind } from './lib/common.js';
import { PAGES } from './lib/pages.js';
import { startServer } from './lib/server.js';
import { build, measureBytes } from './measure/bytes.js';
import { environment } from './measure/environment.js';
import { timeToFirstFrame, type FirstFrame } from './measure/first-frame.js';
import { frameCost } from './measure/frame-cost.js';
import { fourInstances, memory } from './measure/memory.js';
import { HOST_KINDS, HOST_LABEL, HOST_PAGES, type HostKind } from './lib/host-pages.js';
import { lighthouseRun, type HostRun } from './measure/host-page.js';
import { longTasks, type TaskProfile } from './measure/long-tasks.js';
import { entryGzip, report, type Results } from './report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FRAME_RUNS = Number(process.env.BENCH_FRAME_RUNS ?? 5);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 20);
const HOST_RUNS = Number(process.env.BENCH_HOST_RUNS ?? 3);
const TASK_RUNS = Number(process.env.BENCH_TASK_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY ?? '';
const loadAtStart = loadavg()[0];
const wants = (part: string) => !ONLY || ONLY === part;

build();
const bytes = measureBytes();
log(`JS gzip: ours ${bytes.ours.gzip} B (page script + element ${entryGzip(bytes.ours)} B), model-viewer ${bytes.mv.gzip} B; body.glb gzip ${bytes.model.gzip} B, preview ${bytes.preview.gzip} B`);
if (ONLY === 'bytes') process.exit(0);

const server = await startServer({ ...PAGES, ...HOST_PAGES }, { '/mv/model-viewer.min.js': MV_JS, '/mv/meshopt_decoder.js': MESHOPT_DECODER });
const browser = await launch();
let results: Results | undefined;
try {
  const env = await environment(browser, server.origin);
  log(`Chromium ${env.chromium}, WebGL: ${env.gl}`);

  const ttff: Results['ttff'] = { fast: { ours: [], mv: [] }, slow: { ours: [], mv: [] } };
  for (const profile of ['fast', 'slow'] as const) {
    for (let run = 0; run < (wants('ttff') ? RUNS : 0); run++) {
      // Alternate which component goes first.
      for (const kind of run % 2 ? [...KINDS].reverse() : KINDS) {
        const t = await timeToFirstFrame(browser, server.origin, kind, profile === 'slow');
        ttff[profile][kind].push(t);
        const glb = t.resources.find((r) => r.name === 'body.glb');
        const pre = t.resources.find((r) => r.name === 'body-preview.glb');
        const chunk = t.resources.find((r) => /^scene-/.test(r.name));
        log(
          `first frame, ${profile === 'slow' ? 'slow 4G' : 'no network throttling'}, ${LABEL[kind]} run ${run + 1}: ${t.ms.toFixed(0)} ms${t.preview ? ` (preview), full body ${t.fullMs.toFixed(0)} ms` : ''} ` +
            `(WebGL context ${t.getContextMs.toFixed(0)} ms from ${t.firstContextAt?.toFixed(0)}, shader waits ${t.shaderWaitMs.toFixed(0)} ms, ${chunk ? `three.js chunk ${chunk.start}→${chunk.end} ms, ` : ''}${pre ? `preview ${pre.start}→${pre.end} ms, ` : ''}model ${glb?.start}→${glb?.end} ms)`,
        );
      }
    }
  }

  const frames: Record<Kind, Awaited<ReturnType<typeof frameCost>>[]> = { ours: [], mv: [] };
  for (let run = 0; run < (wants('frames') ? FRAME_RUNS : 0); run++) {
    for (const kind of run % 2 ? [...KINDS].reverse() : KINDS) {
      const f = await frameCost(browser, server.origin, kind);
      frames[kind].push(f);
      log(`frame cost ${LABEL[kind]} run ${run + 1}: animation ${f.animation.msPerFrame.toFixed(1)} ms/frame (${f.animation.frames} frames), orbit ${f.orbit.msPerFrame.toFixed(1)} ms/frame (${f.orbit.frames} frames), idle frames ${f.idle.frames}`);
    }
  }

  const mem: Results['mem'] = {};
  const four: Results['four'] = {};
  for (const kind of wants('memory') ? KINDS : []) {
    log(`memory ${LABEL[kind]}: load, then ${CYCLES} insert/remove cycles…`);
    mem[kind] = await memory(browser, server.origin, kind, CYCLES);
    four[kind] = await fourInstances(browser, server.origin, kind);
    if (ONLY) {
      const m = mem[kind];
      const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
      log(`memory ${LABEL[kind]}: JS objects ${mb(m.snapshot.objects)} → ${mb(m.snapshotAfter.objects)} after ${CYCLES} cycles; contexts alive ${m.contextsAfter.alive}; 4 instances: ${four[kind].alive} alive (${four[kind].created} created)`);
    }
  }

  // The host's page: Lighthouse in a browser of its own per run (chrome-launcher), pages alternating.
  const host = Object.fromEntries(HOST_KINDS.map((k) => [k, [] as HostRun[]])) as Record<HostKind, HostRun[]>;
  for (let run = 0; run < (wants('host') ? HOST_RUNS : 0); run++) {
    for (const kind of run % 2 ? [...HOST_KINDS].reverse() : HOST_KINDS) {
      const r = await lighthouseRun(server.origin, kind);
      host[kind].push(r);
      const own = r.ownTasks.map((t) => `${t.duration} ms at ${t.start} ms`).join(', ');
      log(`host page ${HOST_LABEL[kind]} run ${run + 1}: performance ${r.score}, TBT ${r.tbt.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, FCP ${r.fcp.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}${kind === 'none' ? '' : `; its long tasks: ${own || 'none'}`} (load average ${loadavg()[0].toFixed(1)})`);
    }
  }
  const tasks: TaskProfile[] = [];
  for (let run = 0; run < (wants('tasks') ? TASK_RUNS : 0); run++) {
    const t = await longTasks(browser, server.origin, 'ours');
    tasks.push(t);
    log(`start-up tasks run ${run + 1}: first frame ${t.firstFrame.toFixed(0)} ms; longest before it ${t.toFirst.slice(0, 4).map((x) => `${x.duration} ms at ${x.start} (${x.what})`).join(', ')}; after it ${t.toFull[0]?.duration ?? 0} ms`);
  }

  if (ONLY) {
    const summary = (label: string, xs: number[]) => xs.length && log(`${label}: median ${median(xs).toFixed(1)} of [${xs.map((x) => x.toFixed(1)).join(', ')}]`);
    for (const kind of KINDS) {
      for (const profile of ['fast', 'slow'] as const) {
        summary(`first frame ${profile} ${LABEL[kind]}`, ttff[profile][kind].map((t: FirstFrame) => t.ms));
        summary(`full body ${profile} ${LABEL[kind]}`, ttff[profile][kind].map((t: FirstFrame) => t.fullMs));
      }
      summary(`animation ms/frame ${LABEL[kind]}`, frames[kind].map((f) => f.animation.msPerFrame));
      summary(`orbit ms/frame ${LABEL[kind]}`, frames[kind].map((f) => f.orbit.msPerFrame));
    }
    for (const kind of HOST_KINDS) {
      summary(`host page ${HOST_LABEL[kind]} performance`, host[kind].map((r) => r.score));
      summary(`host page ${HOST_LABEL[kind]} TBT`, host[kind].map((r) => r.tbt));
      summary(`host page ${HOST_LABEL[kind]} LCP`, host[kind].map((r) => r.lcp));
      summary(`host page ${HOST_LABEL[kind]} CLS`, host[kind].map((r) => r.cls));
    }
    summary('longest start-up task before the first frame', tasks.map((t) => t.toFirst[0]?.duration ?? 0));
    log(`load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (${cpus().length} cores)`);
  } else {
    results = { env, bytes, ttff, frames, mem, four, hostPage: { host, tasks } };
  }
} finally {
  await browser.close();
  server.close();
}

if (results) {
  const r = report(results, { runs: RUNS, frameRuns: FRAME_RUNS, cycles: CYCLES, loadAtStart });
  console.log(`\n<body-chain> vs <model-viewer> ${r.mvVersion}, ${r.date}\n${r.machine}\n`);
  console.log(r.table);
  console.log(`\n${r.summary}\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/latest.json'),
    JSON.stringify({ date: r.date, machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', ...results.env }, runs: RUNS, frameRuns: FRAME_RUNS, ...results, targets: r.targets }, null, 2),
  );
  writeFileSync(join(ROOT, 'bench/README-performance.md'), r.markdown);
  log(`done in ${secondsSinceStart().toFixed(0)} s; wrote bench/results/latest.json and bench/README-performance.md`);
}
