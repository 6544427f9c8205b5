/**
 * The page's WebGL context, made as soon as an element knows it will draw: before three.js has
 * downloaded and before the element's interface is first painted. Creating a context waits on
 * the browser's GPU process; done early, that wait is short and the rest of the start-up
 * (downloads, painting the interface) overlaps it. No three.js here: the element's entry
 * imports this, and the shared renderer takes the context over.
 */

/**
 * What three.js's WebGLRenderer is asked for (it reads these back from a context it is given).
 * Multisampling only below 1.5 device pixels per CSS pixel: on phone and tablet screens the
 * pixels are small enough without it, and it would multiply the GPU's memory traffic.
 */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: (globalThis.devicePixelRatio || 1) < 1.5,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'default',
};

type Prepared = { canvas: HTMLCanvasElement; gl: WebGL2RenderingContext };
/** On the page rather than in this module, for the same reason as the prefetched models (prefetch.ts). */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('body-chain.context')] ??= {}) as { early?: Prepared; warm?: Promise<void>; worker?: Worker };

/**
 * The first WebGL context of a page is slow to make: the browser sets up its GPU side (the
 * channel to the GPU process, the driver), and `getContext` blocks the main thread meanwhile
 * (250–500 ms with software GL on this project's test machine). A throwaway context made
 * first in a worker, on an OffscreenCanvas, pays for that set-up off the main thread: the
 * element's own `getContext` then takes about 20 ms, even though the worker has let its
 * context go (measured in Chromium 156 with SwiftShader). The worker then stays, idle, as long as the page: ending
 * it would cost the main thread one task of about 40 ms (Blink's clean-up of a worker thread),
 * so it is kept referenced, lest garbage collection end it at some random moment. It comes
 * from a Blob URL, so it works wherever the script is served from. A Content-Security-Policy
 * that refuses `blob:` workers (`worker-src`) makes the browser log the refusal; the context is
 * then made directly.
 */
const WARM_UP_SOURCE = `let gl=null;try{gl=new OffscreenCanvas(1,1).getContext('webgl2');gl&&gl.getExtension('WEBGL_lose_context')?.loseContext()}catch(e){}postMessage(!!gl)`;
/** How long the element waits for the worker before making its context all the same. */
const WARM_UP_LIMIT_MS = 2000;

/**
 * Starts the worker's throwaway context, once per page (not where the browser has no
 * OffscreenCanvas, a context exists already, or the page declares a policy in a meta tag).
 * Resolves when the worker is done or has failed, or after `WARM_UP_LIMIT_MS`.
 */
export function warmUpGpu(): Promise<void> {
  state.warm ??= new Promise<void>((resolve) => {
    const skip = state.early || typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function' || document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    if (skip) return resolve();
    const url = URL.createObjectURL(new Blob([WARM_UP_SOURCE], { type: 'text/javascript' }));
    const timer = setTimeout(finish, WARM_UP_LIMIT_MS);
    function finish(): void {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      resolve();
    }
    try {
      const worker = (state.worker = new Worker(url, { name: 'body-chain GPU warm-up' }));
      worker.onmessage = finish;
      worker.onerror = finish; // refused by a policy, or no WebGL in workers: the element goes on
    } catch {
      finish();
    }
  });
  return state.warm;
}

/** Makes the context once, with a drawing buffer of the given device-pixel size. */
export function prepareContext(width: number, height: number): void {
  if (state.early) return;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, width);
  canvas.height = Math.max(1, height);
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  // Where there is none, the renderer finds out again and reports it.
  if (gl) state.early = { canvas, gl };
}

/** The prepared canvas and context, once; undefined if none was made or it has been lost since. */
export function takeContext(): Prepared | undefined {
  const taken = state.early;
  state.early = undefined;
  return taken && !taken.gl.isContextLost() ? taken : undefined;
}

/**
 * Lets the page run before the next piece of start-up: `scheduler.yield()` where the browser
 * has it (the continuation keeps its place ahead of other tasks), else a macrotask through a
 * MessageChannel (no 4 ms timer clamp). Start-up is cut at each such point so that none of
 * its pieces is one long task of the host's page.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/**
 * Resolves after the page's next paint, then a moment when the main thread is idle (at most
 * `timeout` ms later): what a well-behaved guest waits for before heavy work on a page that is
 * still loading.
 */
export function afterPaintAndIdle(timeout = 500): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
        if (idle) idle(() => resolve(), { timeout });
        else setTimeout(resolve, 50);
      }),
    );
  });
}
