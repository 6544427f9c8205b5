import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContentController } from '../controllers/content-controller.js';
import { Gestures } from '../controllers/gestures.js';
import { SheetController } from '../controllers/sheet-controller.js';
import { renderStats, StageController, type BodyScene, type RenderStats } from '../controllers/stage-controller.js';
import type { ContentPack } from '../model/content-types.js';
import { format } from '../model/content.js';
import type { InkController } from '../controllers/ink-controller.js';
import type { PresentController } from '../controllers/present-controller.js';
import { roundCamera, stateParam, stepOf, urlWithState, type BodyChainState } from '../model/state.js';
import { isOverlayId, OVERLAY_IDS, REGIONS, type OverlayId } from '../model/atlas.js';
import { arrivedGuarding, CHAIN_IDS, chainsOf, isRegionId, parseChains, REGION_IDS, type ChainId, type RegionId } from '../model/graph.js';
import { propagate, type PropagationStep } from '../model/propagation.js';
import { isViewId, viewShowing, VIEW_PRESETS, VIEWS, type ViewId } from '../scene/views.js';
import { yieldToPage } from '../scene/context.js';
import { styles } from './body-chain.styles.js';
import { emit, type BodyChainErrorDetail, type BodyChainErrorKind } from './events.js';
import { cautionStyles } from './templates/caution.js';
import { panelStyles } from './templates/panel.styles.js';
import { stageStyles } from './templates/stage.styles.js';
import { stationStyles } from './templates/stations.styles.js';
import { panelTemplate } from './templates/panel.js';
import { inviteTemplate, loadingTemplate, messagesTemplate, toolbarTemplate } from './templates/stage.js';
import { stationsTemplate } from './templates/stations.js';

export type {
  BodyChainErrorDetail,
  BodyChainErrorKind,
  BodyChainEventDetail,
  BodyChainLoadDetail,
  RegionSelectDetail,
} from './events.js';

/**
 * The element: its attributes and properties, and what each change means for the texts, the
 * 3D view and the panel. The work is elsewhere, one concern a file:
 * - `controllers/stage-controller.ts`: three.js, the model and the WebGL context, start to end;
 * - `controllers/content-controller.ts`: where the texts come from, and the language;
 * - `controllers/gestures.ts`: taps, drags and pinches on the 3D view;
 * - `controllers/sheet-controller.ts`: the phone's bottom sheet;
 * - `controllers/present-controller.ts` and `ink-controller.ts`: present mode (step bar, ink,
 *   share sheet), loaded only when an element presents or a shared link brings strokes;
 * - `model/state.ts`: the shared state and its link (`getState`, `setState`, `stateUrl`);
 * - `templates/`: what is rendered (stage, stations, panel, caution);
 * - `model/`: the atlas, the propagation and the content rules, with no DOM.
 *
 * Why this file is past 400 lines: about 100 of them are the class's JSDoc, the public API from
 * which `custom-elements.json` and the typings are checked; and present mode's shared-state glue
 * (getState/setState, the link's reading, ink's creation) still sits here. That glue is the next
 * thing to move out, into a controller of its own beside present-controller.ts.
 */

/** Around a point returned by regionPoint(), this much must show the canvas (CSS px). */
const FINGER = 16;
const FINGER_OFFSETS = [[0, 0], [FINGER, 0], [-FINGER, 0], [0, FINGER], [0, -FINGER]] as const;
/** From this width (CSS px) the explanation is a side panel, not a bottom sheet (as in the styles). */
const WIDE_LAYOUT = 720;

