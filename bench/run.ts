/**
 * `npm run bench`: builds the element and measures it against <model-viewer> showing the same
 * body.glb, in the system Chromium (software WebGL: SwiftShader). Prints a table with PASS/MISS
 * per target, writes bench/results/latest.json and bench/README-performance.md.
 *
 * Environment: BENCH_RUNS (page loads per component and network profile, default 5),
 * BENCH_FRAME_RUNS (default 5), BENCH_CYCLES (insert/remove cycles, default 20),
 * BENCH_SKIP_BUILD=1 to measure the existing dist/, BENCH_ONLY=ttff or BENCH_ONLY=frames for a
 * quick look at one part (medians on stderr; no table, no files written).
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const MV_DIR = join(ROOT, 'node_modules/@google/model-viewer/dist');
const MV_JS = join(MV_DIR, 'model-viewer.min.js');
// model-viewer loads its meshopt decoder location as a classic <script>; meshoptimizer's UMD build.
const MESHOPT_DECODER = join(ROOT, 'node_modules/meshoptimizer/meshopt_decoder.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FRAME_RUNS = Number(process.env.BENCH_FRAME_RUNS ?? 5);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 20);
const ONLY = process.env.BENCH_ONLY ?? '';
const DISPOSE_WAIT = 1200; // past the element's 1 s disposal delay
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
/** Frame-cost and memory pages: the same viewport and pixel ratio, with a mouse (CDP mouse drags). */
const PHONE_MOUSE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const INSTRUMENT = readFileSync(join(ROOT, 'bench/instrument.js'), 'utf8');

type Kind = 'ours' | 'mv';
const KINDS: Kind[] = ['ours', 'mv'];
const LABEL: Record<Kind, string> = { ours: '<body-chain>', mv: '<model-viewer>' };

const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ build and bytes

function build(): void {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(DIST, 'body-chain.js'))) return;
  log('building (npm run build)…');
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface Sizes {
  files: Record<string, { raw: number; gzip: number; brotli: number }>;
  raw: number;
  gzip: number;
  brotli: number;
}
function sizes(files: string[]): Sizes {
  const out: Sizes = { files: {}, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const data = readFileSync(file);
    const row = {
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    out.files[file.slice(ROOT.length + 1)] = row;
    out.raw += row.raw;
    out.gzip += row.gzip;
    out.brotli += row.brotli;
  }
  return out;
}

// ------------------------------------------------------------------ server

const MODEL_URL = '/dist/body.glb';
const page = (head: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<style>html,body{margin:0;background:#fff}</style>${head}</head><body>${body}</body></html>`;
const OURS_HEAD = `<script type="module" src="/dist/body-chain.js"></script>`;
const MV_HEAD =
  `<script>self.ModelViewerElement = { meshoptDecoderLocation: '/mv/meshopt_decoder.js' };</script>` +
  `<script type="module" src="/mv/model-viewer.min.js"></script>`;
const MV_ATTRS = `src="${MODEL_URL}" loading="eager" camera-controls interaction-prompt="none" alt="body"`;
/** Four elements, each a quarter of the viewport (clipped to it), all on screen at once. */
const QUARTERS = (tag: string) =>
  `${tag}{display:block;position:absolute;width:50vw;height:50svh;overflow:hidden}` +
  `${tag}:nth-child(2n){left:50vw}${tag}:nth-child(n+3){top:50svh}`;
/** One element at the top of the page filling the phone viewport (the 3D stage is 100svh tall for both). */
const PAGES: Record<string, string> = {
  '/ours.html': page(
    OURS_HEAD + `<style>body-chain{display:block;width:100vw;--body-chain-stage-height:100svh}</style>`,
    `<body-chain></body-chain>`,
  ),
  '/mv.html': page(MV_HEAD + `<style>model-viewer{display:block;width:100vw;height:100svh}</style>`, `<model-viewer ${MV_ATTRS}></model-viewer>`),
  // Four instances, all on screen (2 × 2), for the WebGL context count.
  '/ours4.html': page(
    OURS_HEAD + `<style>${QUARTERS('body-chain')}body-chain{--body-chain-stage-height:50svh}</style>`,
    `<main>${'<body-chain></body-chain>'.repeat(4)}</main>`,
  ),
  '/mv4.html': page(
    MV_HEAD + `<style>${QUARTERS('model-viewer')}</style>`,
    `<main>${`<model-viewer ${MV_ATTRS}></model-viewer>`.repeat(4)}</main>`,
  ),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
};

/** Static files from memory, gzip-encoded for both components alike (level 6, like a typical server). */
function startServer(): Promise<{ origin: string; close: () => void }> {
  const files = new Map<string, { type: string; raw: Buffer; gz: Buffer }>();
  const add = (url: string, data: Buffer, type: string) => files.set(url, { type, raw: data, gz: gzipSync(data, { level: 6 }) });
  for (const [url, html] of Object.entries(PAGES)) add(url, Buffer.from(html), TYPES['.html']);
  for (const f of readdirSync(DIST)) {
    if (statSync(join(DIST, f)).isFile()) add(`/dist/${f}`, readFileSync(join(DIST, f)), TYPES[extname(f)] ?? 'application/octet-stream');
  }
  add('/mv/model-viewer.min.js', readFileSync(MV_JS), TYPES['.js']);
  add('/mv/meshopt_decoder.js', readFileSync(MESHOPT_DECODER), TYPES['.js']);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404, { 'cache-control': 'no-store' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gz : file.raw;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

// ------------------------------------------------------------------ page helpers

async function open(browser: Browser, origin: string, path: string, device: object, network = false): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ ...device, baseURL: origin });
  await context.addInitScript(INSTRUMENT);
  const p = await context.newPage();
  p.on('pageerror', (e) => log(`page error on ${path}: ${e.message}`));
  const cdp = await context.newCDPSession(p);
  if (network) {
    // (Only for first-frame runs: the Network domain keeps request data, which would show as memory.)
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  }
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return { context, page: p, cdp };
}

async function waitForLoads(p: Page, count: number, timeout = 60_000): Promise<void> {
  await p.waitForFunction((n) => ((window as any).__bench?.loads ?? 0) >= n, count, { timeout, polling: 50 });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m: { name: string; value: number }) => [m.name, m.value]));
}

