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

/** Puts a <body-chain> on the page (optionally inside a wrapper with `lang`) and waits for `load`. */
export async function mount(
  attrs: Record<string, string> = {},
  options: { lang?: string; parent?: HTMLElement; waitForLoad?: boolean } = {},
): Promise<BodyChain> {
  const wrapper = document.createElement('div');
  if (options.lang) wrapper.lang = options.lang;
  const el = document.createElement('body-chain');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  const loaded = options.waitForLoad === false ? null : once(el, 'load');
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

/** The colour drawn on the element's canvas at a client point, as [r, g, b, a]. */
export function colourAt(el: BodyChain, point: { x: number; y: number }): [number, number, number, number] {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  const sx = canvas.width / rect.width;
  const sy = canvas.height / rect.height;
  const ctx = canvas.getContext('2d')!;
  const x = Math.round((point.x - rect.left) * sx);
  const y = Math.round((point.y - rect.top) * sy);
  // Average a 3×3 patch so one edge pixel does not decide.
  const d = ctx.getImageData(x - 1, y - 1, 3, 3).data;
  const sum = [0, 0, 0, 0];
  for (let i = 0; i < d.length; i += 4) for (let c = 0; c < 4; c++) sum[c] += d[i + c];
  return sum.map((s) => s / 9) as [number, number, number, number];
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
