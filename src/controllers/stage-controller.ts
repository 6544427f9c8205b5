import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareContext } from '../scene/context.js';
import { prefetchModel } from '../scene/prefetch.js';

type SceneModule = typeof import('../scene/index.js');
export type BodyScene = InstanceType<SceneModule['BodyScene']>;
type SharedRenderer = ReturnType<SceneModule['SharedRenderer']['get']>;
export type RenderStats = ReturnType<SharedRenderer['stats']>;

/** Disposal waits this long after removal, so moving an element in the page does not reload it. */
const DISPOSE_DELAY = 1000;
const MAX_PIXEL_RATIO = 2;
/** Start loading three.js and the model this far before the element scrolls into view. */
const LOAD_MARGIN_PX = 400;
const LOAD_MARGIN = `${LOAD_MARGIN_PX}px 0px`;

/** What the stage asks of its element. */
export interface StageDelegate {
  /** The element's parts the stage measures and draws into (null before the first render). */
  stageParts(): { canvas: HTMLCanvasElement; stage: HTMLElement; panel: HTMLElement; toolbar: HTMLElement } | null;
  /** The model to show, and the light preview to show before it ('' for none). */
  modelUrls(): { model: string; preview: string };
  /** Whether the bottom sheet is pulled up to read: the camera then keeps the low sheet's framing. */
  sheetPulledUp(): boolean;
  /** The scene exists and has a renderer: give it the view and the selection. */
  sceneReady(scene: BodyScene): void;
  /** A model is in the scene (the light preview first, then the full one); draws follow. */
  modelShown(scene: BodyScene, preview: boolean): void;
  /** The stage was measured again (the scene has its new size). */
  stageResized(scene: BodyScene): void;
  /** Something the visitor needs to know: no 3D view, or no model; or the context is back. */
  stageFailed(kind: 'model' | 'webgl', cause: unknown): void;
  stageRecovered(kind: 'webgl'): void;
}

let sceneModule: SceneModule | undefined;
let sceneImport: Promise<SceneModule> | undefined;

/** The page's shared renderer figures, for diagnostics; null before any 3D view exists. */
export function renderStats(): RenderStats | null {
  return sceneModule?.SharedRenderer.peek()?.stats() ?? null;
}

/**
 * The 3D view's life, after model-viewer: nothing until the element nears the viewport; then
 * three.js (a lazily loaded chunk), the WebGL context and the model, started together so that
 * they overlap; the light preview first, then the full model; resized with the stage and the
 * strips the interface covers; drawn only while on screen; freed a moment after removal
 * (moving the element in the page does not reload it).
 */