async function gcHeap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(100);
  }
  return (await metrics(cdp)).JSHeapUsedSize;
}

/**
 * The heap by kind from a snapshot (after GC): JavaScript objects, excluding compiled code and
 * feedback (which V8 adds as functions get hot, so repeated cycles grow it without any leak) and
 * native (browser-side) entries.
 */
async function heapSnapshot(cdp: CDPSession): Promise<{ objects: number; code: number; native: number }> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields: string[] = snapshot.snapshot.meta.node_fields;
  const types: string[] = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt, n] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
  const out = { objects: 0, code: 0, native: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += n) {
    const type = types[snapshot.nodes[i + typeAt]];
    const size = snapshot.nodes[i + sizeAt];
    if (type === 'code') out.code += size;
    else if (type === 'native') out.native += size;
    else out.objects += size;
  }
  return out;
}

/** three.js renderer figures: ours through renderStats(), model-viewer's through its symbol-keyed renderer. */
async function gpuStats(p: Page, kind: Kind) {
  return p.evaluate((kind) => {
    if (kind === 'ours') return (customElements.get('body-chain') as any)?.renderStats?.() ?? null;
    const el = document.querySelector('model-viewer') as any;
    if (!el) return null;
    for (let o = el; o; o = Object.getPrototypeOf(o)) {
      for (const s of Object.getOwnPropertySymbols(o)) {
        if (s.description !== 'renderer') continue;
        const r = el[s]?.threeRenderer;
        if (!r) continue;
        const { render, memory, programs } = r.info;
        return { calls: render.calls, triangles: render.triangles, geometries: memory.geometries, textures: memory.textures, programs: programs?.length ?? 0 };
      }
    }
    return null;
  }, kind);
}

/** Where to drag: a point on the vertical middle line of the 3D canvas that the canvas itself receives. */
async function canvasCentre(p: Page, kind: Kind): Promise<{ x: number; y: number }> {
  return p.evaluate((kind) => {
    const host = document.querySelector(kind === 'ours' ? 'body-chain' : 'model-viewer')!;
    const canvas = (host.shadowRoot?.querySelector('canvas') ?? host) as Element;
    const r = canvas.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    for (const f of [0.45, 0.35, 0.55, 0.25, 0.65]) {
      const y = Math.round(r.top + r.height * f);
      const hit = kind === 'ours' ? host.shadowRoot!.elementFromPoint(x, y) : document.elementFromPoint(x, y);
      if (hit === canvas || (kind === 'mv' && hit === host)) return { x, y };
    }
    throw new Error(`no point of the ${kind} canvas takes pointer input`);
  }, kind);
}

