/**
 * The region graph: the stations of each chain and the links between them.
 * Pure data, no DOM and no three.js. Several chains share one graph so that
 * future chains and overlays (deep front line, sciatic path, meridians) are
 * more entries here, not a rewrite.
 */

export const REGION_IDS = [
  'sole',
  'calf',
  'hamstrings',
  'pelvis',
  'erector-spinae',
  'skull',
  'psoas',
  'kidney',
] as const;

export type RegionId = (typeof REGION_IDS)[number];

export const CHAIN_IDS = ['back-line', 'psoas-kidney'] as const;
export type ChainId = (typeof CHAIN_IDS)[number];

export interface Chain {
  id: ChainId;
  /** Stations in order (for the back line: from the floor up). */
  stations: readonly RegionId[];
}

export interface Link {
  /** Stable id, `a--b` with the two ends in graph order. Content packs key link texts by it. */
  id: LinkId;
  a: RegionId;
  b: RegionId;
  chain: ChainId;
  /** Share of tension passed across this link, in (0, 1]. */
  transmission: number;
  /** Milliseconds the highlight takes to cross this link. */
  delay: number;
}

export const LINK_IDS = [
  'sole--calf',
  'calf--hamstrings',
  'hamstrings--pelvis',
  'pelvis--erector-spinae',
  'erector-spinae--skull',
  'psoas--kidney',
  'pelvis--psoas',
  'erector-spinae--psoas',
] as const;
export type LinkId = (typeof LINK_IDS)[number];

export const CHAINS: readonly Chain[] = [
  { id: 'back-line', stations: ['sole', 'calf', 'hamstrings', 'pelvis', 'erector-spinae', 'skull'] },
  // Read from the kidney outwards: kidney → psoas → where the psoas meets the back line.
  { id: 'psoas-kidney', stations: ['kidney', 'psoas', 'pelvis', 'erector-spinae'] },
];

const BACK_LINE = { chain: 'back-line', transmission: 0.78, delay: 260 } as const;

export const LINKS: readonly Link[] = [
  { id: 'sole--calf', a: 'sole', b: 'calf', ...BACK_LINE },
  { id: 'calf--hamstrings', a: 'calf', b: 'hamstrings', ...BACK_LINE },
  { id: 'hamstrings--pelvis', a: 'hamstrings', b: 'pelvis', ...BACK_LINE },
  { id: 'pelvis--erector-spinae', a: 'pelvis', b: 'erector-spinae', ...BACK_LINE },
  { id: 'erector-spinae--skull', a: 'erector-spinae', b: 'skull', ...BACK_LINE },
  // The clinics' psoas–kidney model: the kidney rests on the psoas.
  { id: 'psoas--kidney', a: 'psoas', b: 'kidney', chain: 'psoas-kidney', transmission: 0.85, delay: 220 },
  // Where anatomy joins the psoas to the back line: it crosses the pelvis to the femur…
  { id: 'pelvis--psoas', a: 'pelvis', b: 'psoas', chain: 'psoas-kidney', transmission: 0.6, delay: 300 },
  // …and arises from the lumbar vertebrae, beside the erector spinae.
  { id: 'erector-spinae--psoas', a: 'erector-spinae', b: 'psoas', chain: 'psoas-kidney', transmission: 0.6, delay: 300 },
];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/** The links touching a region, each with the region at its other end. */
export function neighbours(region: RegionId): { link: Link; other: RegionId }[] {
  return LINKS.filter((l) => l.a === region || l.b === region).map((link) => ({
    link,
    other: link.a === region ? link.b : link.a,
  }));
}

export function linkBetween(a: RegionId, b: RegionId): Link | undefined {
  return LINKS.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
}
