import { CHAIN_IDS, LINKS, type ChainId, type Link, type LinkId, type RegionId } from './atlas.js';

export interface PropagationStep {
  region: RegionId;
  /** In (0, 1]; 1 at the selected region, never rising further out. */
  intensity: number;
  /** Milliseconds after the selection at which the tension arrives; never falling further out. */
  delay: number;
  /** The region the tension arrived from (null at the source). */
  from: RegionId | null;
  /** The link it arrived by (null at the source). */
  link: LinkId | null;
  /**
   * The chains (among those offered, in their order) that link `from` to this region: the
   * chain of `link`, and any other offered chain joining the same two regions. Empty at the
   * source.
   */
  chains: ChainId[];
}

/** Below this the tension is no longer shown. */
export const MIN_INTENSITY = 0.05;

/**
 * How tension at `source` spreads along the offered chains (default: every chain): each
 * region is reached by its strongest path (the product of the links' transmissions), in both
 * directions along every offered chain, and only along their links, so a region of a chain
 * not on offer is never reached. A region on several offered chains passes tension on along
 * all of them. A max-product Dijkstra, so a region's intensity is never above, and its delay
 * never below, that of the region it was reached from.
 *
 * `links` replaces the atlas's links (tests use fixtures); they are filtered by `chains` too.
 */
export function propagate(
  source: RegionId,
  chains: readonly ChainId[] = CHAIN_IDS,
  links: readonly Link[] = LINKS,
): PropagationStep[] {
  const offered = links.filter((l) => chains.includes(l.chain));
  const best = new Map<RegionId, PropagationStep>();
  const done = new Set<RegionId>();
  best.set(source, { region: source, intensity: 1, delay: 0, from: null, link: null, chains: [] });
  for (;;) {
    let current: PropagationStep | undefined;
    for (const step of best.values()) {
      if (done.has(step.region)) continue;
      if (!current || step.intensity > current.intensity) current = step;
    }
    if (!current) break;
    done.add(current.region);
    for (const link of offered) {
      const other = link.a === current.region ? link.b : link.b === current.region ? link.a : null;
      if (!other || done.has(other)) continue;
      const intensity = current.intensity * link.transmission;
      if (intensity < MIN_INTENSITY) continue;
      const known = best.get(other);
      if (!known || intensity > known.intensity) {
        best.set(other, {
          region: other,
          intensity,
          delay: current.delay + link.delay,
          from: current.region,
          link: link.id,
          chains: [],
        });
      }
    }
  }
  const steps = [...best.values()].sort((p, q) => p.delay - q.delay || q.intensity - p.intensity);
  for (const s of steps) {
    if (!s.from) continue;
    const joins = offered.filter((l) => (l.a === s.from && l.b === s.region) || (l.b === s.from && l.a === s.region));
    s.chains = chains.filter((c) => joins.some((l) => l.chain === c));
  }
  return steps;
}