async function pixels(p: Page, kind: Kind): Promise<string> {
  return p.evaluate((kind) => {
    const host = document.querySelector(kind === 'ours' ? 'body-chain' : 'model-viewer')!;
    const canvas = host.shadowRoot?.querySelector('canvas');
    return canvas ? `${canvas.width}×${canvas.height}` : '?';
  }, kind);
}


// ------------------------------------------------------------------ measurements

/**
 * Navigation → the component's first `load` event (ours: its light preview model drawn), and →
 * the first `load` of the full body.glb (model-viewer: the same event), phone profile with 4× CPU
 * throttling.
 */
interface FirstFrame {
  ms: number;
  fullMs: number;
  preview: boolean;
  getContextMs: number;
  shaderWaitMs: number;
  firstContextAt: number;
  resources: { name: string; start: number; end: number; bytes: number }[];
}
async function timeToFirstFrame(browser: Browser, origin: string, kind: Kind, slow: boolean): Promise<FirstFrame> {
  const { context, page: p, cdp } = await open(browser, origin, `/${kind}.html`, PHONE, true);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await p.goto(`/${kind}.html`, { waitUntil: 'commit' });
    await waitForLoads(p, 1, 120_000);
    return await p.evaluate(() => {
      const b = (window as any).__bench;
      return { ms: b.firstLoad, fullMs: b.fullLoad, preview: b.firstLoadPreview, ...b.atFirstLoad, resources: b.atFullLoad.resources };
    });
  } finally {
    await context.close();
  }
}

interface Window {
  ms: number;
  frames: number;
  rafs: number;
  taskMs: number;
  scriptMs: number;
  msPerFrame: number;
  calls: number;
  triangles: number;
  maxCalls: number;
}
async function measureWindow(p: Page, cdp: CDPSession, act: () => Promise<void>): Promise<Window> {
  await p.evaluate(() => (window as any).__bench.start());
  const m0 = await metrics(cdp);
  const t0 = Date.now();
  await act();
  const m1 = await metrics(cdp);
  const ms = Date.now() - t0;
  const { frames, rafs } = await p.evaluate(() => (window as any).__bench.stop());
  const taskMs = (m1.TaskDuration - m0.TaskDuration) * 1000;
  const scriptMs = (m1.ScriptDuration - m0.ScriptDuration) * 1000;
  return {
    ms,
    frames: frames.length,
    rafs,
    taskMs,
    scriptMs,
    msPerFrame: frames.length ? taskMs / frames.length : NaN,
    calls: median(frames.map((f: { calls: number }) => f.calls)),
    triangles: median(frames.map((f: { triangles: number }) => f.triangles)),
    maxCalls: Math.max(0, ...frames.map((f: { calls: number }) => f.calls)),
  };
}

async function frameCost(browser: Browser, origin: string, kind: Kind) {
  const { context, page: p, cdp } = await open(browser, origin, `/${kind}.html`, PHONE_MOUSE);
  try {
    await p.goto(`/${kind}.html`);
    await waitForLoads(p, 1);
    await sleep(1500); // model-viewer fades the model in; both settle
    const idle = await measureWindow(p, cdp, () => sleep(1000));
    // The animation: ours, the propagation highlight from the sole (≈1.5 s); model-viewer has
    // none, so its auto-rotate (which redraws every frame) over the same 2 s window.
    const animation = await measureWindow(p, cdp, async () => {
      await p.evaluate((kind) => {
        const el = document.querySelector(kind === 'ours' ? 'body-chain' : 'model-viewer') as any;
        if (kind === 'ours') el.selected = 'sole';
        else {
          el.autoRotateDelay = 0;
          el.autoRotate = true;
        }
      }, kind);
      await sleep(2000);
    });
    const animationStats = await gpuStats(p, kind);
    await p.evaluate((kind) => {
      if (kind === 'mv') (document.querySelector('model-viewer') as any).autoRotate = false;
      else (document.querySelector('body-chain') as any).selected = ''; // closes the explanation sheet
    }, kind);
    await sleep(1500);
    // The orbit: a real mouse drag over the canvas through CDP: 30 moves, one every 50 ms (a
    // finger's pace, whatever the frame rate; slow frames coalesce moves as on a phone).
    const c = await canvasCentre(p, kind);
    const orbit = await measureWindow(p, cdp, async () => {
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: c.x, y: c.y, button: 'left', buttons: 1, clickCount: 1 });
      for (let i = 1; i <= 30; i++) {
        const t = Date.now();
        await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: c.x + (i <= 15 ? i : 30 - i) * 8, y: c.y, button: 'left', buttons: 1 });
        await sleep(Math.max(0, 50 - (Date.now() - t)));
      }
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: c.x, y: c.y, button: 'left', buttons: 0, clickCount: 1 });
      await sleep(600); // inertia / damping settles
    });
    return { idle, animation, animationStats, orbit, pixels: await pixels(p, kind) };
  } finally {
    await context.close();
  }
}

