/**
 * The atlas: every region of the body the element knows, the chains it can show, the links
 * along them, the layers regions are drawn in and which view shows which layer.
 *
 * Pure data, no DOM and no three.js. It is the one source for:
 * - the ids (`RegionId`, `ChainId`, `LinkId`, `LayerId`, `ViewId`) and the lists of them;
 * - the content keys (`regions`, `chains`, `links` of a locale) and the JSON schema's keys;
 * - the body generator (`models/`): node extras `{ region }` / `{ layer }` and the anchors;
 * - the tension propagation (`propagation.ts`) and the view switching (`scene/views.ts`).
 * `test/node/atlas.test.ts` checks all of these against it and says what to add where.
 *
 * Adding a chain: its regions here (with layer and kind), the chain with its stations, its
 * links; then the regions' geometry and anchors in `models/parts/`, and the texts in
 * `src/content/ja.ts` and `en.ts` (and the schema's keys). Nothing else.
 *
 * Adding an overlay (a meridian): an entry in `OVERLAYS` (its layer, the name of its line's
 * mesh node, the chain it is compared with), its points as regions of kind `point` with
 * `overlay` and `station` set; the line and the point markers in `models/parts/` (the line
 * tagged `{ layer, overlay }`), and the points' texts. Points are on no chain.
 */

// ------------------------------------------------------------------------------------ layers

/**
 * Layers group what a view fades in or out. `skin` and `skeleton` hold no region (they are
 * context, never tapped); every region lies in `superficial` or `deep`.
 */
export const LAYERS = {
  skin: { regions: false, view: 'back' },
  skeleton: { regions: false, view: 'deep' },
  /** Just under the skin: the back line's muscles and fasciae. */
  superficial: { regions: true, view: 'back' },
  /**
   * Inside the trunk, seen from the front: psoas, kidneys, the lumbar nerve roots, piriformis
   * on the front of the sacrum (through the pelvic inlet).
   */
  deep: { regions: true, view: 'deep' },
  /**
   * Under the skin of the front and inside of the thigh: quadriceps and adductors with the
   * femoral and obturator nerves. Faint in the deep view, so they do not cover the psoas.
   */
  anterior: { regions: true, view: 'front' },
  /**
   * An overlay drawn on the skin (a meridian's line and points). Shown only while its overlay
   * is on; the element hides the whole layer otherwise (see `OVERLAYS`).
   */
  meridian: { regions: true, view: 'back' },
} as const satisfies Record<string, { regions: boolean; view: string }>;
// (`view`: where to go when a region of this layer is selected in a view that hides it.)

export type LayerId = keyof typeof LAYERS;
export const LAYER_IDS = Object.keys(LAYERS) as LayerId[];
/** The layers that hold regions. */
export type RegionLayerId = { [K in LayerId]: (typeof LAYERS)[K]['regions'] extends true ? K : never }[LayerId];

// ------------------------------------------------------------------------------------- views

/**
 * The camera presets and how opaque each layer is in them (0 hides a layer; below
 * `PICK_OPACITY` it cannot be tapped). The camera's angles and framing are in
 * `src/scene/views.ts`; `faces` says which side of the body the camera looks at.
 */
export const VIEW_LAYERS = {
  back: { faces: 'back', opacity: { skin: 0.22, skeleton: 0, superficial: 1, deep: 0, anterior: 0, meridian: 1 } },
  side: { faces: 'side', opacity: { skin: 0.22, skeleton: 0, superficial: 1, deep: 0, anterior: 0, meridian: 1 } },
  front: { faces: 'front', opacity: { skin: 0.45, skeleton: 0, superficial: 0.35, deep: 1, anterior: 1, meridian: 1 } },
  deep: { faces: 'front', opacity: { skin: 0.1, skeleton: 0.9, superficial: 0.22, deep: 1, anterior: 0.22, meridian: 0 } },
} as const satisfies Record<string, { faces: 'back' | 'side' | 'front'; opacity: Record<LayerId, number> }>;

export type ViewId = keyof typeof VIEW_LAYERS;
export const VIEW_IDS = Object.keys(VIEW_LAYERS) as ViewId[];

/** A layer below this opacity cannot be tapped. */
export const PICK_OPACITY = 0.5;

// ----------------------------------------------------------------------------------- regions

export type RegionKind = 'muscle' | 'bone' | 'organ' | 'nerve' | 'ligament' | 'point';

export interface RegionSpec {
  layer: RegionLayerId;
  kind: RegionKind;
  /**
   * The side it is best seen and tapped from: its anchor (`models/`) is a point of its
   * surface facing this way with nothing but skin in front of it.
   */
  faces: 'back' | 'front';
  /** The view to switch to when it is selected in a view that hides it (default: its layer's). */
  view?: ViewId;
  /** Points of an overlay (e.g. a meridian) exist only while that overlay is on (`OVERLAYS`). */
  overlay?: string;
  /** A point: the back-line station it lies on. */
  station?: string;
}

