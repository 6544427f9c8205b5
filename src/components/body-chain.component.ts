import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_CONTENT } from '../content/index.js';
import type { ContentPack, LocaleContent } from '../model/content-types.js';
import { format, mergeContent, parsePack, resolveLang, validatePack } from '../model/content.js';
import { CHAIN_IDS, CHAINS, chainsOf, isRegionId, neighbours, parseChains, REGION_IDS, type ChainId, type RegionId } from '../model/graph.js';
import { propagate, type PropagationStep } from '../model/propagation.js';
import { prepareContext } from '../scene/context.js';
import { prefetchModel } from '../scene/prefetch.js';
import { isViewId, viewShowing, VIEWS, type ViewId } from '../scene/views.js';
import { styles } from './body-chain.styles.js';
import { cautionStyles, cautionTemplate } from './templates/caution.js';

type SceneModule = typeof import('../scene/index.js');
type BodyScene = InstanceType<SceneModule['BodyScene']>;
type SharedRenderer = ReturnType<SceneModule['SharedRenderer']['get']>;

export type BodyChainErrorKind = 'content' | 'model' | 'webgl' | 'region';

export interface RegionSelectDetail {
  region: RegionId | null;
  propagation: { region: RegionId; intensity: number; delay: number }[];
}

export interface BodyChainErrorDetail {
  kind: BodyChainErrorKind;
  message: string;
}

/** A pointer is a tap until it moves this far (CSS px). */
const TAP_DISTANCE = 8;
/** …or is held this long (ms). */
const TAP_TIME = 650;
/** Disposal waits this long after removal, so moving an element in the page does not reload it. */
const DISPOSE_DELAY = 1000;
const MAX_PIXEL_RATIO = 2;
/** Around a point returned by regionPoint(), this much must show the canvas (CSS px). */
const FINGER = 16;
const FINGER_OFFSETS = [[0, 0], [FINGER, 0], [-FINGER, 0], [0, FINGER], [0, -FINGER]] as const;
/** From this width (CSS px) the explanation is a side panel, not a bottom sheet (as in the styles). */
const WIDE_LAYOUT = 720;
/** A drag on the sheet's header this far (CSS px) pulls it up or down. */
const SHEET_DRAG = 24;
/** Start loading three.js and the model this far before the element scrolls into view. */
const LOAD_MARGIN_PX = 400;
const LOAD_MARGIN = `${LOAD_MARGIN_PX}px 0px`;

/** Errors the visitor is told about on the stage; the others reach only the console and the event. */
const VISITOR_ERRORS: ReadonlySet<BodyChainErrorKind> = new Set(['model', 'webgl']);

const VIEW_LABEL = { back: 'viewBack', side: 'viewSide', front: 'viewFront', deep: 'viewDeep' } as const;

