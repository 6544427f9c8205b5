import { ACESFilmicToneMapping, SRGBColorSpace, WebGLRenderer } from 'three';
import { CONTEXT_ATTRIBUTES, takeContext } from './context.js';

/** What the shared renderer needs from each element's scene. */
export interface Renderable {
  /** The 2D canvas in the element that shows this scene. */
  readonly canvas: HTMLCanvasElement;
  /** Whether the element is on screen. */
  readonly visible: boolean;
  /** Advances animations to `now`; returns true while something still moves. */
  tick(now: number): boolean;
  /** Renders into the shared renderer's viewport of the given size in device pixels. */
  draw(renderer: WebGLRenderer, width: number, height: number): void;
  /** Called once the WebGL context is lost or restored. */
  contextChanged(lost: boolean): void;
  /** Given the renderer when added and null when removed, so that it can queue its own frames. */
  attach(renderer: SharedRenderer | null): void;
}

/** On screen: its element says so, and it is in the document (removed ones linger until disposed). */
const isOnScreen = (scene: Renderable): boolean => scene.visible && scene.canvas.isConnected;

/**
 * One WebGLRenderer (one WebGL context) for the whole page, however many elements
 * it holds, after model-viewer. Each element owns a 2D canvas, which takes its pointer
 * input. While one element alone is on screen, the shared WebGL canvas is shown inside
 * it, over its 2D canvas, and frames are drawn straight to the screen. With several on
 * screen, each frame is rendered into the shared canvas and copied to the element's 2D
 * canvas. Nothing runs while no scene is dirty or animating.
 */
export class SharedRenderer {
  private static instance: SharedRenderer | undefined;

  /** The page's renderer, created on first use. Throws where WebGL is unavailable. */
  static get(): SharedRenderer {
    SharedRenderer.instance ??= new SharedRenderer();
    return SharedRenderer.instance;
  }

  /** The page's renderer if one exists, without creating it. */
  static peek(): SharedRenderer | undefined {
    return SharedRenderer.instance;
  }

  readonly renderer: WebGLRenderer;
  /** Every element's scene, in the order they were added (an array: iterating it allocates nothing). */
  private readonly scenes: Renderable[] = [];
  private readonly dirty = new Set<Renderable>();
  /** The scene whose element shows the shared canvas itself (the only one on screen), if any. */
  private shown: Renderable | null = null;
  private frame = 0;
  private lost = false;
  /** True while a frame is drawn: scenes queued meanwhile are picked up at its end. */
  private rendering = false;