/**
 * Every region, in the order of the content schema's keys. Left and right share one id.
 * `kind` is what the tissue mostly is: the sole's plantar fascia (plantar aponeurosis) and the
 * galea are counted with what they belong to (ligament, muscle).
 */
const REGION_TABLE = {
  sole: { layer: 'superficial', kind: 'ligament', faces: 'back' },
  calf: { layer: 'superficial', kind: 'muscle', faces: 'back' },
  hamstrings: { layer: 'superficial', kind: 'muscle', faces: 'back' },
  pelvis: { layer: 'superficial', kind: 'bone', faces: 'back' },
  'erector-spinae': { layer: 'superficial', kind: 'muscle', faces: 'back' },
  skull: { layer: 'superficial', kind: 'muscle', faces: 'back' },
  psoas: { layer: 'deep', kind: 'muscle', faces: 'front' },
  kidney: { layer: 'deep', kind: 'organ', faces: 'front' },
  // Nerve paths (issue 11). The roots are seen from the front, beside the lumbar spine and on
  // the front of the sacrum; piriformis on the front of the sacrum, through the pelvic inlet;
  // the sciatic from behind, between the hamstrings above the knee and below the buttock.
  'lumbar-nerves': { layer: 'deep', kind: 'nerve', faces: 'front' },
  piriformis: { layer: 'deep', kind: 'muscle', faces: 'front' },
  gluteals: { layer: 'superficial', kind: 'muscle', faces: 'back' },
  'sciatic-nerve': { layer: 'superficial', kind: 'nerve', faces: 'back' },
  'front-thigh': { layer: 'anterior', kind: 'muscle', faces: 'front' },
  'inner-thigh': { layer: 'anterior', kind: 'muscle', faces: 'front' },
  // Sacroiliac stability: the joint's posterior ligaments beside the sacrum, under the dimple;
  // the stabilisers seen from behind where transversus abdominis wraps the flank.
  'si-joint': { layer: 'superficial', kind: 'ligament', faces: 'back' },
  'deep-stabilizers': { layer: 'superficial', kind: 'muscle', faces: 'back' },
  // The bladder meridian's points (WHO 2008 locations, DOMAIN.md §8), each on a back-line station.
  bl10: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'skull' },
  bl23: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'erector-spinae' },
  bl25: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'erector-spinae' },
  bl36: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'hamstrings' },
  bl40: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'calf' },
  bl57: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'calf' },
  bl60: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'calf' },
  // On the sole: seen when the body is turned to show the underside of the foot.
  ki1: { layer: 'meridian', kind: 'point', faces: 'back', overlay: 'bladder-meridian', station: 'sole' },
} as const satisfies Record<string, RegionSpec>;

export type RegionId = keyof typeof REGION_TABLE;
export const REGIONS: Readonly<Record<RegionId, RegionSpec>> = REGION_TABLE;
export const REGION_IDS = Object.keys(REGIONS) as RegionId[];

// ------------------------------------------------------------------------------------ chains

export interface ChainSpec {
  id: string;
  /** Stations in reading order (the back line: from the floor up). */
  stations: readonly RegionId[];
}

/** The chains, in the order the element lists them and the schema keys them. */
const CHAIN_LIST = [
  { id: 'back-line', stations: ['sole', 'calf', 'hamstrings', 'pelvis', 'erector-spinae', 'skull'] },
  // Read from the kidney outwards: kidney → psoas → where the psoas meets the back line.
  { id: 'psoas-kidney', stations: ['kidney', 'psoas', 'pelvis', 'erector-spinae'] },
  // Seed 002: the lower lumbar and sacral roots → sciatic → back of the leg → sole.
  { id: 'nerve-back', stations: ['lumbar-nerves', 'piriformis', 'sciatic-nerve', 'hamstrings', 'calf', 'sole'] },
  // Seed 002: the upper lumbar roots → psoas (the plexus forms in it) → front and inner thigh.
  { id: 'nerve-front', stations: ['lumbar-nerves', 'psoas', 'front-thigh', 'inner-thigh'] },
  // Seed 004: the stabilisers → the joint → the muscles that guard it.
  { id: 'si-stability', stations: ['deep-stabilizers', 'si-joint', 'erector-spinae', 'gluteals', 'hamstrings'] },
] as const satisfies readonly ChainSpec[];

export type ChainId = (typeof CHAIN_LIST)[number]['id'];

export interface Chain {
  id: ChainId;
  stations: readonly RegionId[];
}

export const CHAINS: readonly Chain[] = CHAIN_LIST;
export const CHAIN_IDS = CHAINS.map((c) => c.id);

// ------------------------------------------------------------------------------------- links

