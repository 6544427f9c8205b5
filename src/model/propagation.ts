import { LINKS, type Link, type RegionId } from './graph.js';

export interface PropagationStep {
  region: RegionId;
  /** In (0, 1]; 1 at the selected region, never rising further out. */
  intensity: number;
  /** Milliseconds after the selection at which the tension arrives; never falling further out. */
  delay: number;
  /** The region the tension arrived from (null at the source). */
  from: RegionId | null;
}

/** Below this the tension is no longer shown. */
export const MIN_INTENSITY = 0.05;

/**
 * How tension at `source` spreads through the graph: each region is reached by its
 * strongest path (the product of the links' transmissions), in both directions along
 * every chain. A max-product Dijkstra, so a region's intensity is never above, and its
 * delay never below, that of the region it was reached from.
 */
export function propagate(source: RegionId, links: readonly Link[] = LINKS): PropagationStep[] {
  const best = new Map<RegionId, PropagationStep>();
  const done = new Set<RegionId>();
  best.set(source, { region: source, intensity: 1, delay: 0, from: null });
  for (;;) {
    let current: PropagationStep | undefined;
    for (const step of best.values()) {
      if (done.has(step.region)) continue;
      if (!current || step.intensity > current.intensity) current = step;
    }
    if (!current) break;
    done.add(current.region);
    for (const link of links) {
      const other = link.a === current.region ? link.b : link.b === current.region ? link.a : null;
      if (!other || done.has(other)) continue;
      const intensity = current.intensity * link.transmission;
      if (intensity < MIN_INTENSITY) continue;
      const known = best.get(other);
      if (!known || intensity > known.intensity) {
        best.set(other, { region: other, intensity, delay: current.delay + link.delay, from: current.region });
      }
    }
  }
  return [...best.values()].sort((p, q) => p.delay - q.delay || q.intensity - p.intensity);
}
