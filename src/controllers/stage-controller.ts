/**
 * The element's 3D view from start to disposal (StageController). Just past 400 lines because
 * its start-up is one sequence, each step a task of its own, whose order matters for the host
 * page (see README, Performance): when to start (`loading`, `reveal`), the poster, the WebGL
 * context, the renderer, the preview and then the full model, the loading status; splitting the
 * sequence across files would hide that order.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPaintAndIdle, prepareContext, warmUpGpu, yieldToPage } from '../scene/context.js';
import { prefetchModel } from '../scene/prefetch.js';

type SceneModule = typeof import('../scene/index.js');
export type BodyScene = InstanceType<SceneModule['BodyScene']>;
type SharedRenderer = ReturnType<SceneModule['SharedRenderer']['get']>;
export type RenderStats = ReturnType<SharedRenderer['stats']>;

/** Disposal waits this long after removal, so moving an element in the page does not reload it. */
const DISPOSE_DELAY = 1000;
const MAX_PIXEL_RATIO = 2;
/** The loading status shows only once loading has taken this long. */
const STATUS_DELAY = 400;
/**
 * Start loading three.js and the model this far before the element scrolls into view. (The page
 * script, src/embed.ts, preloads them by the same rule, as NEAR_PX: it may import nothing.)
 */
const LOAD_MARGIN_PX = 400;
const LOAD_MARGIN = `${LOAD_MARGIN_PX}px 0px`;

/**
 * When the 3D view starts (the element's `loading` attribute, after model-viewer's): `auto`
 * near the viewport, once the page has painted and had an idle moment; `lazy` only when on
 * screen, likewise; `eager` at once, wherever the element is.
 */
export type StageLoading = 'auto' | 'lazy' | 'eager';
/** Whether the 3D view starts by itself (`auto`) or waits for the visitor to touch, click or focus the element (`interaction`). */
export type StageReveal = 'auto' | 'interaction';