/**
 * What a link stands for, shown differently in words (and, later, in the highlight):
 * - `fascia`: fascial continuity, tension passed along connected tissue (Anatomy Trains);
 * - `attachment`: a muscle attached to the bones another station lies on (anatomy);
 * - `clinic-model`: the clinics' explanatory model, not established physiology;
 * - `nerve`: a nerve's course, strain or pressure passed along it;
 * - `guarding`: not tension travelling, but muscles tightening to protect an unstable joint.
 */
export type LinkKind = 'fascia' | 'attachment' | 'clinic-model' | 'nerve' | 'guarding';

export interface LinkSpec {
  /**
   * Stable id; content packs key link texts by it. `a--b` with the two ends in station
   * order; if another chain links the same two regions, `a--b--<chain>`.
   */
  id: string;
  a: RegionId;
  b: RegionId;
  chain: ChainId;
  kind: LinkKind;
  /** Share of tension passed across this link, in (0, 1]. */
  transmission: number;
  /** Milliseconds the highlight takes to cross this link. */
  delay: number;
}

const BACK_LINE = { chain: 'back-line', kind: 'fascia', transmission: 0.78, delay: 260 } as const;
/** Along a nerve: quicker than fascia, and strain is passed on well along its course. */
const NERVE = { chain: 'nerve-back', kind: 'nerve', transmission: 0.82, delay: 200 } as const;
/** Guarding: every guard answers the joint at once and about equally, a little later. */
const GUARDING = { chain: 'si-stability', kind: 'guarding', transmission: 0.7, delay: 420 } as const;

/** Every link, in the order of the content schema's keys. */
const LINK_LIST = [
  { id: 'sole--calf', a: 'sole', b: 'calf', ...BACK_LINE },
  { id: 'calf--hamstrings', a: 'calf', b: 'hamstrings', ...BACK_LINE },
  { id: 'hamstrings--pelvis', a: 'hamstrings', b: 'pelvis', ...BACK_LINE },
  { id: 'pelvis--erector-spinae', a: 'pelvis', b: 'erector-spinae', ...BACK_LINE },
  { id: 'erector-spinae--skull', a: 'erector-spinae', b: 'skull', ...BACK_LINE },
  // The clinics' psoas–kidney model: the kidney rests on the psoas.
  { id: 'psoas--kidney', a: 'psoas', b: 'kidney', chain: 'psoas-kidney', kind: 'clinic-model', transmission: 0.85, delay: 220 },
  // Where anatomy joins the psoas to the back line: it crosses the pelvis to the femur…
  { id: 'pelvis--psoas', a: 'pelvis', b: 'psoas', chain: 'psoas-kidney', kind: 'attachment', transmission: 0.6, delay: 300 },
  // …and arises from the lumbar vertebrae, beside the erector spinae.
  { id: 'erector-spinae--psoas', a: 'erector-spinae', b: 'psoas', chain: 'psoas-kidney', kind: 'attachment', transmission: 0.6, delay: 300 },
  // Nerve paths: along the nerve (anatomy), and the clinics' pull from the leg (labelled in the texts).
  { id: 'lumbar-nerves--piriformis', a: 'lumbar-nerves', b: 'piriformis', ...NERVE },
  { id: 'piriformis--sciatic-nerve', a: 'piriformis', b: 'sciatic-nerve', ...NERVE },
  { id: 'sciatic-nerve--hamstrings', a: 'sciatic-nerve', b: 'hamstrings', ...NERVE },
  { id: 'hamstrings--calf--nerve-back', a: 'hamstrings', b: 'calf', ...NERVE, transmission: 0.75 },
  { id: 'calf--sole--nerve-back', a: 'calf', b: 'sole', ...NERVE, transmission: 0.7 },
  { id: 'lumbar-nerves--psoas', a: 'lumbar-nerves', b: 'psoas', ...NERVE, chain: 'nerve-front' },
  { id: 'psoas--front-thigh', a: 'psoas', b: 'front-thigh', ...NERVE, chain: 'nerve-front' },
  { id: 'psoas--inner-thigh', a: 'psoas', b: 'inner-thigh', ...NERVE, chain: 'nerve-front' },
  // Stability: the stabilisers hold the joint (force closure); the rest is guarding, slower
  // and not passed on as strongly: muscles tightening around a joint, not tension travelling.
  { id: 'deep-stabilizers--si-joint', a: 'deep-stabilizers', b: 'si-joint', chain: 'si-stability', kind: 'attachment', transmission: 0.8, delay: 260 },
  { id: 'si-joint--erector-spinae', a: 'si-joint', b: 'erector-spinae', ...GUARDING },
  { id: 'si-joint--gluteals', a: 'si-joint', b: 'gluteals', ...GUARDING },
  { id: 'si-joint--hamstrings', a: 'si-joint', b: 'hamstrings', ...GUARDING },
] as const satisfies readonly LinkSpec[];

