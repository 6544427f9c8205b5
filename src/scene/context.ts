/**
 * The page's WebGL context, made as soon as an element knows it will draw: before three.js has
 * downloaded and before the element's interface is first painted. Creating a context waits on
 * the browser's GPU process; done early, that wait is short and the rest of the start-up
 * (downloads, painting the interface) overlaps it. No three.js here: the element's entry
 * imports this, and the shared renderer takes the context over.
 */

/** What three.js's WebGLRenderer is asked for (it reads these back from a context it is given). */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'default',
};

let early: { canvas: HTMLCanvasElement; gl: WebGL2RenderingContext } | undefined;

/** Makes the context once, with a drawing buffer of the given device-pixel size. */
export function prepareContext(width: number, height: number): void {
  if (early) return;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, width);
  canvas.height = Math.max(1, height);
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  // Where there is none, the renderer finds out again and reports it.
  if (gl) early = { canvas, gl };
}

/** The prepared canvas and context, once; undefined if none was made or it has been lost since. */
export function takeContext(): { canvas: HTMLCanvasElement; gl: WebGL2RenderingContext } | undefined {
  const taken = early;
  early = undefined;
  return taken && !taken.gl.isContextLost() ? taken : undefined;
}