export class StageController implements ReactiveController {
  scene: BodyScene | null = null;
  /** Whether a model is on its way (the element shows it). */
  loading = false;
  private renderer: SharedRenderer | null = null;
  private starting = false;
  private loadedUrl = '';
  private disposeTimer = 0;
  /** The bottom strip the camera keeps clear: the low sheet's, also while the sheet is pulled up. */
  private sheetInset = 0;
  private resizeObserver?: ResizeObserver;
  private nearObserver?: IntersectionObserver;
  private visibleObserver?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly delegate: StageDelegate,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.disposeTimer);
    if (this.host.hasUpdated) this.observe();
    // Already near the viewport: the downloads need not wait for the first render.
    else if (this.isNear()) void this.startDownloads().catch(() => {});
  }

  hostDisconnected(): void {
    this.unobserve();
    clearTimeout(this.disposeTimer);
    this.disposeTimer = window.setTimeout(() => this.dispose(), DISPOSE_DELAY);
  }

  /** Called by the element after its first render, when its parts exist. */
  firstRendered(): void {
    this.observe();
  }

  /** The model URL changed: load the new one (after the current update). */
  reloadModel(): void {
    if (this.scene) queueMicrotask(() => void this.loadModel());
  }

  /** Measures the stage and what covers it, and sizes the 3D view. */
  resize(): void {
    const parts = this.delegate.stageParts();
    if (!this.scene || !parts) return;
    const { stage, dpr } = this.drawingSize(parts.stage);
    const panel = parts.panel.getBoundingClientRect();
    const toolbar = parts.toolbar.getBoundingClientRect();
    // The bottom sheet covers the lower part of the stage; frame the body above it.
    const covered = panel.height > 0 ? Math.max(0, Math.min(stage.bottom, panel.bottom) - Math.max(stage.top, panel.top)) : 0;
    const inset = panel.left < stage.right - 1 && panel.right > stage.left + 1 ? covered : 0;
    // Pulled up, the sheet is for reading: the body keeps its framing under it, so that pulling
    // it down again shows the same picture.
    if (!(this.delegate.sheetPulledUp() && inset > 0)) this.sheetInset = inset;
    this.scene.setSize(stage.width, stage.height, dpr, { top: Math.max(0, toolbar.bottom - stage.top), bottom: this.sheetInset });
    this.delegate.stageResized(this.scene);
  }

  private observe(): void {
    const parts = this.delegate.stageParts();
    if (!parts) return;
    this.resizeObserver ??= new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(parts.stage);
    this.resizeObserver.observe(parts.panel);
    if (!('IntersectionObserver' in window)) {
      if (this.scene) this.scene.visible = true;
      void this.start();
      return;
    }
    this.nearObserver ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void this.start(), {
      rootMargin: LOAD_MARGIN,
    });
    this.nearObserver.observe(this.host);
    // Near the viewport already: start now rather than after the first paint (just after this
    // update, as starting shows the loading state).
    if (this.isNear()) queueMicrotask(() => void this.start());
    this.visibleObserver ??= new IntersectionObserver((entries) => {
      const visible = entries[entries.length - 1].isIntersecting;
      if (!this.scene) return;
      this.scene.visible = visible;
      if (visible) this.renderer?.queue(this.scene);
    });
    this.visibleObserver.observe(parts.stage);
  }

  private unobserve(): void {
    this.resizeObserver?.disconnect();
    this.nearObserver?.disconnect();
    this.visibleObserver?.disconnect();
  }

  /**
   * Starts downloading three.js and the model (or its light preview, if it has one), unless
   * three.js is here already; then models load directly, through the model cache. The full
   * model follows the preview's first frame, so that it slows neither down.
   */
  private startDownloads(): Promise<SceneModule> {
    if (sceneModule) return Promise.resolve(sceneModule);
    const { model, preview } = this.delegate.modelUrls();
    void prefetchModel(preview || model);
    sceneImport ??= import('../scene/index.js').catch((e: unknown) => {
      sceneImport = undefined; // a later element tries again
      throw e;
    });
    return sceneImport;
  }

  /** Loads three.js and the model, once, when the element first nears the viewport. */
  private async start(): Promise<void> {
    const parts = this.delegate.stageParts();
    if (this.scene || this.starting || !this.host.isConnected || !parts) return;
    this.starting = true;
    this.setLoading(true);
    const downloads = this.startDownloads();
    if (!sceneModule?.SharedRenderer.peek()) {
      // The WebGL context is made meanwhile.
      const { width, height } = this.drawingSize(parts.stage);
      prepareContext(width, height);
    }
    try {
      try {
        sceneModule = await downloads;
      } catch (e) {
        this.setLoading(false);
        this.delegate.stageFailed('model', e);
        return;
      }
      if (!this.host.isConnected) return;
      // The renderer redraws after a restore; the page hears of the loss.
      const scene = new sceneModule.BodyScene(parts.canvas, (lost) =>
        lost ? this.delegate.stageFailed('webgl', 'the WebGL context was lost') : this.delegate.stageRecovered('webgl'),
      );
      scene.visible = this.isOnScreen();
      this.scene = scene;
      const model = this.loadModel(); // parsing starts before the context blocks the thread
      this.resize();
      try {
        this.renderer = sceneModule.SharedRenderer.get();
      } catch (e) {
        this.scene = null;
        scene.dispose();
        this.setLoading(false);
        this.delegate.stageFailed('webgl', e);
        return;
      }
      this.renderer.add(scene);
      void scene.warmUp(this.renderer.renderer).catch(() => {}); // the first frame compiles instead
      this.delegate.sceneReady(scene);
      await model;
    } finally {
      this.starting = false;
    }
  }

  private async loadModel(): Promise<void> {
    const scene = this.scene;
    if (!scene) return;
    const { model: url, preview: previewUrl } = this.delegate.modelUrls();
    if (url === this.loadedUrl) return;
    this.loadedUrl = url;
    this.setLoading(true);
    const stale = () => scene !== this.scene || this.loadedUrl !== url;
    const preview = scene.loaded ? '' : previewUrl;
    if (preview) {
      try {
        await scene.load(preview);
        if (stale()) return;
        this.shown(scene, true);
        // Let the preview be drawn before the full model is fetched and decoded.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (stale()) return;
      } catch {
        // No preview: the full model follows all the same.
      }
    }
    try {
      await scene.load(url);
      if (stale()) return;
      this.shown(scene, false);
    } catch (e) {
      if (stale()) return;
      this.setLoading(false);
      this.loadedUrl = '';
      this.delegate.stageFailed('model', e);
    }
  }

  private shown(scene: BodyScene, preview: boolean): void {
    this.setLoading(false);
    this.delegate.modelShown(scene, preview);
  }

  private dispose(): void {
    if (this.host.isConnected || !this.scene) return;
    this.renderer?.remove(this.scene);
    this.scene.dispose();
    this.scene = null;
    this.renderer = null;
    this.loadedUrl = '';
  }

  private setLoading(loading: boolean): void {
    if (loading === this.loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private isOnScreen(): boolean {
    const r = this.host.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  }

  /** Whether the element is laid out within LOAD_MARGIN_PX of the viewport (as nearObserver asks). */
  private isNear(): boolean {
    const r = this.host.getBoundingClientRect();
    // (Not hidden; the height may still be 0 before the first render.)
    return r.width > 0 && r.bottom > -LOAD_MARGIN_PX && r.top < innerHeight + LOAD_MARGIN_PX && r.right > 0 && r.left < innerWidth;
  }

  /** The stage's size in device pixels, as the 3D view will draw it. */
  private drawingSize(element: HTMLElement): { width: number; height: number; dpr: number; stage: DOMRect } {
    const stage = element.getBoundingClientRect();
    let dpr = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    const pixels = stage.width * stage.height * dpr * dpr;
    if (pixels > 3e6) dpr *= Math.sqrt(3e6 / pixels);
    return { width: Math.max(1, Math.round(stage.width * dpr)), height: Math.max(1, Math.round(stage.height * dpr)), dpr, stage };
  }
}