/** What the stage asks of its element. */
export interface StageDelegate {
  /** When to start (default `auto` / `auto`). */
  startPolicy?(): { loading: StageLoading; reveal: StageReveal };
  /** A picture to show on the stage until the first frame ('' for none). */
  poster?(): string;
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
  /** Whether a model is on its way. */
  loading = false;
  /**
   * Whether to say so on the stage: once loading has taken `STATUS_DELAY` ms. A quicker load
   * shows no status that flashes and goes (and costs the page no frames for it).
   */
  statusShown = false;
  private statusTimer = 0;
  private renderer: SharedRenderer | null = null;
  private starting = false;
  private loadedUrl = '';
  private disposeTimer = 0;
  /** The bottom strip the camera keeps clear: the low sheet's, also while the sheet is pulled up. */
  private sheetInset = 0;
  private resizeObserver?: ResizeObserver;
  private nearObserver?: IntersectionObserver;
  private visibleObserver?: IntersectionObserver;
  /** Whether the visitor has touched, clicked or focused the element (for `reveal="interaction"`). */
  private revealed = false;
  private waitingForIdle = false;
  /** The poster, over the stage until the first frame is drawn (absolutely placed: no layout shift). */
  private posterImage: HTMLImageElement | null = null;
  private drawn = false;
  private readonly onInteraction = (): void => {
    this.revealed = true;
    this.stopListeningForInteraction();
    void this.start();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly delegate: StageDelegate,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.disposeTimer);
    if (this.host.hasUpdated) this.observe();
    // Eager: the downloads need not wait for the first render, but start in a task of their own
    // (a fetch and an import cost 10-25 ms at 4x CPU), still before the first update. (Nothing
    // here reads the layout: on a page still loading that would force it inside the host's task.)
    else if (this.policy().loading === 'eager' && this.policy().reveal === 'auto') void yieldToPage().then(() => this.startDownloads()).catch(() => {});
  }

  hostDisconnected(): void {
    this.unobserve();
    this.stopListeningForInteraction();
    clearTimeout(this.disposeTimer);
    this.disposeTimer = window.setTimeout(() => this.dispose(), DISPOSE_DELAY);
  }

  /** Called by the element after its first render, when its parts exist. */
  firstRendered(): void {
    this.showPoster();
    this.observe();
  }

  /** Shows the poster (if the element has one) until the first frame is drawn. */
  showPoster(): void {
    const url = this.delegate.poster?.() ?? '';
    const parts = this.delegate.stageParts();
    if (!url || !parts || this.drawn) {
      if (!url) this.hidePoster();
      return;
    }
    if (!this.posterImage) {
      const image = document.createElement('img');
      image.setAttribute('part', 'poster');
      image.alt = '';
      image.decoding = 'async';
      // (Through the CSSOM, which a strict CSP allows, as for the shared canvas.)
      Object.assign(image.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', objectFit: 'contain', pointerEvents: 'none', userSelect: 'none' });
      this.posterImage = image;
    }
    if (this.posterImage.getAttribute('src') !== url) this.posterImage.src = url;
    // After the element's own canvas (and so over it, and over the shared one placed after it).
    if (this.posterImage.previousElementSibling !== parts.canvas) parts.canvas.after(this.posterImage);
  }

  private hidePoster(): void {
    this.posterImage?.remove();
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
    const { loading } = this.policy();
    if (loading === 'eager') queueMicrotask(() => void this.requestStart());
    else {
      // The observer reports after the page's layout (no forced layout here); lazy elements
      // start only once on screen.
      this.nearObserver ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void this.requestStart(), {
        rootMargin: loading === 'lazy' ? '0px' : LOAD_MARGIN,
      });
      this.nearObserver.observe(this.host);
    }
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
    this.nearObserver = undefined; // (its margin follows `loading` when observed again)
    this.visibleObserver?.disconnect();
  }

  private policy(): { loading: StageLoading; reveal: StageReveal } {
    return this.delegate.startPolicy?.() ?? { loading: 'auto', reveal: 'auto' };
  }

  /** Whether start-up is held back for the visitor's first touch, click or focus. */
  get awaitingInteraction(): boolean {
    return !this.scene && !this.starting && !this.revealed && this.policy().reveal === 'interaction';
  }

  /**
   * The element is near the viewport (or eager): start, unless the visitor must act first;
   * unless eager, after the page's next paint and an idle moment, so that the host's page is
   * drawn and usable before three.js and the WebGL context take their turns.
   */
  private async requestStart(): Promise<void> {
    if (this.scene || this.starting) return;
    const { loading, reveal } = this.policy();
    if (reveal === 'interaction' && !this.revealed) {
      this.host.addEventListener('pointerdown', this.onInteraction);
      this.host.addEventListener('keydown', this.onInteraction);
      this.host.addEventListener('focusin', this.onInteraction);
      this.host.requestUpdate();
      return;
    }
    if (loading !== 'eager') {
      if (this.waitingForIdle) return;
      this.waitingForIdle = true;
      // The downloads go first: they cost the page nothing while it paints.
      void this.startDownloads().catch(() => {});
      await afterPaintAndIdle();
      this.waitingForIdle = false;
    }
    await this.start();
  }

  private stopListeningForInteraction(): void {
    this.host.removeEventListener('pointerdown', this.onInteraction);
    this.host.removeEventListener('keydown', this.onInteraction);
    this.host.removeEventListener('focusin', this.onInteraction);
  }

  /**
   * Starts downloading three.js and the model (or its light preview, if it has one), unless
   * three.js is here already; then models load directly, through the model cache. The full
   * model's download starts once three.js and the preview are in, so that it takes no bandwidth
   * from them; it is decoded after the preview's first frame (`loadModel`).
   */
  private startDownloads(): Promise<SceneModule> {
    if (sceneModule) return Promise.resolve(sceneModule);
    const { model, preview } = this.delegate.modelUrls();
    const first = prefetchModel(preview || model);
    void yieldToPage().then(warmUpGpu); // the GPU's set-up, off the main thread, while the downloads run (in a task of its own)
    sceneImport ??= import('../scene/index.js').catch((e: unknown) => {
      sceneImport = undefined; // a later element tries again
      throw e;
    });
    if (preview) void Promise.allSettled([first, sceneImport]).then(() => void prefetchModel(model)); // (a failure is reported when taken)
    return sceneImport;
  }

  /** Loads three.js and the model, once, when the element first nears the viewport. */
  private async start(): Promise<void> {
    const parts = this.delegate.stageParts();
    if (this.scene || this.starting || !this.host.isConnected || !parts) return;
    this.starting = true;
    this.stopListeningForInteraction();
    this.setLoading(true);
    const downloads = this.startDownloads();
    // Each step of start-up is its own task, the page's own work running between them
    // (yieldToPage): the WebGL context, three.js's evaluation, the scene, the renderer, the
    // shader compiles, each piece of model decoding, the first frame.
    try {
      await yieldToPage();
      if (!sceneModule?.SharedRenderer.peek() && this.host.isConnected) {
        // The WebGL context is made while three.js downloads, once the worker has set the GPU up.
        await warmUpGpu();
        await yieldToPage();
        const { width, height } = this.drawingSize(parts.stage);
        prepareContext(width, height);
      }
      try {
        sceneModule = await downloads;
      } catch (e) {
        this.setLoading(false);
        this.delegate.stageFailed('model', e);
        return;
      }
      await yieldToPage();
      if (!this.host.isConnected) return;
      // The renderer redraws after a restore; the page hears of the loss.
      const scene = new sceneModule.BodyScene(parts.canvas, (lost) =>
        lost ? this.delegate.stageFailed('webgl', 'the WebGL context was lost') : this.delegate.stageRecovered('webgl'),
      );
      scene.visible = this.isOnScreen();
      this.scene = scene;
      const model = this.loadModel(); // decoding starts before the renderer blocks the thread
      this.resize();
      await yieldToPage();
      if (this.scene !== scene) return; // disposed meanwhile
      try {
        this.renderer = sceneModule.SharedRenderer.get();
      } catch (e) {
        this.scene = null;
        scene.dispose();
        this.setLoading(false);
        this.delegate.stageFailed('webgl', e);
        return;
      }
      await yieldToPage();
      if (this.scene !== scene) return;
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
        await yieldToPage(); // the element's own updates for the new model, in a task of their own
        if (stale()) return;
        this.shown(scene, true);
        // Let the preview be drawn before the full model is decoded.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (stale()) return;
      } catch {
        // No preview: the full model follows all the same.
      }
    }
    try {
      await scene.load(url);
      await yieldToPage();
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
    // The poster goes when the model's first frame is on the screen (before the element hears of it).
    scene.whenDrawn(() => {
      this.drawn = true;
      this.hidePoster();
    });
    this.delegate.modelShown(scene, preview);
    scene.queueFrame(); // the model's first frame, with the element's updates for it
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
    clearTimeout(this.statusTimer);
    this.statusShown = false;
    if (loading) {
      this.statusTimer = window.setTimeout(() => {
        this.statusShown = this.loading;
        this.host.requestUpdate();
      }, STATUS_DELAY);
    }
    this.host.requestUpdate();
  }

  private isOnScreen(): boolean {
    const r = this.host.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
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