export type LinkId = (typeof LINK_LIST)[number]['id'];

export interface Link extends LinkSpec {
  id: LinkId;
}

export const LINKS: readonly Link[] = LINK_LIST;
export const LINK_IDS = LINKS.map((l) => l.id);

// ---------------------------------------------------------------------------------- overlays

/**
 * Overlays: things drawn on the body only while the element's `overlay` attribute names them.
 * An overlay has a layer (opacities per view as any layer), a line drawn on the skin (a mesh
 * node of that name in the models, extras `{ layer, overlay }`, never tapped) and points:
 * the regions whose `overlay` is its id (nodes with extras `{ region, overlay }`). With the
 * overlay off, its line and points are neither drawn nor tapped.
 */
export interface OverlaySpec {
  id: string;
  layer: RegionLayerId;
  /** Name of the line's mesh node in models/body.glb and body-preview.glb. */
  line: string;
  /** The chain it is compared with in the texts (its points lie on that chain's stations). */
  chain: string;
}

const OVERLAY_LIST = [
  // 足の太陽膀胱経: inner eye → over the head → two back lines → back of the leg → little toe.
  { id: 'bladder-meridian', layer: 'meridian', line: 'bladder-meridian-line', chain: 'back-line' },
] as const satisfies readonly OverlaySpec[];

export type OverlayId = (typeof OVERLAY_LIST)[number]['id'];
export const OVERLAYS: readonly OverlaySpec[] = OVERLAY_LIST;
export const OVERLAY_IDS = OVERLAYS.map((o) => o.id) as OverlayId[];

export function isOverlayId(value: unknown): value is OverlayId {
  return typeof value === 'string' && (OVERLAY_IDS as readonly string[]).includes(value);
}

/** The points of an overlay (default: of every overlay), in the atlas's order. */
export function pointsOf(overlay?: OverlayId): RegionId[] {
  return REGION_IDS.filter((id) => {
    const o = REGIONS[id].overlay;
    return o !== undefined && (overlay === undefined || o === overlay);
  });
}

/** True for a region that is an overlay's point (not a station of any chain). */
export function isPoint(region: RegionId): boolean {
  return REGIONS[region].kind === 'point';
}

// ------------------------------------------------------------------------------- the atlas

/** The atlas as one value, for code that works on any atlas (tests use fixture atlases). */
export interface Atlas {
  layers: Record<string, { regions: boolean; view: string }>;
  views: Record<string, { faces: string; opacity: Record<string, number> }>;
  regions: Record<string, RegionSpec>;
  chains: readonly { id: string; stations: readonly string[] }[];
  links: readonly { id: string; a: string; b: string; chain: string; kind: LinkKind; transmission: number; delay: number }[];
  overlays?: readonly OverlaySpec[];
}

export const ATLAS = {
  layers: LAYERS,
  views: VIEW_LAYERS,
  regions: REGIONS,
  chains: CHAINS,
  links: LINKS,
  overlays: OVERLAYS,
} as const satisfies Atlas;

// --------------------------------------------------------------------------------- queries

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REGIONS, value);
}

export function isChainId(value: unknown): value is ChainId {
  return typeof value === 'string' && (CHAIN_IDS as readonly string[]).includes(value);
}

/** The links of the given chains (default: every chain). */
export function linksOf(chains: readonly ChainId[] = CHAIN_IDS): Link[] {
  return LINKS.filter((l) => chains.includes(l.chain));
}

/** The regions that are stations of the given chains, each once, in chain order. */
export function regionsOf(chains: readonly ChainId[] = CHAIN_IDS): RegionId[] {
  const out = new Set<RegionId>();
  for (const c of CHAINS as readonly Chain[]) if (chains.includes(c.id)) for (const r of c.stations) out.add(r);
  return [...out];
}

/** The chains a region is a station of, among the given ones. */
export function chainsOf(region: RegionId, chains: readonly ChainId[] = CHAIN_IDS): ChainId[] {
  return CHAINS.filter((c) => chains.includes(c.id) && c.stations.includes(region)).map((c) => c.id);
}

/**
 * Reads a `chains` attribute: space-separated chain ids. Empty means every chain. Unknown ids
 * are returned apart; if none is known, every chain is offered.
 */
export function parseChains(value: string | null | undefined): { chains: ChainId[]; unknown: string[] } {
  const words = (value ?? '').split(/\s+/).filter(Boolean);
  const unknown = words.filter((w) => !isChainId(w));
  const known = new Set(words.filter(isChainId));
  const chains = CHAIN_IDS.filter((id) => known.has(id));
  return { chains: chains.length ? chains : [...CHAIN_IDS], unknown };
}

export function layerOfRegion(region: RegionId): RegionLayerId {
  return REGIONS[region].layer;
}
