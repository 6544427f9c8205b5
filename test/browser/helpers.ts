import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/body-chain.js';
import { SharedRenderer } from '../../src/scene/renderer.js';
import type { BodyChain } from '../../src/components/body-chain.component.js';
import type { RegionId } from '../../src/model/graph.js';

// The element's `error` event bubbles and is composed, so it reaches window, where the test
// framework would take it for an uncaught exception. Stop it at the document.
document.addEventListener('error', (e) => {
  if (e instanceof CustomEvent) e.stopPropagation();
});

export const PHONE = { width: 390, height: 844, touch: true, dpr: 1 } as const;
export const TABLET = { width: 1024, height: 1366, touch: true, dpr: 1 } as const;
export const DESKTOP = { width: 1280, height: 900, touch: false, dpr: 1 } as const;

export const BACK_LINE: RegionId[] = ['sole', 'calf', 'hamstrings', 'pelvis', 'erector-spinae', 'skull'];

export function emulate(device: { width: number; height: number; touch: boolean; dpr: number }) {
  return executeServerCommand('device:emulate', device);
}

export function tap(point: { x: number; y: number }) {
  return executeServerCommand('device:tap', point);
}

export function swipe(from: { x: number; y: number }, to: { x: number; y: number }, steps = 10) {
  return executeServerCommand('device:swipe', { from, to, steps });
}

export function reducedMotion(reduce: boolean) {
  return executeServerCommand('device:reduced-motion', { reduce });
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits for an event on a target, failing after `ms`. */
export function once<T extends Event = CustomEvent>(target: EventTarget, type: string, ms = 45_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as T);
      },
      { once: true },
    );
  });
}

/** Waits for the `load` of the full model (the default model's preview fires one before it). */
export function fullLoad(el: EventTarget, ms = 45_000): Promise<CustomEvent<{ preview: boolean }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no full "load" within ${ms} ms`)), ms);
    const listener = (e: Event) => {
      if ((e as CustomEvent<{ preview: boolean }>).detail?.preview) return;
      clearTimeout(timer);
      el.removeEventListener('load', listener);
      resolve(e as CustomEvent<{ preview: boolean }>);
    };
    el.addEventListener('load', listener);
  });
}

/**
 * Puts a <body-chain> on the page (optionally inside a wrapper with `lang`) and waits for the
 * full model's `load` (`waitForLoad: 'first'`: for the first `load`, the preview's).
 */
export async function mount(
  attrs: Record<string, string> = {},
  options: { lang?: string; parent?: HTMLElement; waitForLoad?: boolean | 'first' } = {},
): Promise<BodyChain> {
  const wrapper = document.createElement('div');
  if (options.lang) wrapper.lang = options.lang;
  const el = document.createElement('body-chain');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  const loaded = options.waitForLoad === false ? null : options.waitForLoad === 'first' ? once(el, 'load') : fullLoad(el);
  (options.parent ?? document.body).append(wrapper);
  await loaded;
  await el.updateComplete;
  return el;
}

export function cleanup() {
  for (const el of document.querySelectorAll('body-chain')) el.parentElement!.remove();
}

/**
 * Waits at least `ms`, then until the camera and highlight have settled: the shared renderer
 * has asked for no frame over two checks (software WebGL draws slowly, so time alone is not enough).
 */
export async function settle(ms = 2600) {
  await sleep(ms);
  const deadline = performance.now() + 15_000;
  let quiet = 0;
  while (quiet < 2 && performance.now() < deadline) {
    await nextFrame();
    await sleep(30);
    quiet = SharedRenderer.peek()?.busy ? 0 : quiet + 1;
  }
}

type Rgba = [number, number, number, number];

/**
 * The colours on screen at client points, as [r, g, b, a], read from one screenshot: the element
 * may show the shared WebGL canvas itself or a copy in its own canvas, and this sees either.
 * Each is the average of a 3×3 patch, so one edge pixel does not decide.
 */
export async function coloursAt(points: { x: number; y: number }[]): Promise<Rgba[]> {
  const xs = points.map((p) => Math.round(p.x));
  const ys = points.map((p) => Math.round(p.y));
  const clip = { x: Math.min(...xs) - 1, y: Math.min(...ys) - 1, width: 0, height: 0 };
  clip.width = Math.max(...xs) + 2 - clip.x;
  clip.height = Math.max(...ys) + 2 - clip.y;
  // The screenshot clip is in page coordinates.
  const page = { ...clip, x: clip.x + scrollX, y: clip.y + scrollY };
  const url = await executeServerCommand<string, typeof clip>('device:screenshot', page);
  const bitmap = await createImageBitmap(await (await fetch(url!)).blob());
  const ctx = new OffscreenCanvas(clip.width, clip.height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0, clip.width, clip.height);
  return points.map((_, i) => {
    const d = ctx.getImageData(xs[i] - 1 - clip.x, ys[i] - 1 - clip.y, 3, 3).data;
    const sum = [0, 0, 0, 0];
    for (let j = 0; j < d.length; j += 4) for (let c = 0; c < 4; c++) sum[c] += d[j + c];
    return sum.map((v) => v / 9) as Rgba;
  });
}

/** The colour on screen at one client point (see coloursAt). */
export async function colourAt(point: { x: number; y: number }): Promise<Rgba> {
  return (await coloursAt([point]))[0];
}

/**
 * The colours the renderer draws at client points in the next frame, read back from the WebGL
 * drawing buffer in a frame callback that runs after the renderer's (before the frame is shown):
 * every frame can be sampled, where a screenshot takes longer than a frame. For an element that
 * is alone on screen, which shows the shared WebGL canvas itself.
 */
export function coloursDrawnNextFrame(el: BodyChain, points: { x: number; y: number }[]): Promise<Rgba[]> {
  return new Promise((resolve, reject) =>
    requestAnimationFrame(() => {
      const renderer = SharedRenderer.peek()?.renderer;
      const shared = renderer?.domElement;
      if (!renderer || shared?.getRootNode() !== el.shadowRoot) return reject(new Error('the element does not show the WebGL canvas itself'));
      const rect = shared.getBoundingClientRect();
      const gl = renderer.getContext();
      const d = new Uint8Array(36);
      resolve(
        points.map((point) => {
          const x = Math.round(((point.x - rect.left) * shared.width) / rect.width);
          const y = Math.round(shared.height - ((point.y - rect.top) * shared.height) / rect.height);
          gl.readPixels(x - 1, y - 1, 3, 3, gl.RGBA, gl.UNSIGNED_BYTE, d);
          const sum = [0, 0, 0, 0];
          for (let i = 0; i < d.length; i += 4) for (let c = 0; c < 4; c++) sum[c] += d[i + c];
          return sum.map((v) => v / 9) as Rgba;
        }),
      );
    }),
  );
}

/** The colour the renderer draws at one client point in the next frame (see coloursDrawnNextFrame). */
export async function colourDrawnNextFrame(el: BodyChain, point: { x: number; y: number }): Promise<Rgba> {
  return (await coloursDrawnNextFrame(el, [point]))[0];
}

export function colourDistance(a: number[], b: number[]) {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

export function panelTitle(el: BodyChain): string {
  return el.shadowRoot!.querySelector('#panel-title')?.textContent?.trim() ?? '';
}

/** Whether an element inside the shadow root is actually on screen and painted. */
export function isShown(node: Element | null): boolean {
  if (!node) return false;
  const r = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && r.bottom > 0 && r.top < innerHeight;
}