/** Errors the visitor is told about on the stage; the others reach only the console and the event. */
const VISITOR_ERRORS: ReadonlySet<BodyChainErrorKind> = new Set(['model', 'webgl']);

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
 * @attr chains - The chains on offer: space-separated chain ids (`back-line`, `psoas-kidney`,
 *   `nerve-back`, `nerve-front`, `si-stability`); empty
 *   (default) for every chain. Only their stations are listed and can be selected, and a selection
 *   propagates only along their links. An unknown id gives an `error` event (kind `region`).
 * @attr overlay - Overlays drawn on the body: space-separated ids (`bladder-meridian`); empty (default)
 *   for none. Its points (`bl10` … `ki1`) are drawn and selectable only while it is on. Reflected.
 * @attr mode - `explore` (default) or `present`: the practitioner's layout for a session on a
 *   tablet (larger targets, a shortened panel, the step bar, ink on the body, the share sheet with
 *   a QR code). Reflected. A page opened from a shared link shows its view in `explore`.
 * @attr model-src - URL of the body model; defaults to `body.glb` beside `body-chain.js`. The
 *   default model is preceded by a light preview (`body-preview.glb`, about a quarter of the bytes),
 *   so the body appears, and can be tapped, before the full one has downloaded.
 * @attr loading - When the 3D view starts, as model-viewer's: `auto` (default) when the element
 *   nears the viewport, after the page's first paint and an idle moment; `lazy` only once it is
 *   on screen; `eager` at once, wherever it is.
 * @attr reveal - `auto` (default), or `interaction`: nothing of the 3D view loads until the
 *   visitor touches, clicks or focuses the element (the poster shows meanwhile).
 * @attr poster - URL of a picture shown on the stage until the first 3D frame is drawn (it does not
 *   move the layout). `body-chain-poster.webp` beside `body-chain.js` is the default body's first
 *   frame.
 *
 * @event region-select - The selection changed (by a tap, a list button, a link, or the `selected`
 *   property), or `chains` changed what it reaches. `detail: { region, propagation: [{ region,
 *   intensity, delay }] }`; `region` is null when cleared. Bubbles, composed.
 * @event state-change - The shared state changed (view, camera, selection, chain, ink), a moment
 *   after the last change. `detail`: the state, as `getState()` returns it; nothing personal.
 *   Bubbles, composed.
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
 * @csspart poster - The `poster` picture over the stage until the first 3D frame.
 * @csspart toolbar - The view buttons over the 3D view.
 * @csspart view-button - Each view button.
 * @csspart chains - The lists of stations of each chain.
 * @csspart chain-list - One chain's ordered list.
 * @csspart station - A station button in a chain list.
 * @csspart panel - The explanation panel (bottom sheet on narrow screens, side panel on wide ones).
 * @csspart overlay-button - An overlay's toggle, under the reset button.
 * @csspart legend - While guarding is lit: tells the guarding colour from the tension's.
 * @csspart sheet-handle - The bottom sheet's handle on narrow screens: pulls it up to read, down to see the body.
 * @csspart caution - The "see a doctor" box in the panel.
 * @csspart present-bar - Present mode's bar under the 3D view (steps, ink, share).
 * @csspart step-prev - Present mode: the previous station of the chain (also ← and Page Up).
 * @csspart step-next - Present mode: the next station (also → and Page Down).
 * @csspart step-play - Present mode: walks the chain at a speaking pace, stopping at its end.
 * @csspart ink - Present mode: turns drawing on the body on and off.
 * @csspart ink-undo - Present mode: removes the last stroke.
 * @csspart ink-clear - Present mode: removes every stroke.
 * @csspart share - Present mode: opens the share sheet.
 * @csspart share-sheet - The share sheet (a modal dialog).
 * @csspart qr - The QR code of the link that carries the current view.
 * @csspart shared-note - On a view opened from a shared link: that the clinic shared it.
 * @csspart message - A message to the visitor (no 3D view, or no model), at the foot of the stage.
 *
 * @cssproperty --body-chain-highlight - Colour of the travelling tension. Default `#ffb020`.
 * @cssproperty --body-chain-guarding - Colour of guarding (muscles tightening to protect a joint). Default `#4f7fd9`.
 * @cssproperty --body-chain-ink - Colour of ink on the body (present mode). Default `#1f5fd6`.
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
  static override styles = [styles, stageStyles, stationStyles, panelStyles, cautionStyles];

  /** Where the body model is when `model-src` is not set; the entry module sets it from its own URL. */
  static defaultModelUrl = 'body.glb';
  /** The light model shown first while the default one downloads; empty for none. */
  static defaultPreviewUrl = '';

  /** Renderer figures for diagnostics and benchmarks; null before any 3D view exists. */
  static renderStats(): RenderStats | null {
    return renderStats();
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

  /** When the 3D view starts: `auto` (default), `lazy` or `eager`. */
  @property() loading: 'auto' | 'lazy' | 'eager' = 'auto';

  /** `auto` (default) or `interaction`: the 3D view waits for the visitor's first touch, click or focus. */
  @property() reveal: 'auto' | 'interaction' = 'auto';

  /** URL of a picture shown on the stage until the first 3D frame. */
  @property() poster = '';

  /** The chains on offer: space-separated chain ids; empty for every chain. */
  @property() chains = '';

  /** The overlays shown: space-separated overlay ids (`bladder-meridian`); empty for none. Reflected. */
  @property({ reflect: true }) overlay = '';

  /** `explore` (default) or `present` (the practitioner's tablet layout). Reflected. */
  @property({ reflect: true }) mode: 'explore' | 'present' = 'explore';

  /** Shown from a shared link: the take-home view says the clinic shared it. */
  @state() private shared = false;
  private present: PresentController | null = null;
  private ink: InkController | null = null;
  /** A shared camera waiting for the model. */
  private sharedCamera: BodyChainState['camera'] | null = null;
  /** Reading a state (a link, setState): loaded only when a page does. */
  private sharedLink: typeof import('../controllers/shared-link.js') | null = null;
  private stateTimer = 0;

  @state() private messages: BodyChainErrorDetail[] = [];
  @state() private announcement = '';
  @state() private propagation: PropagationStep[] = [];
  /** The on-stage invitation to touch shows until the first interaction. */
  @state() private interacted = false;

  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('.stage') private stage!: HTMLElement;
  @query('.panel') private panel!: HTMLElement;
  @query('.toolbar') private toolbar!: HTMLElement;

  private readonly stage3D: StageController = new StageController(this, {
    stageParts: () => (this.hasUpdated ? { canvas: this.canvas, stage: this.stage, panel: this.panel, toolbar: this.toolbar } : null),
    modelUrls: () => {
      const ctor = this.constructor as typeof BodyChain;
      // Only the default model has a light preview.
      return { model: this.modelSrc || ctor.defaultModelUrl, preview: this.modelSrc ? '' : ctor.defaultPreviewUrl };
    },
    startPolicy: () => ({
      loading: this.loading === 'lazy' || this.loading === 'eager' ? this.loading : 'auto',
      reveal: this.reveal === 'interaction' ? 'interaction' : 'auto',
    }),
    poster: () => this.poster,
    sheetPulledUp: () => this.sheet.full,
    sceneReady: (scene) => {
      scene.setOverlays(this.overlaysOn);
      scene.setView(this.view, false);
      this.applySelection(scene, false);
    },
    modelShown: (scene, preview) => {
      scene.whenDrawn(() => emit(this, 'load', { preview }));
      this.ink?.sync();
      if (this.sharedCamera) void this.updateComplete.then(() => this.applyCamera());
      // A selection made before the model arrived may need another view.
      if (isRegionId(this.selected)) this.view = viewShowing(this.selected, this.view);
    },
    stageResized: () => this.queueInvitePlacement(),
    stageFailed: (kind, cause) => this.fail(kind, kind === 'model' ? this.texts.locale.ui.errorModel : this.texts.locale.ui.errorWebgl, cause),
    stageRecovered: (kind) => this.dismiss(kind),
  });
  private readonly texts = new ContentController(this, (message, cause) => this.fail('content', message, cause));
  private readonly sheet = new SheetController(this);
  private readonly gestures = new Gestures({
    tap: (x, y, pointerType) => this.tapAt(x, y, pointerType),
    drag: (dx, dy) => (this.stage3D.scene?.drag(dx, dy), this.stateChanged()),
    zoom: (factor) => (this.stage3D.scene?.zoom(factor), this.stateChanged()),
  });

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && stateParam(location.hash) !== null) void this.readSharedLink();
    if (this.hasUpdated) this.gestures.connect(this.canvas);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.gestures.disconnect();
  }

  /**
   * The first render waits for a task of its own (Lit's documented hook for this), so that the
   * page's parsing and script evaluation, and each element's first render, are separate tasks:
   * none of them blocks the host page for long. Later updates run as Lit schedules them.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToPage();
    // English texts are loaded when first shown: no render in the wrong language meanwhile.
    const texts = this.texts.loading();
    if (texts) await texts;
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    this.gestures.connect(this.canvas);
    this.stage3D.firstRendered();
  }

  // ---------------------------------------------------------------- properties

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !isViewId(this.view)) {
      const previous = changed.get('view');
      this.fail('region', `Unknown view "${String(this.view)}"; expected one of ${VIEWS.join(', ')}.`);
      this.view = isViewId(previous) ? previous : 'back';
    }
    // Set to a pack, or cleared after one (null at start is nothing to do).
    if (changed.has('content') && (this.content || changed.get('content'))) this.texts.setObject(this.content);
    // (Read before chainsChanged, which may clear the selection and handles that itself.)
    const selecting = changed.has('selected');
    if (changed.has('chains')) this.chainsChanged(selecting);
    if (changed.has('overlay')) this.overlayChanged(selecting);
    if (selecting) this.selectionChanged(changed.get('selected') as string | undefined);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('src') && (this.src || changed.get('src'))) void this.texts.setSrc(this.src);
    if (changed.has('view')) this.stage3D.scene?.setView(this.view, !this.reducedMotion);
    if (changed.has('overlay')) this.stage3D.scene?.setOverlays(this.overlaysOn);
    if (changed.has('modelSrc')) this.stage3D.reloadModel();
    if (changed.has('mode')) void this.modeChanged();
    if (changed.has('selected')) this.present?.selectionChanged();
    if (this.hasUpdated && (changed.has('view') || changed.has('selected') || changed.has('lang'))) this.stateChanged();
    if (changed.has('propagation')) this.paintLevels();
    // The panel's size may have changed: the camera frames what it leaves.
    this.stage3D.resize();
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
    if (isRegionId(was) && !this.selectable(was)) this.selected = '';
    this.selectionChanged(was);
  }

  /** The overlays shown, from `overlay` (unknown ids left out). */
  private get overlaysOn(): OverlayId[] {
    return this.overlay.split(/\s+/).filter(isOverlayId);
  }

  /** Reports unknown overlay ids; a point whose overlay goes away is deselected. */
  private overlayChanged(selectionChanging: boolean): void {
    const unknown = this.overlay.split(/\s+/).filter((o) => o && !isOverlayId(o));
    if (unknown.length) this.fail('region', `Unknown overlay "${unknown.join('", "')}"; expected ${OVERLAY_IDS.join(', ')}.`);
    if (!selectionChanging && isRegionId(this.selected) && !this.selectable(this.selected)) {
      const was = this.selected;
      this.selected = '';
      this.selectionChanged(was);
    }
  }

  /** A station of a chain on offer, or a point of an overlay shown. */
  private selectable(region: RegionId): boolean {
    const overlay = REGIONS[region].overlay;
    return overlay ? (this.overlaysOn as string[]).includes(overlay) : chainsOf(region, this.offered).length > 0;
  }

  private toggleOverlay(overlay: OverlayId): void {
    const on = this.overlaysOn;
    this.overlay = (on.includes(overlay) ? on.filter((o) => o !== overlay) : [...on, overlay]).join(' ');
  }

  private selectionChanged(previous: string | undefined): void {
    const id = this.selected ?? '';
    if (id !== '' && !isRegionId(id)) {
      this.fail('region', `Unknown region id "${id}"; expected one of ${REGION_IDS.join(', ')}. The selection is unchanged.`);
      this.selected = previous && isRegionId(previous) ? previous : '';
      return;
    }
    if (isRegionId(id) && !this.selectable(id)) {
      const why = REGIONS[id].overlay
        ? `is a point of the overlay "${REGIONS[id].overlay}", which is not shown (overlay="${this.overlay}")`
        : `is on none of the chains on offer (${this.offered.join(', ')})`;
      this.fail('region', `Region "${id}" ${why}. The selection is unchanged.`);
      this.selected = previous && isRegionId(previous) && this.selectable(previous) ? previous : '';
      return;
    }
    if (previous === undefined && id === '') return; // first render, nothing selected
    this.sheet.lower();
    if (id) this.interacted = true;
    this.propagation = isRegionId(id) ? propagate(id, this.offered) : [];
    const scene = this.stage3D.scene;
    if (isRegionId(id) && scene?.loaded) {
      const view = viewShowing(id, this.view);
      if (view !== this.view) this.view = view;
    }
    if (scene) this.applySelection(scene, !this.reducedMotion);
    const { locale } = this.texts;
    this.announcement = isRegionId(id)
      ? format(locale.ui.announceSelect, {
          region: locale.regions[id].title,
          list: this.propagation
            .slice(1)
            .map((s) => locale.regions[s.region].title)
            .join(this.texts.lang === 'ja' ? '、' : ', '),
        })
      : locale.ui.announceClear;
    emit(this, 'region-select', {
      region: isRegionId(id) ? id : null,
      propagation: this.propagation.map(({ region, intensity, delay }) => ({ region, intensity, delay })),
    });
  }

  /** Tells the scene the selection (in the page's highlight colour); it frames and draws it. */
  private applySelection(scene: BodyScene, animate: boolean): void {
    const style = getComputedStyle(this);
    scene.setHighlightColours(
      style.getPropertyValue('--body-chain-highlight').trim(),
      style.getPropertyValue('--body-chain-guarding').trim(),
    );
    scene.setSelection(isRegionId(this.selected) ? this.selected : null, this.propagation, animate);
  }

  /** Shows each station's share of the tension as a bar (CSSOM, so a strict CSP allows it). */
  private paintLevels(): void {
    const steps = new Map(this.propagation.map((s) => [s.region, s]));
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.station')) {
      const step = steps.get(button.dataset.region as RegionId);
      button.style.setProperty('--level', String(step?.intensity ?? 0));
      button.classList.toggle('lit', !!step);
      button.classList.toggle('guarding', !!step && arrivedGuarding(step));
    }
  }

  /**
   * Places the invitation's ring in a task of its own: finding the calf on the screen casts a
   * ray through the body, and the ring is still for its first moment anyway.
   */
  private queueInvitePlacement(): void {
    if (this.invitePlacementQueued || !this.renderRoot.querySelector('.invite')) return;
    this.invitePlacementQueued = true;
    void yieldToPage().then(() => {
      this.invitePlacementQueued = false;
      this.placeInvite();
    });
  }
  private invitePlacementQueued = false;

  /** Puts the invitation's ring on the calf, where the story starts (CSSOM: a strict CSP allows it). */
  private placeInvite(): void {
    const invite = this.renderRoot.querySelector<HTMLElement>('.invite');
    const point = invite && this.stage3D.scene?.regionPoint('calf');
    if (!invite) return;
    invite.classList.toggle('placed', !!point);
    if (point) {
      invite.style.setProperty('--x', `${point.x}px`);
      invite.style.setProperty('--y', `${point.y}px`);
    }
  }

  private get reducedMotion(): boolean {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  // ---------------------------------------------------------------- errors

  /**
   * Reports a problem: an `error` event and a console note; nothing else stops. What the visitor
   * needs to know (no 3D view, no model) is shown as a message too; a site's own mistakes (a
   * content pack, an unknown id) are the webmaster's, so the visitor sees the defaults, not an alarm.
   */
  private fail(kind: BodyChainErrorKind, text: string, cause?: unknown): void {
    const detailText = cause instanceof Error ? cause.message : cause ? String(cause) : '';
    const message = detailText ? `${text} (${detailText})` : text;
    if (VISITOR_ERRORS.has(kind)) this.messages = [...this.messages.filter((m) => m.kind !== kind), { kind, message: text }];
    emit(this, 'error', { kind, message });
    console.warn(`<body-chain> ${kind}: ${message}`);
  }

  private dismiss(kind: BodyChainErrorKind): void {
    this.messages = this.messages.filter((m) => m.kind !== kind);
  }

  // ---------------------------------------------------------------- present mode and the shared state

  /** Loads present mode when it is asked for (pages that never present never load it). */
  private async modeChanged(): Promise<void> {
    if (this.mode !== 'present') {
      this.present?.dispose();
      this.present = null;
      return;
    }
    const { PresentController, InkController } = await import('../controllers/present-controller.js');
    if (this.mode !== 'present' || this.present) return;
    this.ink ??= this.makeInk(InkController);
    this.present = new PresentController(this, {
      selected: () => this.selected,
      select: (region) => (this.selected = region),
      offered: () => this.offered,
      ui: () => this.texts.locale.ui,
      regionTitle: (region) => this.texts.locale.regions[region].title,
      chainTitle: (chain) => this.texts.locale.chains[chain].title,
      ink: () => this.ink!,
      stateUrl: () => this.stateUrl(),
      reducedMotion: () => this.reducedMotion,
    });
    this.present.selectionChanged();
    this.requestUpdate();
  }

  private makeInk(Ink: typeof InkController): InkController {
    return new Ink(
      () => this.canvas,
      this.gestures,
      () => this.stage3D.scene,
      () => (this.stateChanged(), this.requestUpdate()),
      () => getComputedStyle(this).getPropertyValue('--body-chain-ink').trim(),
    );
  }

  /** Tells the page, a moment after the last change, what the shared state is now. */
  private stateChanged(): void {
    clearTimeout(this.stateTimer);
    this.stateTimer = window.setTimeout(() => this.isConnected && emit(this, 'state-change', this.getState()), 300);
  }

  /**
   * A shared link (`#bc=…` in the page's address) that names this element (by its id, its
   * index among the page's elements, or, naming none, the first) is applied when the element
   * starts: the take-home view, in explore mode, with the panel open at the shared region (low,
   * so the body and the strokes stay in sight; the note leads to the self-care). A link that cannot
   * be read goes to the webmaster (an `error` event, kind `state`); the patient sees the defaults.
   */
  private async readSharedLink(): Promise<void> {
    const link = (this.sharedLink = await import('../controllers/shared-link.js'));
    const param = stateParam(location.hash);
    const index = [...document.querySelectorAll('body-chain')].indexOf(this);
    let decoded;
    try {
      decoded = link.decodeState(param ?? '');
    } catch (e) {
      if (index <= 0) this.fail('state', "The page's address holds a shared view (#bc=…) that cannot be read; the element shows its defaults.", e);
      return;
    }
    const { id, index: wanted } = decoded.target;
    if (id !== undefined ? id !== this.id : (wanted ?? 0) !== index) return;
    this.mode = 'explore';
    link.adoptNoteStyles(this.renderRoot as ShadowRoot);
    this.shared = true;
    this.applyState(decoded.state);
  }

  /** The take-home view's way to the self-care: the sheet pulled up, its heading in sight. */
  private async toSelfCare(): Promise<void> {
    this.sheet.raise();
    await this.updateComplete;
    const heading = [...this.renderRoot.querySelectorAll('.panel-body h3')].find((h) => h.textContent === this.texts.locale.ui.selfCareHeading);
    heading?.scrollIntoView({ block: 'start', behavior: this.reducedMotion ? 'auto' : 'smooth' });
  }

  private applyState(s: BodyChainState): void {
    if (s.lang && s.lang !== this.texts.lang) this.lang = s.lang;
    this.view = s.view;
    this.overlay = s.overlay ?? '';
    this.selected = s.region ?? '';
    if (s.chain && this.present) this.present.chain = s.chain;
    this.sharedCamera = s.camera;
    void this.updateComplete.then(() => this.applyCamera());
    if (s.strokes.length || this.ink) {
      void import('../controllers/ink-controller.js').then(({ InkController }) => {
        this.ink ??= this.makeInk(InkController);
        this.ink.fromMillimetres(s.strokes);
        this.requestUpdate();
      });
    }
  }

  /** Turns the camera as the shared state says, once the model is there. */
  private applyCamera(): void {
    const scene = this.stage3D.scene;
    if (!this.sharedCamera || !scene?.loaded) return;
    scene.setCameraState(this.sharedCamera);
    this.sharedCamera = null;
  }

  // ---------------------------------------------------------------- public methods

  /**
   * The shared state: a small JSON-safe object with the view, the camera, the chain and the
   * region selected (and its step), the overlays, the language and the ink strokes. Nothing
   * personal. `setState()` takes it back; `stateUrl()` puts it in a link.
   */
  getState(): BodyChainState {
    const region = isRegionId(this.selected) ? this.selected : null;
    const preset = VIEW_PRESETS[this.view] ?? VIEW_PRESETS.back;
    const camera = roundCamera(this.sharedCamera ?? this.stage3D.scene?.cameraState ?? { yaw: preset.yaw, pitch: preset.pitch, zoom: 1 });
    const chain = this.present?.chain ?? (region ? (chainsOf(region, this.offered)[0] ?? null) : null);
    return {
      v: 1,
      view: this.view,
      camera,
      chain,
      region,
      step: stepOf(chain, region),
      overlay: this.overlaysOn.join(' ') || null,
      lang: this.texts.lang || null,
      strokes: this.ink?.toMillimetres() ?? [],
    };
  }

  /**
   * Applies a state from getState() or a page's own copy. A state that cannot be used changes
   * nothing and gives an `error` event (kind `state`) with what was wrong. Resolves to whether
   * it applied (the validator loads with the first call).
   */
  async setState(state: unknown): Promise<boolean> {
    this.sharedLink ??= await import('../controllers/shared-link.js');
    let clean: BodyChainState;
    try {
      clean = this.sharedLink.validateState(state);
    } catch (e) {
      this.fail('state', 'setState() was given a state it cannot use; nothing was changed.', e);
      return false;
    }
    this.applyState(clean);
    return true;
  }

  /**
   * A link to this page (or `base`) that opens this view: the state in the address's fragment
   * (`#bc=…`), naming this element by its id, or by its index when the page has several.
   * Short enough for a QR code read from across a desk. Nothing is sent anywhere.
   */
  stateUrl(base: string = location.href): string {
    const all = [...document.querySelectorAll('body-chain')];
    const index = all.indexOf(this);
    return urlWithState(base, this.getState(), this.id ? { id: this.id } : { index: index > 0 ? index : undefined });
  }

  /**
   * Where a region is drawn and visible right now, in viewport (client) coordinates,
   * or null (not loaded, off screen, hidden in this view, or unknown id).
   */
  regionPoint(id: string): { x: number; y: number } | null {
    const scene = this.stage3D.scene;
    if (!isRegionId(id) || !scene?.loaded) return null;
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
    const point = scene.regionPoint(id, uncovered);
    return point ? { x: rect.left + point.x, y: rect.top + point.y } : null;
  }

  /** Returns the camera to the current view's preset. */
  resetView(): void {
    this.stage3D.scene?.resetView(!this.reducedMotion);
  }

  // ---------------------------------------------------------------- input

  /** A tap on the body selects what is drawn there (looking a little around a miss). */
  private tapAt(x: number, y: number, pointerType: string): void {
    const scene = this.stage3D.scene;
    if (!scene) return;
    const rect = this.canvas.getBoundingClientRect();
    const region = scene.pick(x - rect.left, y - rect.top, pointerType === 'mouse' ? 4 : 14, (r) => this.selectable(r));
    if (region && this.selectable(region)) this.selected = region;
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
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.station[data-region="${was}"]`)?.focus());
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const { locale } = this.texts;
    const { ui } = locale;
    const selected = isRegionId(this.selected) ? this.selected : null;
    const inviting = !this.interacted && !selected && !!this.stage3D.scene?.loaded && !this.stage3D.loading;
    return html`
      <div class="frame" part="base" lang=${this.texts.lang} @keydown=${this.onKeyDown}>
        ${this.shared && this.sharedLink
          ? this.sharedLink.sharedNoteTemplate(ui, selected && locale.regions[selected].selfCare?.length ? () => void this.toSelfCare() : null, () => (this.shared = false))
          : ''}
        <div class="stage" part="stage" @pointerdown=${() => (this.interacted = true)}>
          <canvas role="img" aria-label=${ui.canvasAlt}></canvas>
          ${inviting ? inviteTemplate(ui) : ''}
          ${toolbarTemplate({
            ui,
            view: this.view,
            choose: (v) => (this.view = v),
            reset: () => this.resetView(),
            overlays: this.overlaysOn,
            toggle: (o) => this.toggleOverlay(o),
            guarding: this.propagation.some(arrivedGuarding),
          })}
          ${loadingTemplate(ui, this.stage3D.statusShown)} ${messagesTemplate(ui, this.messages, (kind) => this.dismiss(kind))}
        </div>
        ${this.present?.render() ?? ''} ${panelTemplate({
          locale,
          offered: this.offered,
          selected,
          propagation: this.propagation,
          sheet: this.sheet,
          select: (region) => (this.selected = region),
          close: () => this.close(),
        })}
        ${stationsTemplate(locale, this.offered, this.selected, (e, r) => this.onStationClick(e, r))}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
