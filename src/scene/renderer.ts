import { ACESFilmicToneMapping, SRGBColorSpace, WebGLRenderer } from 'three';

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
}

/**
 * One WebGLRenderer (one WebGL context) for the whole page, however many elements
 * it holds, after model-viewer. Each element owns a 2D canvas; a frame renders each
 * dirty, visible scene into the shared canvas and copies it across. Nothing runs while
 * no scene is dirty or animating.
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
  private readonly scenes = new Set<Renderable>();
  private readonly dirty = new Set<Renderable>();
  private frame = 0;
  private lost = false;

  private constructor() {
    const canvas = document.createElement('canvas');
    // Throws (and so reports 'webgl') when no context can be made.
    this.renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, powerPreference: 'default' });
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.toneMapping = ACESFilmicToneMapping;
    this.renderer.toneMappingExposure = 1.05;
    this.renderer.setPixelRatio(1); // elements size the canvas in device pixels themselves
    this.renderer.info.autoReset = false;
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault(); // allows the browser to restore it
      this.lost = true;
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      for (const s of this.scenes) s.contextChanged(true);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      this.lost = false;
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
    this.scenes.add(scene);
    this.queue(scene);
  }

  /** Removes a scene; with the last one gone the WebGL context is released. */
  remove(scene: Renderable): void {
    this.scenes.delete(scene);
    this.dirty.delete(scene);
    if (this.scenes.size === 0) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.renderer.dispose();
      this.renderer.forceContextLoss();
      SharedRenderer.instance = undefined;
    }
  }

  /** Asks for a frame for this scene. */
  queue(scene: Renderable): void {
    if (!this.scenes.has(scene)) return;
    this.dirty.add(scene);
    if (!this.frame && !this.lost) this.frame = requestAnimationFrame(this.render);
  }

  private readonly render = (now: number): void => {
    this.frame = 0;
    const pending = [...this.dirty];
    this.dirty.clear();
    this.renderer.info.reset();
    for (const scene of pending) {
      // Off-screen scenes stay dirty and are drawn when they come back.
      if (!scene.visible) {
        this.dirty.add(scene);
        continue;
      }
      const { width, height } = scene.canvas;
      if (width === 0 || height === 0) continue;
      const moving = scene.tick(now);
      this.drawInto(scene, width, height);
      if (moving) this.dirty.add(scene);
    }
    if ([...this.dirty].some((s) => s.visible)) {
      this.frame = requestAnimationFrame(this.render);
    }
  };

  private drawInto(scene: Renderable, width: number, height: number): void {
    const gl = this.renderer;
    const shared = gl.domElement;
    if (shared.width < width || shared.height < height) {
      gl.setSize(Math.max(shared.width, width), Math.max(shared.height, height), false);
    }
    gl.setViewport(0, 0, width, height);
    gl.setScissor(0, 0, width, height);
    gl.setScissorTest(true);
    scene.draw(gl, width, height);
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