/**
 * `<body-chain>`: an interactive 3D body that shows how tension travels along the
 * Superficial Back Line (sole → calf → hamstrings → pelvis → erector spinae → skull) and
 * between the psoas major and the kidney. Tap a region, or use the lists of stations, to see
 * where its tension spreads and read how it connects.
 *
 * The element is light until it nears the viewport; then three.js and the body model load.
 *
 * @summary Interactive 3D back line and psoas–kidney body for clinic websites.
 *
 * @attr lang - `ja` or `en` (or a language added by a content pack). Defaults to the nearest
 *   ancestor's `lang`, then `ja`.
 * @attr view - `back` (default) | `side` | `front` | `deep`. Changing it moves the camera smoothly.
 * @attr selected - A region id (`sole`, `calf`, `hamstrings`, `pelvis`, `erector-spinae`, `skull`,
 *   `psoas`, `kidney`) or empty. Reflected.
 * @attr src - URL of a JSON content pack merged over the default content
 *   (schema: `body-chain-content.schema.json` beside the build).
 * @attr chains - The chains on offer: space-separated chain ids (`back-line`, `psoas-kidney`); empty
 *   (default) for every chain. Only their stations are listed and can be selected, and a selection
 *   propagates only along their links. An unknown id gives an `error` event (kind `region`).
 * @attr model-src - URL of the body model; defaults to `body.glb` beside `body-chain.js`. The
 *   default model is preceded by a light preview (`body-preview.glb`, about a sixth of the bytes),
 *   so the body appears, and can be tapped, before the full one has downloaded.
 *
 * @event region-select - The selection changed (by a tap, a list button, a link, or the `selected`
 *   property), or `chains` changed what it reaches. `detail: { region, propagation: [{ region,
 *   intensity, delay }] }`; `region` is null when cleared. Bubbles, composed.
 * @event load - A model is loaded and its first frame is drawn. `detail: { preview }`: with the
 *   default model it fires first for the light preview (`preview: true`), then again when the
 *   full body has replaced it (`preview: false`). Bubbles, composed.
 * @event error - Something could not be used. `detail: { kind: 'content' | 'model' | 'webgl' |
 *   'region', message }` (`region`: an unknown region, view or chain id, or a region on none of the
 *   chains on offer; `webgl`: no WebGL, or the context was lost, its message going when the context
 *   is back). Everything else keeps working. `model` and `webgl` also show the visitor a message
 *   on the stage; `content` and `region` (the site's own mistakes) go only to this event and the
 *   console, with a message for the webmaster. Bubbles, composed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart stage - The 3D view.
 * @csspart toolbar - The view buttons over the 3D view.
 * @csspart view-button - Each view button.
 * @csspart chains - The lists of stations of each chain.
 * @csspart chain-list - One chain's ordered list.
 * @csspart station - A station button in a chain list.
 * @csspart panel - The explanation panel (bottom sheet on narrow screens, side panel on wide ones).
 * @csspart sheet-handle - The bottom sheet's handle on narrow screens: pulls it up to read, down to see the body.
 * @csspart caution - The "see a doctor" box in the panel.
 * @csspart message - A message to the visitor (no 3D view, or no model), at the foot of the stage.
 *
 * @cssproperty --body-chain-highlight - Colour of the travelling tension. Default `#ffb020`.
 * @cssproperty --body-chain-accent - Accent colour for buttons and focus rings. Default `#b4432f`.
 * @cssproperty --body-chain-background - Background of the 3D view (any CSS background).
 * @cssproperty --body-chain-panel-background - Panel and button background. Default `#fff`.
 * @cssproperty --body-chain-panel-color - Text colour. Default `#2b2622`.
 * @cssproperty --body-chain-muted-color - Secondary text colour.
 * @cssproperty --body-chain-border-color - Border colour.
 * @cssproperty --body-chain-radius - Corner radius. Default `14px`.
 * @cssproperty --body-chain-stage-height - Height of the 3D view. Default `clamp(360px, 72svh, 760px)`.
 *
 * Fonts are inherited from the page.
 */
export class BodyChain extends LitElement {
  static override styles = [styles, cautionStyles];

  /** Where the body model is when `model-src` is not set; the entry module sets it from its own URL. */
  static defaultModelUrl = 'body.glb';
  /** The light model shown first while the default one downloads; empty for none. */
  static defaultPreviewUrl = '';

  /** Renderer figures for diagnostics and benchmarks; null before any 3D view exists. */
  static renderStats(): ReturnType<SharedRenderer['stats']> | null {
    return sceneModule?.SharedRenderer.peek()?.stats() ?? null;
  }

  /** Language: `ja` | `en`; otherwise the nearest ancestor's `lang`; default `ja`. */
  @property() override lang = '';

  /** The camera preset: `back` | `side` | `front` | `deep`. */
  @property() view: ViewId = 'back';

  /** The selected region id, or empty for none. */
  @property({ reflect: true }) selected = '';

  /** URL of a JSON content pack merged over the defaults. */
  @property() src = '';

  /** A content pack as an object, merged over the defaults (after `src`). */
  @property({ attribute: false }) content: ContentPack | null = null;

  /** URL of the body model (`model-src`). */
  @property({ attribute: 'model-src' }) modelSrc = '';

  /** The chains on offer: space-separated chain ids; empty for every chain. */
  @property() chains = '';

  @state() private texts: Record<string, LocaleContent> = DEFAULT_CONTENT;
  @state() private messages: BodyChainErrorDetail[] = [];
  @state() private loading = false;
  @state() private announcement = '';
  @state() private propagation: PropagationStep[] = [];
  @state() private inheritedLang = '';
  /** Phones: the explanation sheet sits low (the chain stays in sight) or is pulled up to read. */
  @state() private sheet: 'peek' | 'full' = 'peek';
  /** The on-stage invitation to touch shows until the first interaction. */
  @state() private interacted = false;

  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('.stage') private stage!: HTMLElement;
  @query('.panel') private panel!: HTMLElement;
  @query('.toolbar') private toolbar!: HTMLElement;

