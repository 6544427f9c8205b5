/**
 * The published types of `body-chain` (copied to `dist/body-chain.d.ts` by
 * `scripts/build-types.mjs`). Written by hand so that they need neither Lit nor three.js (both
 * are bundled, not dependencies); `types/conformance.ts` fails `npm run typecheck` whenever the
 * element's public members in `src/` and these declarations disagree.
 */
import type { ContentPack, LocaleContent, LocalePack } from '../src/model/content-types.js';
import type { ChainId, RegionId } from '../src/model/graph.js';

export type { ContentPack, LocaleContent, LocalePack, RegionId };

/** Every region id, in atlas order. */
export declare const REGION_IDS: readonly RegionId[];

/** The camera presets. */
export type ViewId = 'back' | 'side' | 'front' | 'deep';

/** One region reached by the tension. */
export interface PropagationStep {
  region: RegionId;
  /** In (0, 1]; 1 at the selected region, never rising along a chain. */
  intensity: number;
  /** ms after the selection; never falling along a chain. */
  delay: number;
}

/** `detail` of `region-select`. */
export interface RegionSelectDetail {
  /** The selected region, or null when the selection was cleared. */
  region: RegionId | null;
  /** The selected region first (intensity 1, delay 0), then every region its chains reach. */
  propagation: PropagationStep[];
}

/** `detail` of `load`. */
export interface BodyChainLoadDetail {
  /** True for the light preview drawn while the full model downloads. */
  preview: boolean;
}

export type BodyChainErrorKind = 'content' | 'model' | 'webgl' | 'region' | 'state';

/**
 * The shared state (`getState()`, `setState()`, `stateUrl()`, `state-change`): what is shown,
 * small and JSON-safe, nothing personal.
 */
export interface BodyChainState {
  /** Format version (1). */
  v: 1;
  view: ViewId;
  /** Yaw and pitch in radians (yaw 0 looks at the face); zoom 1 is the view's framing. */
  camera: { yaw: number; pitch: number; zoom: number };
  /** The chain the step bar walks, or null. */
  chain: ChainId | null;
  region: RegionId | null;
  /** The region's place on `chain` (0 is its first station), or null. */
  step: number | null;
  /** The overlays shown (space-separated ids), or null. */
  overlay: string | null;
  /** The language the texts were shown in, or null for the page's. */
  lang: string | null;
  /** Ink strokes: each a flat list x, y, z, x, y, z… in whole millimetres on the body. */
  strokes: number[][];
}

/** `detail` of `error`. */
export interface BodyChainErrorDetail {
  kind: BodyChainErrorKind;
  /** The visible message, then what went wrong (for the webmaster: a URL, an HTTP status…). */
  message: string;
}

/** The element's events (all `CustomEvent`s that bubble and are composed). */
export interface BodyChainEventMap {
  'region-select': CustomEvent<RegionSelectDetail>;
  load: CustomEvent<BodyChainLoadDetail>;
  error: CustomEvent<BodyChainErrorDetail>;
  'state-change': CustomEvent<BodyChainState>;
}

/** `detail` of each event, by name. */
export type BodyChainEventDetail = { [K in keyof BodyChainEventMap]: BodyChainEventMap[K]['detail'] };

/** The page's shared renderer, for diagnostics. */
export interface RenderStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

/** The element's own properties, as attributes or properties (for JSX typings and frameworks). */
export interface BodyChainProperties {
  /** `ja` | `en` | a pack's language; default: the nearest ancestor's `lang`, else `ja`. */
  lang: string;
  /** The camera preset. */
  view: ViewId;
  /** The selected region id, or `''` for none. Reflected to the `selected` attribute. */
  selected: RegionId | '' | (string & {});
  /** URL of a JSON content pack merged over the default texts (attribute `src`). */
  src: string;
  /** A content pack as an object, merged after `src` (property only). */
  content: ContentPack | null;
  /** URL of the body model (attribute `model-src`); default: `body.glb` beside `body-chain.js`. */
  modelSrc: string;
  /** The chains on offer: space-separated chain ids (`back-line`, `psoas-kidney`); `''` for all. */
  chains: string;
  /** The overlays shown: space-separated overlay ids (`bladder-meridian`); `''` for none. Reflected. */
  overlay: string;
  /** `explore` (default) or `present`: the practitioner's tablet layout. Reflected. */
  mode: 'explore' | 'present';
  /** When the 3D view starts: `auto` (default: near the viewport), `lazy` or `eager`. */
  loading: 'auto' | 'lazy' | 'eager';
  /** `auto` (default) or `interaction`: the 3D view waits for the visitor's first touch, click or focus. */
  reveal: 'auto' | 'interaction';
  /** URL of a picture shown on the stage until the first 3D frame. */
  poster: string;
}

/**
 * `<body-chain>`: an interactive 3D body that shows how tension travels along connected tissue.
 * Defined by importing the package (`import 'body-chain'`).
 */
export declare class BodyChain extends HTMLElement implements BodyChainProperties {
  /** The default model's URL: `body.glb` beside `body-chain.js`, or in the base path. */
  static defaultModelUrl: string;
  /** The light model shown first while the default one downloads; `''` for none. */
  static defaultPreviewUrl: string;
  /** Renderer figures for diagnostics; null before any 3D view exists. */
  static renderStats(): RenderStats | null;

  lang: string;
  view: ViewId;
  selected: RegionId | '' | (string & {});
  src: string;
  content: ContentPack | null;
  modelSrc: string;
  chains: string;
  overlay: string;
  mode: 'explore' | 'present';
  loading: 'auto' | 'lazy' | 'eager';
  reveal: 'auto' | 'interaction';
  poster: string;

  /** Resolves when the element has rendered its latest change. */
  readonly updateComplete: Promise<boolean>;

  /**
   * Where a region is drawn and visible right now, in viewport (client) coordinates, or null
   * (not loaded, off screen, hidden in this view, or unknown id).
   */
  regionPoint(id: string): { x: number; y: number } | null;
  /** Returns the camera to the current view's preset. */
  resetView(): void;
  /** The shared state: what is shown, small and JSON-safe, nothing personal. */
  getState(): BodyChainState;
  /** Applies a state; resolves to false (with an `error` event, kind `state`) when it cannot be used. */
  setState(state: unknown): Promise<boolean>;
  /** The page's address (or `base`) with the state in its fragment (`#bc=…`): the share sheet's link. */
  stateUrl(base?: string): string;

  addEventListener<K extends keyof BodyChainEventMap>(
    type: K,
    listener: (this: BodyChain, ev: BodyChainEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: BodyChain, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof BodyChainEventMap>(
    type: K,
    listener: (this: BodyChain, ev: BodyChainEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: BodyChain, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Where `body.glb` and `body-preview.glb` are when they are not beside `body-chain.js` (a folder
 * URL, absolute or relative to the page). The page can say the same with
 * `<meta name="body-chain-base-path" content="/assets/body-chain/">`.
 */
export declare function setBasePath(path: string): void;

declare global {
  interface HTMLElementTagNameMap {
    'body-chain': BodyChain;
  }
  /**
   * `region-select` bubbles, so a page may listen for it on any ancestor, the document or the
   * window. (`load` and `error` keep the DOM's own types there; on the element itself they are
   * typed by `BodyChainEventMap`.)
   */
  interface GlobalEventHandlersEventMap {
    'region-select': CustomEvent<RegionSelectDetail>;
  }
}