  private constructor() {
    // The context an element prepared early, already at its size (context.ts), or a new one.
    const prepared = takeContext();
    const canvas = prepared?.canvas ?? document.createElement('canvas');
    // Shown over an element's own canvas, which keeps receiving the pointer.
    canvas.style.pointerEvents = 'none';
    canvas.setAttribute('aria-hidden', 'true');
    // Throws (and so reports 'webgl') when no context can be made.
    this.renderer = new WebGLRenderer({ canvas, context: prepared?.gl, ...CONTEXT_ATTRIBUTES });
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.toneMapping = ACESFilmicToneMapping;
    this.renderer.toneMappingExposure = 1.05;
    this.renderer.setPixelRatio(1); // elements size the canvas in device pixels themselves
    this.renderer.info.autoReset = false;
    // three.js reads each program's logs on its first use, to report shader errors: calls that
    // wait for the GPU process (30-60 ms of the first frame under Lighthouse on this project's
    // test machine). Every program here is one of three.js's own materials, so there is nothing
    // of ours to report; set it back to true on this renderer when changing the materials.
    this.renderer.debug.checkShaderErrors = false;
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault(); // allows the browser to restore it
      this.lost = true;
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      for (const s of this.scenes) s.contextChanged(true);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      this.lost = false;
      // three.js has restored its state (its listener runs first); each scene tells its element,
      // and is queued here, once: one frame draws them all.
      for (const s of this.scenes) {
        s.contextChanged(false);
        this.queue(s);
      }
    });
  }

  /** Whether a frame is scheduled (something is moving or waiting to be drawn). */
  get busy(): boolean {
    return this.frame !== 0;
  }

  add(scene: Renderable): void {
    if (!this.scenes.includes(scene)) this.scenes.push(scene);
    scene.attach(this);
    this.queue(scene);
  }

  /** Removes a scene; with the last one gone the WebGL context is released. */
  remove(scene: Renderable): void {
    const i = this.scenes.indexOf(scene);
    if (i >= 0) this.scenes.splice(i, 1);
    scene.attach(null);
    this.dirty.delete(scene);
    if (this.shown === scene) this.show(null);
    if (this.scenes.length === 0) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.renderer.domElement.remove();
      this.renderer.dispose();
      this.renderer.forceContextLoss();
      SharedRenderer.instance = undefined;
    }
  }

  /** Asks for a frame for this scene. */
  queue(scene: Renderable): void {
    if (!this.scenes.includes(scene)) return;
    this.dirty.add(scene);
    if (!this.frame && !this.lost && !this.rendering) this.frame = requestAnimationFrame(this.render);
  }

  /**
   * Draws the dirty scenes that are on screen. Allocates nothing: it runs every frame while
   * something moves. A scene that keeps moving, or is queued while this runs and not reached
   * any more, is drawn in the next frame: one request, made at the end.
   */
  private readonly render = (now: number): void => {
    this.frame = 0;
    this.rendering = true;
    const scenes = this.scenes;
    let alone: Renderable | null = null;
    let onScreen = 0;
    for (let i = 0; i < scenes.length; i++) {
      if (isOnScreen(scenes[i])) {
        onScreen++;
        alone = scenes[i];
      }
    }
    if (onScreen !== 1) alone = null;
    if (alone !== this.shown) this.show(alone);
    this.renderer.info.reset();
    let again = false;
    for (let i = 0; i < scenes.length; i++) {
      const scene = scenes[i];
      // Off-screen scenes stay dirty and are drawn when they come back. (Drawing one now would
      // also draw over the shared canvas while another element shows it.)
      if (!this.dirty.has(scene) || !isOnScreen(scene)) continue;
      this.dirty.delete(scene);
      const { width, height } = scene.canvas;
      if (width === 0 || height === 0) continue;
      const moving = scene.tick(now);
      this.drawInto(scene, width, height);
      if (moving) {
        this.dirty.add(scene);
        again = true;
      }
    }
    this.rendering = false;
    if (!again) {
      for (let i = 0; i < scenes.length && !again; i++) again = this.dirty.has(scenes[i]) && isOnScreen(scenes[i]);
    }
    if (again && !this.frame && !this.lost) this.frame = requestAnimationFrame(this.render);
  };

  /**
   * Shows the shared canvas in this scene's element (just after its own canvas, so under its
   * controls), or in none. The scene that had it goes back to copied frames and is redrawn.
   */
  private show(scene: Renderable | null): void {
    const shared = this.renderer.domElement;
    const previous = this.shown;
    this.shown = scene;
    if (previous && this.scenes.includes(previous)) this.dirty.add(previous);
    if (!scene) {
      shared.remove();
      return;
    }
    scene.canvas.after(shared);
    // Its own canvas would show an old copy through the transparent background: resetting
    // the size clears it (without making a 2D context where there was none).
    const own = scene.canvas;
    own.width = own.width;
    this.dirty.add(scene);
  }

  private drawInto(scene: Renderable, width: number, height: number): void {
    const gl = this.renderer;
    const shared = gl.domElement;
    const direct = scene === this.shown;
    if (direct ? shared.width !== width || shared.height !== height : shared.width < width || shared.height < height) {
      gl.setSize(direct ? width : Math.max(shared.width, width), direct ? height : Math.max(shared.height, height), false);
    }
    gl.setViewport(0, 0, width, height);
    gl.setScissor(0, 0, width, height);
    gl.setScissorTest(true);
    scene.draw(gl, width, height);
    if (direct) return;
    const ctx = scene.canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, width, height);
    // GL draws from the bottom-left corner; the copy takes that corner.
    ctx.drawImage(shared, 0, shared.height - height, width, height, 0, 0, width, height);
  }

  /** Figures for diagnostics and benchmarks. */
  stats(): { calls: number; triangles: number; geometries: number; textures: number; programs: number } {
    const { render, memory, programs } = this.renderer.info;
    return {
      calls: render.calls,
      triangles: render.triangles,
      geometries: memory.geometries,
      textures: memory.textures,
      programs: programs?.length ?? 0,
    };
  }
}