  private scene: BodyScene | null = null;
  private renderer: SharedRenderer | null = null;
  private starting = false;
  private srcPack: ContentPack = {};
  private objectPack: ContentPack = {};
  private srcRequest = 0;
  private disposeTimer = 0;
  private loadedUrl = '';
  private resizeObserver?: ResizeObserver;
  private nearObserver?: IntersectionObserver;
  private visibleObserver?: IntersectionObserver;
  private readonly pointers = new Map<number, { x: number; y: number; startX: number; startY: number; t: number }>();
  private gesture: 'none' | 'tap' | 'drag' | 'pinch' = 'none';
  private pinchDistance = 0;
  /** The bottom strip the camera keeps clear: the low sheet's, also while the sheet is pulled up. */
  private sheetInset = 0;
  private sheetDrag: { y: number; moved: boolean } | null = null;

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.disposeTimer);
    this.inheritedLang = this.closest('[lang]:not(body-chain)')?.getAttribute('lang') ?? document.documentElement.lang;
    if (this.hasUpdated) this.observe();
    // Already near the viewport: the downloads need not wait for the first render.
    else if (this.isNear()) void this.startDownloads().catch(() => {});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unobserve();
    clearTimeout(this.disposeTimer);
    this.disposeTimer = window.setTimeout(() => this.dispose3D(), DISPOSE_DELAY);
  }

  protected override firstUpdated(): void {
    this.observe();
  }

  private observe(): void {
    this.resizeObserver ??= new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(this.stage);
    this.resizeObserver.observe(this.panel);
    if (!('IntersectionObserver' in window)) {
      if (this.scene) this.scene.visible = true;
      void this.start3D();
      return;
    }
    this.nearObserver ??= new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && void this.start3D(),
      { rootMargin: LOAD_MARGIN },
    );
    this.nearObserver.observe(this);
    // Near the viewport already: start now rather than after the first paint (just after this
    // update, as starting shows the loading state).
    if (this.isNear()) queueMicrotask(() => void this.start3D());
    this.visibleObserver ??= new IntersectionObserver((entries) => {
      const visible = entries[entries.length - 1].isIntersecting;
      if (!this.scene) return;
      this.scene.visible = visible;
      if (visible) this.renderer?.queue(this.scene);
    });
    this.visibleObserver.observe(this.stage);
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
    void prefetchModel(this.previewUrl || this.modelUrl);
    sceneImport ??= import('../scene/index.js').catch((e: unknown) => {
      sceneImport = undefined; // a later element tries again
      throw e;
    });
    return sceneImport;
  }

  /** Loads three.js and the model, once, when the element first nears the viewport. */
  private async start3D(): Promise<void> {
    if (this.scene || this.starting || !this.isConnected) return;
    this.starting = true;
    this.loading = true;
    const downloads = this.startDownloads();
    if (!sceneModule?.SharedRenderer.peek()) {
      // The WebGL context is made meanwhile.
      const { width, height } = this.drawingSize();
      prepareContext(width, height);
    }
    try {
      try {
        sceneModule = await downloads;
      } catch (e) {
        this.loading = false;
        this.fail('model', this.ui.errorModel, e);
        return;
      }
      if (!this.isConnected) return;
      const scene = new sceneModule.BodyScene(
        this.canvas,
        (s) => this.renderer?.queue(s),
        // The renderer redraws after a restore; the page hears of the loss.
        (lost) => (lost ? this.fail('webgl', this.ui.errorWebgl, 'the WebGL context was lost') : this.dismiss('webgl')),
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
        this.loading = false;
        this.fail('webgl', this.ui.errorWebgl, e);
        return;
      }
      this.renderer.add(scene);
      void scene.warmUp(this.renderer.renderer).catch(() => {}); // the first frame compiles instead
      scene.setView(this.view, false);
      this.applyHighlight(false);
      await model;
    } finally {
      this.starting = false;
    }
  }

  private async loadModel(): Promise<void> {
    const scene = this.scene;
    if (!scene) return;
    const url = this.modelUrl;
    if (url === this.loadedUrl) return;
    this.loadedUrl = url;
    this.loading = true;
    const stale = () => scene !== this.scene || this.loadedUrl !== url;
    const preview = scene.loaded ? '' : this.previewUrl;
    if (preview) {
      try {
        await scene.load(preview);
        if (stale()) return;
        this.modelShown(scene, true);
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
      this.modelShown(scene, false);
    } catch (e) {
      if (stale()) return;
      this.loading = false;
      this.loadedUrl = '';
      this.fail('model', this.ui.errorModel, e);
    }
  }

  /** A model is in the scene: the element is usable; `load` follows its first frame. */
  private modelShown(scene: BodyScene, preview: boolean): void {
    this.loading = false;
    scene.onFirstFrame = () => this.emit('load', { preview });
    // A selection made before the model arrived may need another view.
    if (isRegionId(this.selected)) this.view = viewShowing(this.selected, this.view);
  }

  private dispose3D(): void {
    if (this.isConnected || !this.scene) return;
    this.renderer?.remove(this.scene);
    this.scene.dispose();
    this.scene = null;
    this.renderer = null;
    this.loadedUrl = '';
  }

  private isOnScreen(): boolean {
    const r = this.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  }

  /** Whether the element is laid out within LOAD_MARGIN_PX of the viewport (as nearObserver asks). */
  private isNear(): boolean {
    const r = this.getBoundingClientRect();
    // (Not hidden; the height may still be 0 before the first render.)
    return r.width > 0 && r.bottom > -LOAD_MARGIN_PX && r.top < innerHeight + LOAD_MARGIN_PX && r.right > 0 && r.left < innerWidth;
  }

  /** The stage's size in device pixels, as the 3D view will draw it. */
  private drawingSize(): { width: number; height: number; dpr: number; stage: DOMRect } {
    const stage = this.stage.getBoundingClientRect();
    let dpr = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    const pixels = stage.width * stage.height * dpr * dpr;
    if (pixels > 3e6) dpr *= Math.sqrt(3e6 / pixels);
    return { width: Math.max(1, Math.round(stage.width * dpr)), height: Math.max(1, Math.round(stage.height * dpr)), dpr, stage };
  }

  private resize(): void {
    if (!this.scene || !this.stage) return;
    const { stage, dpr } = this.drawingSize();
    const panel = this.panel.getBoundingClientRect();
    const toolbar = this.toolbar.getBoundingClientRect();
    // The bottom sheet covers the lower part of the stage; frame the body above it.
    const covered = panel.height > 0 ? Math.max(0, Math.min(stage.bottom, panel.bottom) - Math.max(stage.top, panel.top)) : 0;
    const inset = panel.left < stage.right - 1 && panel.right > stage.left + 1 ? covered : 0;
    // Pulled up, the sheet is for reading: the body keeps its framing under it, so that pulling
    // it down again shows the same picture.
    if (!(this.sheet === 'full' && inset > 0)) this.sheetInset = inset;
    this.scene.setSize(stage.width, stage.height, dpr, { top: Math.max(0, toolbar.bottom - stage.top), bottom: this.sheetInset });
    this.placeInvite();
  }

  // ---------------------------------------------------------------- properties

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !isViewId(this.view)) {
      const previous = changed.get('view');
      this.fail('region', `Unknown view "${String(this.view)}"; expected one of ${VIEWS.join(', ')}.`);
      this.view = isViewId(previous) ? previous : 'back';
    }
    // Set to a pack, or cleared after one (null at start is nothing to do).
    if (changed.has('content') && (this.content || changed.get('content'))) this.applyContentObject();
    // (Read before chainsChanged, which may clear the selection and handles that itself.)
    const selecting = changed.has('selected');
    if (changed.has('chains')) this.chainsChanged(selecting);
    if (selecting) this.selectionChanged(changed.get('selected') as string | undefined);
  }

  /** The chains on offer, from `chains` (unknown ids left out; none known: every chain). */
  private get offered(): ChainId[] {
    return parseChains(this.chains).chains;
  }

  /** Reports unknown chain ids; re-propagates the selection, or clears it if no chain on offer has it. */
  private chainsChanged(selectionChanging: boolean): void {
    const { unknown } = parseChains(this.chains);
    if (unknown.length) this.fail('region', `Unknown chain id "${unknown.join('", "')}"; expected ${CHAIN_IDS.join(', ')}.`);
    if (selectionChanging || !this.selected) return;
    const was = this.selected;
    if (isRegionId(was) && !chainsOf(was, this.offered).length) this.selected = '';
    this.selectionChanged(was);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('src') && (this.src || changed.get('src'))) void this.loadSrc();
    if (changed.has('view')) this.scene?.setView(this.view, !this.reducedMotion);
    // (After this update: loading shows the loading state.)
    if (changed.has('modelSrc') && this.scene) queueMicrotask(() => void this.loadModel());
    if (changed.has('propagation')) this.paintLevels();
    if (changed.has('selected') || changed.has('texts')) this.resize();
    else if (changed.has('loading') || changed.has('interacted')) this.placeInvite();
  }

  private selectionChanged(previous: string | undefined): void {
    const id = this.selected ?? '';
    if (id !== '' && !isRegionId(id)) {
      this.fail('region', `Unknown region id "${id}"; expected one of ${REGION_IDS.join(', ')}. The selection is unchanged.`);
      this.selected = previous && isRegionId(previous) ? previous : '';
      return;
    }
    if (isRegionId(id) && !chainsOf(id, this.offered).length) {
      this.fail('region', `Region "${id}" is on none of the chains on offer (${this.offered.join(', ')}). The selection is unchanged.`);
      this.selected = previous && isRegionId(previous) && chainsOf(previous, this.offered).length ? previous : '';
      return;
    }
    if (previous === undefined && id === '') return; // first render, nothing selected
    this.sheet = 'peek';
    if (id) this.interacted = true;
    this.propagation = isRegionId(id) ? propagate(id, this.offered) : [];
    if (isRegionId(id) && this.scene?.loaded) {
      const view = viewShowing(id, this.view);
      if (view !== this.view) this.view = view;
    }
    this.applyHighlight(!this.reducedMotion);
    const ui = this.ui;
    this.announcement = isRegionId(id)
      ? format(ui.announceSelect, {
          region: this.locale.regions[id].title,
          list: this.propagation
            .slice(1)
            .map((s) => this.locale.regions[s.region].title)
            .join(this.resolvedLang === 'ja' ? '、' : ', '),
        })
      : ui.announceClear;
    this.emit('region-select', {
      region: isRegionId(id) ? id : null,
      propagation: this.propagation.map(({ region, intensity, delay }) => ({ region, intensity, delay })),
    });
  }

  private applyHighlight(animate: boolean): void {
    if (!this.scene) return;
    const colour = getComputedStyle(this).getPropertyValue('--body-chain-highlight').trim();
    if (colour) this.scene.setHighlightColor(colour);
    this.scene.setSelection(isRegionId(this.selected) ? this.selected : null, this.propagation, animate);
  }

  /** Shows each station's share of the tension as a bar (CSSOM, so a strict CSP allows it). */
  private paintLevels(): void {
    const levels = new Map(this.propagation.map((s) => [s.region, s.intensity]));
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.station')) {
      const level = levels.get(button.dataset.region as RegionId) ?? 0;
      button.style.setProperty('--level', String(level));
      button.classList.toggle('lit', level > 0);
    }
  }

  private get reducedMotion(): boolean {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  private get modelUrl(): string {
    return this.modelSrc || (this.constructor as typeof BodyChain).defaultModelUrl;
  }

  /** The preview to show before the model, if any: only the default model has one. */
  private get previewUrl(): string {
    return this.modelSrc ? '' : (this.constructor as typeof BodyChain).defaultPreviewUrl;
  }

  // ---------------------------------------------------------------- content

  private get resolvedLang(): string {
    return resolveLang(this.lang || this.inheritedLang, Object.keys(this.texts));
  }

  private get locale(): LocaleContent {
    return this.texts[this.resolvedLang] ?? DEFAULT_CONTENT.ja;
  }

  private get ui(): LocaleContent['ui'] {
    return this.locale.ui;
  }

  private async loadSrc(): Promise<void> {
    const request = ++this.srcRequest;
    if (!this.src) {
      this.srcPack = {};
      this.rebuildTexts();
      return;
    }
    let text: string;
    try {
      const response = await fetch(this.src);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${this.src}`);
      text = await response.text();
    } catch (e) {
      if (request === this.srcRequest) this.fail('content', `The content pack ${shortUrl(this.src)} could not be loaded; the default texts are shown.`, e);
      return;
    }
    if (request !== this.srcRequest) return;
    const { pack, errors } = parsePack(text);
    this.srcPack = pack;
    this.rebuildTexts();
    if (errors.length) this.fail('content', packProblem(`The content pack ${shortUrl(this.src)}`, pack, errors));
  }

  private applyContentObject(): void {
    const { pack, errors } = this.content ? validatePack(this.content) : { pack: {}, errors: [] };
    this.objectPack = pack;
    this.rebuildTexts();
    if (errors.length) this.fail('content', packProblem('The `content` pack', pack, errors));
  }

  /** Defaults, then the `src` pack, then the `content` pack, each already validated. */
  private rebuildTexts(): void {
    this.texts = mergeContent(mergeContent(DEFAULT_CONTENT, this.srcPack), this.objectPack);
  }

  // ---------------------------------------------------------------- errors and events

  private emit<K extends keyof BodyChainEventDetail>(type: K, detail: BodyChainEventDetail[K]): void {
    dispatch(this, type, detail);
  }

  /**
   * Reports a problem: an `error` event and a console note; nothing else stops. What the visitor
   * needs to know (no 3D view, no model) is shown as a message too; a site's own mistakes (a
   * content pack, an unknown id) are the webmaster's, so the visitor sees the defaults, not an alarm.
   */
  private fail(kind: BodyChainErrorKind, text: string, cause?: unknown): void {
    const detailText = cause instanceof Error ? cause.message : cause ? String(cause) : '';
    const message = detailText ? `${text} (${detailText})` : text;
    if (VISITOR_ERRORS.has(kind)) this.messages = [...this.messages.filter((m) => m.kind !== kind), { kind, message: text }];
    this.emit('error', { kind, message });
    console.warn(`<body-chain> ${kind}: ${message}`);
  }

  private dismiss(kind: BodyChainErrorKind): void {
    this.messages = this.messages.filter((m) => m.kind !== kind);
  }

  // ---------------------------------------------------------------- public methods

  /**
   * Where a region is drawn and visible right now, in viewport (client) coordinates,
   * or null (not loaded, off screen, hidden in this view, or unknown id).
   */
  regionPoint(id: string): { x: number; y: number } | null {
    if (!isRegionId(id) || !this.scene?.loaded) return null;
    const rect = this.canvas.getBoundingClientRect();
    const root = this.renderRoot as ShadowRoot;
    // Visible means on screen and clear of the toolbar, messages and the bottom sheet by a
    // fingertip's margin, so that a tap there reaches the body, not a nearby button.
    const clear = (x: number, y: number) =>
      x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && root.elementFromPoint(x, y) === this.canvas;
    const uncovered = (p: { x: number; y: number }) => {
      const x = rect.left + p.x;
      const y = rect.top + p.y;
      return FINGER_OFFSETS.every(([dx, dy]) => clear(x + dx, y + dy));
    };
    const point = this.scene.regionPoint(id, uncovered);
    return point ? { x: rect.left + point.x, y: rect.top + point.y } : null;
  }

  /** Returns the camera to the current view's preset. */
  resetView(): void {
    this.scene?.resetView(!this.reducedMotion);
  }

  // ---------------------------------------------------------------- invitation and sheet

  private renderInvite() {
    if (this.interacted || !this.scene?.loaded || this.selected) return nothing;
    const ui = this.ui;
    // Visual only: the hint under the stage says the same to screen readers.
    return html`<div class="invite" aria-hidden="true">
      <span class="ring"></span>
      <p><span class="for-touch">${ui.inviteTouch}</span><span class="for-pointer">${ui.invitePointer}</span></p>
    </div>`;
  }

  /** Puts the invitation's ring on the calf, where the story starts (CSSOM: a strict CSP allows it). */
  private placeInvite(): void {
    const invite = this.renderRoot.querySelector<HTMLElement>('.invite');
    if (!invite || !this.scene) return;
    const point = this.scene.regionPoint('calf');
    invite.classList.toggle('placed', point !== null);
    if (point) {
      invite.style.setProperty('--x', `${point.x}px`);
      invite.style.setProperty('--y', `${point.y}px`);
    }
  }

  private onFirstInteraction(): void {
    this.interacted = true;
  }

  private onStationClick(e: MouseEvent, region: RegionId): void {
    this.selected = this.selected === region ? '' : region;
    // On a phone the list sits under the stage: bring the stage back into sight to show the
    // wave (a pointer's click only; keyboard users keep their place).
    if (this.selected && e.detail > 0 && this.getBoundingClientRect().width < WIDE_LAYOUT) {
      const r = this.stage.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) this.stage.scrollIntoView({ block: 'nearest', behavior: this.reducedMotion ? 'auto' : 'smooth' });
    }
  }

  /** A tap on the sheet's header (or Enter on its handle) pulls it up or lets it down. */
  private onSheetClick(e: MouseEvent): void {
    const press = this.sheetDrag;
    this.sheetDrag = null;
    if ((e.target as Element).closest('.close')) return;
    // A pointer's click counts only when it was pressed here and did not drag: the tap on the
    // body that opened the sheet can end in a click on the sheet that appeared under the finger.
    if (e.detail > 0 && (!press || press.moved)) return;
    this.sheet = this.sheet === 'full' ? 'peek' : 'full';
  }

  private onSheetPointerDown(e: PointerEvent): void {
    this.sheetDrag = { y: e.clientY, moved: false };
  }

  /** A drag on the header moves the sheet to the detent it points to. */
  private onSheetPointerMove(e: PointerEvent): void {
    const drag = this.sheetDrag;
    if (!drag) return;
    const dy = e.clientY - drag.y;
    if (Math.abs(dy) < SHEET_DRAG) return;
    drag.moved = true;
    this.sheet = dy < 0 ? 'full' : 'peek';
  }

  // ---------------------------------------------------------------- pointer input

  private onPointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, startX: e.clientX, startY: e.clientY, t: e.timeStamp });
    (e.target as Element).setPointerCapture?.(e.pointerId);
    if (this.pointers.size === 1) this.gesture = 'tap';
    else if (this.pointers.size === 2) {
      this.gesture = 'pinch';
      this.pinchDistance = this.pointerSpread();
    }
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    p.x = e.clientX;
    p.y = e.clientY;
    if (this.gesture === 'pinch') {
      const spread = this.pointerSpread();
      if (this.pinchDistance > 0 && spread > 0) this.scene?.zoom(spread / this.pinchDistance);
      this.pinchDistance = spread;
      return;
    }
    if (this.gesture === 'tap' && Math.hypot(e.clientX - p.startX, e.clientY - p.startY) > TAP_DISTANCE) {
      this.gesture = 'drag';
      this.canvas.classList.add('dragging');
    }
    if (this.gesture === 'drag') {
      // Touch: only sideways turns the body (vertical swipes scroll the page: touch-action pan-y).
      this.scene?.drag(dx, e.pointerType === 'touch' ? 0 : dy);
    }
  }

  private onPointerUp(e: PointerEvent): void {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    this.pointers.delete(e.pointerId);
    const wasTap = this.gesture === 'tap' && e.timeStamp - p.t < TAP_TIME;
    if (this.pointers.size === 0) {
      this.gesture = 'none';
      this.canvas.classList.remove('dragging');
    } else if (this.gesture === 'pinch') {
      this.gesture = 'drag'; // one finger left: carry on turning, never a tap
    }
    if (!wasTap || !this.scene) return;
    const rect = this.canvas.getBoundingClientRect();
    const region = this.scene.pick(e.clientX - rect.left, e.clientY - rect.top, e.pointerType === 'mouse' ? 4 : 14);
    if (region && chainsOf(region, this.offered).length) this.selected = region;
  }

  private onPointerCancel(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 0) {
      this.gesture = 'none';
      this.canvas.classList.remove('dragging');
    }
  }

  /** Trackpad pinch (ctrl + wheel) zooms; a plain wheel scrolls the page as usual. */
  private onWheel(e: WheelEvent): void {
    if (!e.ctrlKey || !this.scene) return;
    e.preventDefault();
    this.scene.zoom(Math.exp(-e.deltaY * 0.01));
  }

  private pointerSpread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.selected) {
      e.stopPropagation();
      this.close();
    }
  }

  private close(): void {
    const was = this.selected;
    this.selected = '';
    // Give focus back to where the reader came from.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`.station[data-region="${was}"]`)?.focus(),
    );
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const ui = this.ui;
    const lang = this.resolvedLang;
    return html`
      <div class="frame" part="base" lang=${lang} @keydown=${this.onKeyDown}>
        <div class="stage" part="stage" @pointerdown=${this.onFirstInteraction}>
          <canvas
            role="img"
            aria-label=${ui.canvasAlt}
            @pointerdown=${this.onPointerDown}
            @pointermove=${this.onPointerMove}
            @pointerup=${this.onPointerUp}
            @pointercancel=${this.onPointerCancel}
            @wheel=${this.onWheel}
            @contextmenu=${(e: Event) => e.preventDefault()}
          ></canvas>
          ${this.renderInvite()}
          <div class="toolbar" part="toolbar">
            <div class="views" role="group" aria-label=${ui.viewsLabel}>
              ${VIEWS.map(
                (v) => html`<button
                  type="button"
                  part="view-button"
                  aria-pressed=${this.view === v ? 'true' : 'false'}
                  @click=${() => (this.view = v)}
                >
                  ${ui[VIEW_LABEL[v]]}
                </button>`,
              )}
            </div>
            <button
              type="button"
              class="reset"
              part="view-button"
              aria-label=${ui.resetView}
              title=${ui.resetView}
              @click=${() => this.resetView()}
            >
              ↺
            </button>
          </div>
          ${this.loading
            ? html`<div class="status" role="status"><div><div class="spinner"></div>${ui.loading}</div></div>`
            : nothing}
          <div class="messages" aria-live="polite">
            ${this.messages.map(
              (m) => html`<p class="message" part="message" data-kind=${m.kind}>
                <span>${m.message}</span>
                <button type="button" aria-label=${ui.dismiss} @click=${() => this.dismiss(m.kind)}>×</button>
              </p>`,
            )}
          </div>
        </div>
        ${this.renderPanel()}
        <nav class="chains" part="chains" aria-label=${ui.chainsLabel}>
          <p class="hint"><span class="for-touch">${ui.hintTouch}</span><span class="for-pointer">${ui.hint}</span></p>
          ${CHAINS.filter((c) => this.offered.includes(c.id)).map(
            (chain) => html`<section class="chain">
              <h2 id="chain-${chain.id}">${this.locale.chains[chain.id].title}</h2>
              <ol part="chain-list" aria-labelledby="chain-${chain.id}">
                ${chain.stations.map(
                  (r) => html`<li>
                    <button
                      type="button"
                      class="station"
                      part="station"
                      data-region=${r}
                      aria-pressed=${this.selected === r ? 'true' : 'false'}
                      @click=${(e: MouseEvent) => this.onStationClick(e, r)}
                    >
                      ${this.locale.regions[r].title}
                    </button>
                  </li>`,
                )}
              </ol>
            </section>`,
          )}
        </nav>
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  private renderPanel() {
    const ui = this.ui;
    const id = this.selected;
    if (!isRegionId(id)) {
      return html`<aside class="panel idle" part="panel" aria-label=${ui.label}>
        <div class="panel-body intro">
          ${CHAINS.filter((c) => this.offered.includes(c.id)).map(
            (c) => html`<h3>${this.locale.chains[c.id].title}</h3>
              ${paragraphs(this.locale.chains[c.id].summary)}`,
          )}
          <p class="disclaimer">${ui.disclaimer}</p>
        </div>
      </aside>`;
    }
    const region = this.locale.regions[id];
    const chain = CHAINS.find((c) => this.offered.includes(c.id) && c.stations.includes(id))!;
    const reached = new Map(this.propagation.map((s) => [s.region, s.intensity]));
    return html`<aside class="panel ${this.sheet}" part="panel" aria-labelledby="panel-title">
      <header
        @click=${this.onSheetClick}
        @pointerdown=${this.onSheetPointerDown}
        @pointermove=${this.onSheetPointerMove}
        @pointercancel=${() => (this.sheetDrag = null)}
      >
        <button
          type="button"
          class="handle"
          part="sheet-handle"
          aria-expanded=${this.sheet === 'full' ? 'true' : 'false'}
          aria-controls="panel-body"
          aria-label=${this.sheet === 'full' ? ui.sheetCollapse : ui.sheetExpand}
        >
          <span class="grip"></span>
        </button>
        <div>
          <p class="eyebrow">${this.locale.chains[chain.id].title}</p>
          <h2 id="panel-title">${region.title}</h2>
          ${region.structures ? html`<p class="structures">${region.structures}</p>` : nothing}
        </div>
        <button type="button" class="close" aria-label=${ui.close} @click=${() => this.close()}>×</button>
      </header>
      <div class="panel-body" id="panel-body">
        ${paragraphs(region.body)}
        <h3>${ui.connectionsHeading}</h3>
        <ul class="connections">
          ${neighbours(id, this.offered)
            .sort((a, b) => (reached.get(b.other) ?? 0) - (reached.get(a.other) ?? 0))
            .map(
              ({ link, other }) => html`<li>
                <button type="button" data-region=${other} @click=${() => (this.selected = other)}>
                  → ${this.locale.regions[other].title}
                </button>
                <p>${this.locale.links[link.id].body}</p>
              </li>`,
            )}
        </ul>
        ${list(ui.causesHeading, region.causes)} ${list(ui.selfCareHeading, region.selfCare)}
        ${cautionTemplate(region, ui)}
        ${region.links?.length
          ? html`<h3>${ui.linksHeading}</h3>
              <ul class="links">
                ${region.links.map(
                  (l) => html`<li><a href=${l.href} target="_blank" rel="noopener noreferrer">${l.label}</a></li>`,
                )}
              </ul>`
          : nothing}
        <p class="disclaimer">${ui.disclaimer}</p>
      </div>
    </aside>`;
  }
}

let sceneModule: SceneModule | undefined;
let sceneImport: Promise<SceneModule> | undefined;

/** Every event of the element bubbles and is composed, so a page can listen on any ancestor. */
function dispatch(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** A URL short enough for a console line (a data: URL can be the whole pack). */
function shortUrl(url: string): string {
  return url.length > 100 ? `${url.slice(0, 80)}…` : url;
}

/** A webmaster's explanation of a pack that was not (wholly) used: what was dropped and why. */
function packProblem(name: string, pack: ContentPack, errors: string[]): string {
  const used = Object.keys(pack).some((k) => k !== 'version' && k !== '$schema');
  const what = used
    ? `${name} was used in part: ${errors.length} ${errors.length === 1 ? 'entry does' : 'entries do'} not fit the schema and ${errors.length === 1 ? 'was' : 'were'} left out (the default texts are shown there)`
    : `${name} was not used at all (the default texts are shown)`;
  return `${what}:\n${errors.join('\n')}`;
}

function paragraphs(text: string) {
  return text.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`);
}

function list(heading: string, items: string[] | undefined) {
  if (!items?.length) return nothing;
  return html`<h3>${heading}</h3>
    <ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>`;
}

export interface BodyChainLoadDetail {
  /** True for the light preview drawn while the full model downloads. */
  preview: boolean;
}

export interface BodyChainEventDetail {
  'region-select': RegionSelectDetail;
  load: BodyChainLoadDetail;
  error: BodyChainErrorDetail;
}
