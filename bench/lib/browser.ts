/**
 * Browser and page plumbing over playwright-core and CDP: launching the system Chromium, a
 * fresh context per page with the instrumentation script, and what the measurements read
 * (Performance metrics, heap, three.js renderer figures, where to drag).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { log, ROOT, sleep, type Kind } from './common.js';

/** Counts WebGL contexts, draw calls per frame and the component's `load` events (bench/instrument.js). */
const INSTRUMENT = readFileSync(join(ROOT, 'bench/instrument.js'), 'utf8');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function open(browser: Browser, origin: string, path: string, device: object, network = false): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
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

export async function waitForLoads(p: Page, count: number, timeout = 60_000): Promise<void> {
  await p.waitForFunction((n) => ((window as any).__bench?.loads ?? 0) >= n, count, { timeout, polling: 50 });
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m: { name: string; value: number }) => [m.name, m.value]));
}

export async function gcHeap(cdp: CDPSession): Promise<number> {
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
export async function heapSnapshot(cdp: CDPSession): Promise<{ objects: number; code: number; native: number }> {
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
export async function gpuStats(p: Page, kind: Kind) {
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
export async function canvasCentre(p: Page, kind: Kind): Promise<{ x: number; y: number }> {
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

export async function pixels(p: Page, kind: Kind): Promise<string> {
  return p.evaluate((kind) => {
    const host = document.querySelector(kind === 'ours' ? 'body-chain' : 'model-viewer')!;
    const canvas = host.shadowRoot?.querySelector('canvas');
    return canvas ? `${canvas.width}×${canvas.height}` : '?';
  }, kind);
}