async function memory(browser: Browser, origin: string, kind: Kind) {
  const { context, page: p, cdp } = await open(browser, origin, `/${kind}.html`, PHONE_MOUSE);
  try {
    await p.goto(`/${kind}.html`);
    await waitForLoads(p, 1);
    await sleep(1500);
    const heap = await gcHeap(cdp);
    const snapshot = await heapSnapshot(cdp);
    const stats = await gpuStats(p, kind);
    const contexts = await p.evaluate(() => (window as any).__bench.contextStats());
    let reinsert = 'same element';
    const series: number[] = []; // JS heap after GC, after each cycle's load
    let snapshotFirst: Awaited<ReturnType<typeof heapSnapshot>> | undefined;
    for (let i = 0; i < CYCLES; i++) {
      const loads = await p.evaluate(() => (window as any).__bench.loads as number);
      if (reinsert === 'same element') {
        await p.evaluate(() => {
          const el = document.querySelector('body-chain, model-viewer')!;
          (window as any).__el = el;
          el.remove();
        });
        await sleep(DISPOSE_WAIT);
        await p.evaluate(() => document.body.append((window as any).__el));
        try {
          await waitForLoads(p, loads + 1, kind === 'mv' && i === 0 ? 10_000 : 60_000);
          series.push(await gcHeap(cdp));
          if (i === 0) snapshotFirst = await heapSnapshot(cdp);
          continue;
        } catch (e) {
          if (kind !== 'mv' || i !== 0) throw e;
          // model-viewer shows a re-inserted element again without a new `load`: use new elements.
          reinsert = 'a new element each cycle (a re-inserted one fires no new load)';
        }
      }
      await p.evaluate(() => {
        document.querySelector('model-viewer')?.remove();
        (window as any).__el = null;
      });
      await sleep(DISPOSE_WAIT);
      const before = await p.evaluate(() => (window as any).__bench.loads as number);
      await p.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), `<model-viewer ${MV_ATTRS}></model-viewer>`);
      await waitForLoads(p, before + 1);
      series.push(await gcHeap(cdp));
      if (i === 0) snapshotFirst = await heapSnapshot(cdp);
    }
    await p.evaluate(() => ((window as any).__el = null));
    await sleep(1500);
    const heapAfter = await gcHeap(cdp);
    const snapshotAfter = await heapSnapshot(cdp);
    const statsAfter = await gpuStats(p, kind);
    const contextsAfter = await p.evaluate(() => (window as any).__bench.contextStats());
    return { heap, snapshot, stats, contexts, cycles: CYCLES, reinsert, series, snapshotFirst, heapAfter, snapshotAfter, statsAfter, contextsAfter };
  } finally {
    await context.close();
  }
}

async function fourInstances(browser: Browser, origin: string, kind: Kind) {
  const { context, page: p } = await open(browser, origin, `/${kind}4.html`, PHONE_MOUSE);
  try {
    await p.goto(`/${kind}4.html`);
    await waitForLoads(p, 4);
    await sleep(500);
    return await p.evaluate(() => (window as any).__bench.contextStats());
  } finally {
    await context.close();
  }
}

