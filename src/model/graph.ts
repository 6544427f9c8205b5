/**
 * The region graph: the atlas's ids, chains and links (re-exported from `atlas.ts`, where
 * they are written) and queries on the links between regions. Pure, no DOM, no three.js.
 */
import { CHAIN_IDS, linksOf, LINKS, type ChainId, type Link, type LinkId, type LinkKind, type RegionId } from './atlas.js';

export {
  CHAIN_IDS,
  CHAINS,
  chainsOf,
  isChainId,
  isRegionId,
  LINK_IDS,
  LINKS,
  linksOf,
  parseChains,
  REGION_IDS,
  regionsOf,
  type Chain,
  type ChainId,
  type Link,
  type LinkId,
  type LinkKind,
  type RegionId,
} from './atlas.js';

/**
 * The links touching a region on the given chains (default: every chain), each with the
 * region at its other end. Two chains may link the same two regions: each link comes once.
 */
export function neighbours(region: RegionId, chains: readonly ChainId[] = CHAIN_IDS): { link: Link; other: RegionId }[] {
  return linksOf(chains)
    .filter((l) => l.a === region || l.b === region)
    .map((link) => ({ link, other: link.a === region ? link.b : link.a }));
}

/** The first link between two regions (on the given chains), if any. */
export function linkBetween(a: RegionId, b: RegionId, chains: readonly ChainId[] = CHAIN_IDS): Link | undefined {
  return LINKS.find((l) => chains.includes(l.chain) && ((l.a === a && l.b === b) || (l.a === b && l.b === a)));
}

const KIND_OF_LINK = new Map<LinkId, LinkKind>(LINKS.map((l) => [l.id, l.kind]));

/**
 * Whether tension reached a region by a guarding link: not tension passed on, but muscles
 * tightening to protect an unstable joint (drawn and worded differently).
 */
export function arrivedGuarding(step: { link: LinkId | null }): boolean {
  return step.link !== null && KIND_OF_LINK.get(step.link) === 'guarding';
}
