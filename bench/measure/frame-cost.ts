/**
 * Frame cost: main-thread time per drawn frame while idle, during the propagation animation
 * (model-viewer: its auto-rotate) and during a mouse orbit; draw calls and triangles per frame.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { canvasCentre, gpuStats, metrics, open, pixels, waitForLoads } from '../lib/browser.js';
import { median, PHONE_MOUSE, sleep, type Kind } from '../lib/common.js';

/** What one measured window gives. */
export interface FrameWindow {
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
export async function measureWindow(p: Page, cdp: CDPSession, act: () => Promise<void>): Promise<FrameWindow> {
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

export async function frameCost(browser: Browser, origin: string, kind: Kind) {
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