async function environment(browser: Browser, origin: string) {
  const { context, page: p } = await open(browser, origin, '/ours.html', PHONE_MOUSE);
  try {
    await p.goto('/ours.html');
    const gl = await p.evaluate(() => {
      const c = document.createElement('canvas').getContext('webgl2');
      const ext = c?.getExtension('WEBGL_debug_renderer_info');
      return ext ? String(c!.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    return { gl, chromium: browser.version() };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ main

build();
const jsFiles = readdirSync(DIST).filter((f) => f.endsWith('.js')).map((f) => join(DIST, f));
const bytes = {
  ours: sizes(jsFiles),
  mv: sizes([MV_JS]),
  model: sizes([join(DIST, 'body.glb')]),
  preview: sizes([join(DIST, 'body-preview.glb')]),
  mvDecoder: sizes([MESHOPT_DECODER]),
};
log(`JS gzip: ours ${bytes.ours.gzip} B, model-viewer ${bytes.mv.gzip} B`);

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
let results: any;
try {
  const env = await environment(browser, server.origin);
  log(`Chromium ${env.chromium}, WebGL: ${env.gl}`);

  const ttff: Record<'fast' | 'slow', Record<Kind, FirstFrame[]>> = { fast: { ours: [], mv: [] }, slow: { ours: [], mv: [] } };
  for (const profile of ['fast', 'slow'] as const) {
    for (let run = 0; run < (!ONLY || ONLY === 'ttff' ? RUNS : 0); run++) {
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
  for (let run = 0; run < (!ONLY || ONLY === 'frames' ? FRAME_RUNS : 0); run++) {
    for (const kind of run % 2 ? [...KINDS].reverse() : KINDS) {
      const f = await frameCost(browser, server.origin, kind);
      frames[kind].push(f);
      log(`frame cost ${LABEL[kind]} run ${run + 1}: animation ${f.animation.msPerFrame.toFixed(1)} ms/frame (${f.animation.frames} frames), orbit ${f.orbit.msPerFrame.toFixed(1)} ms/frame (${f.orbit.frames} frames), idle frames ${f.idle.frames}`);
    }
  }

  const mem: Partial<Record<Kind, Awaited<ReturnType<typeof memory>>>> = {};
  const four: Partial<Record<Kind, Awaited<ReturnType<typeof fourInstances>>>> = {};
  if (ONLY) {
    const summary = (label: string, xs: number[]) => xs.length && log(`${label}: median ${median(xs).toFixed(1)} of [${xs.map((x) => x.toFixed(1)).join(', ')}]`);
    for (const kind of KINDS) {
      for (const profile of ['fast', 'slow'] as const) {
        summary(`first frame ${profile} ${LABEL[kind]}`, ttff[profile][kind].map((t) => t.ms));
        summary(`full body ${profile} ${LABEL[kind]}`, ttff[profile][kind].map((t) => t.fullMs));
      }
      summary(`animation ms/frame ${LABEL[kind]}`, frames[kind].map((f) => f.animation.msPerFrame));
      summary(`orbit ms/frame ${LABEL[kind]}`, frames[kind].map((f) => f.orbit.msPerFrame));
    }
    process.exit(0);
  }
  for (const kind of KINDS) {
    log(`memory ${LABEL[kind]}: load, then ${CYCLES} insert/remove cycles…`);
    mem[kind] = await memory(browser, server.origin, kind);
    four[kind] = await fourInstances(browser, server.origin, kind);
  }
  results = { env, bytes, ttff, frames, mem, four };
} finally {
  await browser.close();
  server.close();
}

// ------------------------------------------------------------------ report

const { env, ttff, frames, mem, four } = results;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const ms1 = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a');
const fm = (kind: Kind, key: 'animation' | 'orbit' | 'idle', field: keyof Window) => median(frames[kind].map((f: any) => f[key][field]));
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
row('  of which loaded first (entry), gzip', kb(bytes.ours.files['dist/body-chain.js']?.gzip ?? NaN), kb(bytes.mv.gzip), '');
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
const summary = targets.map((t) => `${verdict(t.ok)}  ${t.name}: ${t.detail}`).join('\n');

const cpuModel = cpus()[0]?.model ?? 'unknown';
const load = loadavg()[0];
const machine =
  `${cpus().length} cores (${cpuModel}), no GPU; Chromium ${env.chromium} headless, WebGL through ${env.gl}; ` +
  `load average ${loadAtStart.toFixed(1)} at start, ${load.toFixed(1)} at end${Math.max(load, loadAtStart) > cpus().length ? ' (other work was running: timings are noisy)' : ''}`;
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
console.log(`\n<body-chain> vs <model-viewer> ${JSON.parse(readFileSync(join(MV_DIR, '../package.json'), 'utf8')).version}, ${date}\n${machine}\n`);
console.log(table);
console.log(`\n${summary}\n`);

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/latest.json'),
  JSON.stringify({ date, machine: { cores: cpus().length, cpu: cpuModel, ...env }, runs: RUNS, frameRuns: FRAME_RUNS, ...results, targets }, null, 2),
);
writeFileSync(join(ROOT, 'bench/README-performance.md'), readme());
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; wrote bench/results/latest.json and bench/README-performance.md`);

/** What the figures mean for the targets, as measured in this run. */
function notes(): string {
  const slow = targets.find((t) => t.name.includes('slow 4G'));
  const fast = targets.find((t) => t.name.includes('unthrottled'));
  const out = ['What the first-frame figures rest on:', ''];
  // Everything but the pure-JS meshopt decoder (loaded only under a strict CSP) comes before the first frame.
  const firstFrameJs = Object.entries(bytes.ours.files as Sizes['files'])
    .filter(([f]) => !f.includes('meshopt_decoder_reference'))
    .reduce((sum, [, v]) => sum + v.gzip, 0);
  out.push(
    `- **The light preview** is what makes the first frame early: ${kb(bytes.preview.gzip)} instead of ${kb(bytes.model.gzip)} before anything is drawn. The full body follows, at the "full body.glb drawn" time: its download starts only after the preview's first frame, so that it does not slow that frame down.`,
    '- **Start-up overlaps the downloads**: the element starts fetching three.js and the preview when it connects already near the viewport, makes the WebGL context while they download, and compiles its two shader programs (Blinn-Phong: several times faster to compile than the physically based ones, with the same look here) before the model arrives.',
  );
  for (const profile of ['fast', 'slow'] as const) {
    const mvMedian = median(ttff[profile].mv.map((t: FirstFrame) => t.ms));
    const each = ttff[profile].ours.map((t: FirstFrame) => t.ms / mvMedian);
    out.push(
      `- **How close, ${profile === 'slow' ? 'slow 4G' : 'unthrottled'}**: ours run by run against model-viewer's median: ${Math.min(...each).toFixed(2)}× to ${Math.max(...each).toFixed(2)}×. ` +
        `model-viewer's own runs spread from ${ms(Math.min(...ttff[profile].mv.map((t: FirstFrame) => t.ms)))} to ${ms(Math.max(...ttff[profile].mv.map((t: FirstFrame) => t.ms)))}` +
        (profile === 'fast' ? ' (its unthrottled runs are sometimes twice as slow as the rest, waiting on SwiftShader; the median absorbs one or two of those).' : '.'),
    );
  }
  if (fast && !fast.ok) out.push(`- **Unthrottled network, missed (${fast.detail})**: what remains is CPU and GPU-process time at 4× throttling: parsing three.js, creating the renderer and waiting on SwiftShader for the context and shaders.`);
  if (slow && !slow.ok)
    out.push(
      `- **Slow 4G, missed (${slow.detail})**: before the first frame ours must download the entry (${kb(bytes.ours.files['dist/body-chain.js']?.gzip ?? NaN)}), then the three.js chunk and the preview together: ${kb(firstFrameJs)} of JavaScript and ${kb(firstFrameJs + bytes.preview.gzip)} in all at 1.6 Mbps, with a 150 ms round trip for each step of the chain (HTML → entry → chunk and preview), then start the renderer and compile its shaders in software. The remaining levers are fewer bytes of three.js (its renderer ships every material's shader source) and a smaller preview.`,
    );
  return out.join('\n');
}

function readme(): string {
  const mvVersion = JSON.parse(readFileSync(join(MV_DIR, '../package.json'), 'utf8')).version;
  return `## Performance

Measured by \`npm run bench\` on ${date}: ${machine}.
\`<model-viewer>\` ${mvVersion} (its self-contained \`model-viewer.min.js\`) shows the same \`body.glb\`, in the same run.

${table}

${summary.split('\n').map((s) => `- ${s}`).join('\n')}

How it is measured:

- **Bytes**: every \`.js\` file in \`dist/\` (the entry, the three.js scene chunk loaded when the element nears the viewport, and the pure-JS meshopt decoder loaded only under a CSP without \`wasm-unsafe-eval\`), compressed with node:zlib (gzip level 9, brotli quality 11). model-viewer: \`model-viewer.min.js\`. model-viewer also fetches a meshopt decoder script at run time (${kb(bytes.mvDecoder.gzip)} gzip), not counted.
- **First frame**: a page with one element at the top filling a phone viewport (390×844 CSS px, DPR 3, touch), Chromium's CPU throttled 4× (\`Emulation.setCPUThrottlingRate\`), a new browser context per run (empty cache), files from a local node:http server (gzip for both). Time from navigation start to the element's first \`load\` event. **Ours draws a light preview first** (\`body-preview.glb\`, ${kb(bytes.preview.gzip)} gzip, the same nodes, regions and anchors with about an eighth of the triangles; it can be tapped at once) and fires \`load\` with \`detail.preview = true\`; the full \`body.glb\` is fetched after the preview's first frame and replaces it, with a second \`load\` (\`preview: false\`): the row "full body.glb drawn" is that second event. model-viewer shows \`body.glb\` only; its \`load\` is its model loaded. Median of ${RUNS} runs per component and network profile, components alternating; slow 4G is \`Network.emulateNetworkConditions\` at 1.6 Mbps down, 750 kbps up, 150 ms round trip.
- **Frame cost**: the same viewport and pixel ratio, no CPU throttling, median of ${FRAME_RUNS} runs. Main-thread time is the change in \`Performance.getMetrics\` \`TaskDuration\` (all main-thread tasks: script, style, layout, paint, GC) over a window, divided by the frames that drew (frames with at least one WebGL draw call, counted by an init script that wraps \`drawElements\`/\`drawArrays\`/… on both WebGL prototypes and buckets them per \`requestAnimationFrame\`). *Animation*: ours, \`selected = 'sole'\` (the propagation highlight, ≈1.5 s) in a 2 s window; model-viewer has no such animation, so its \`auto-rotate\` (starting at once) over the same 2 s window. *Orbit*: a real mouse drag through CDP \`Input.dispatchMouseEvent\` over each canvas (30 moves of 8 px, one every 50 ms) plus 0.6 s to settle (model-viewer's damping keeps drawing after release). Draw calls and triangles per frame come from the same wrapper for both; \`renderStats()\`/three's \`renderer.info\` figures are shown too (model-viewer's renderer is reached through its symbol-keyed \`renderer\` getter).
- **Software rendering**: there is no GPU here; SwiftShader runs the GL work (shader compilation, drawing, and Chromium's own compositing) on the CPU in Chromium's GPU process, so the absolute times are far above a phone's, and anything that keeps the compositor busy (a spinning loader, a backdrop blur) slows the page's own WebGL calls. With one element on screen ours shows the shared WebGL canvas itself, as model-viewer does; with several it copies each frame into each element's 2D canvas. model-viewer lowers its render scale on its own when frames are slow; its drawing buffer size is shown. Its auto-rotate draws few frames in the window (its full-size frames are slow here), so its per-frame figure varies most from run to run.
- **Memory**: \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`, and a heap snapshot split into JavaScript objects and compiled code (V8 adds optimised code as functions get hot, so repeated cycles grow \`JSHeapUsedSize\` without any object being retained), with the renderer's geometries/textures/programs, after load, after one and after ${CYCLES} cycles of remove → wait ${DISPOSE_WAIT} ms (past the 1 s disposal delay) → re-insert the same element → \`load\` (model-viewer fires no new \`load\` for a re-inserted element, so it gets a new one each cycle). The target: JS objects within +5% of the one-instance figure, the same geometries/textures/programs, one context alive. WebGL contexts are counted by wrapping \`HTMLCanvasElement.prototype.getContext\`: *created* is every WebGL context handed out, *alive* those neither lost (\`isContextLost()\`) nor garbage-collected (held through WeakRefs), on a page with 4 instances.

${notes()}
`;
}
