/**
 * The body, assembled from its parts (models/parts/): the skin, each group of regions, the
 * skeleton. Every region of the atlas (src/model/atlas.ts) has its meshes and its anchor in
 * one of the part modules; a new group (nerves, gluteals, a meridian) is a new module listed
 * in BODY_PARTS.
 *
 * Units metres, y up, floor at y = 0, +z anterior, x = lateral (+x is the body's left side);
 * landmarks from DOMAIN.md in landmarks.ts.
 */
import { tube } from './sdf';
import type { AnchorSpec, BodyContext, BodyPart, Part } from './part';
import { backLine } from './parts/back-line';
import { deep } from './parts/deep';
import { hip } from './parts/hip';
import { meridian } from './parts/meridian';
import { nerves } from './parts/nerves';
import { stabilizers } from './parts/stabilizers';
import { skeleton } from './parts/skeleton';
import { baseSkin, grownSkin, irisPart, skinPart } from './parts/skin';

export type { AnchorSpec, Part } from './part';
export { H, L } from './landmarks';

/** The region groups, in the order their meshes are written. */
const BODY_PARTS: ((ctx: BodyContext) => BodyPart)[] = [backLine, deep, hip, nerves, stabilizers, meridian];

export interface Anatomy {
  /** Every mesh: the skin first, then each group's, then the skeleton's. */
  parts: Part[];
  /** Each region's anchor score. */
  anchors: AnchorSpec[];
}

export function buildBody(): Anatomy {
  const base = baseSkin();
  const { parts: bones, spinousTips } = skeleton();
  // The skin only needs to clear the spinous processes: a cheap tube through their tips.
  const spine = tube(spinousTips, 0.006);
  const groups = BODY_PARTS.map((make) => make({ base, spine }));
  const skin = grownSkin(base, [...groups.flatMap((g) => g.underSkin), spine]);
  return {
    parts: [skinPart(skin), irisPart(skin), ...groups.flatMap((g) => g.parts(skin)), ...bones],
    anchors: groups.flatMap((g) => g.anchors),
  };
}

/** Every mesh of the body. */
export function buildAnatomy(): Part[] {
  return buildBody().parts;
}
