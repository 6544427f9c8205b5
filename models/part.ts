/**
 * What each body part module (models/parts/*.ts) gives the generator: meshes with their
 * voxel size and triangle budget, tagged with an atlas region or a context layer, and for
 * each region an anchor score.
 */
import type { LayerId, OverlayId, RegionId, RegionLayerId } from '../src/model/atlas';
import type { Sdf } from './sdf';

export interface Part {
  name: string;
  sdf: Sdf;
  voxel: number;
  tris: number;
  material: 'skin' | 'iris' | 'muscle' | 'tendon' | 'bone' | 'kidney' | 'nerve' | 'meridian' | 'meridian-point';
  /** The atlas region this mesh belongs to (node extras `{ region }`); its layer comes from the atlas. */
  region?: RegionId;
  /**
   * For context meshes that belong to no region (node extras `{ layer }`). An overlay's line
   * is in its overlay's layer (node extras `{ layer, overlay }`).
   */
  layer?: Exclude<LayerId, RegionLayerId> | 'meridian';
  /** Triangle budget in the light preview, where the default share would break a thin shape. */
  previewTris?: number;
  /** An overlay's line: the overlay it belongs to (`OVERLAYS` in the atlas). */
  overlay?: OverlayId;
  /**
   * Zones simplified separately (borders locked, so the seams stay closed), each with its own
   * triangle budget taken out of `tris`: the face and hands need more triangles per area.
   */
  zones?: { name: string; tris: number; contains: (x: number, y: number, z: number) => boolean }[];
}

/**
 * Where a region's anchor goes: the best-scoring vertex of the region's meshes that can be
 * seen from the side the atlas says the region faces (nothing but skin in front of it).
 */
export interface AnchorSpec {
  region: RegionId;
  /** Higher is better; -Infinity excludes a vertex. `mesh` is the part's name. */
  score: (x: number, y: number, z: number, mesh: string) => number;
}

/** What the body parts share while they are built. */
export interface BodyContext {
  /** The skin without the muscles that shape it. */
  base: Sdf;
  /** A tube through the tips of the spinous processes: the back skin clears it. */
  spine: Sdf;
}

/** One body part module's contribution. */
export interface BodyPart {
  /** Shapes lying just under the skin: the skin is grown over them, so they shape it. */
  underSkin: Sdf[];
  /** Its meshes, given the final skin (grown over every module's `underSkin`). */
  parts(skin: Sdf): Part[];
  anchors: AnchorSpec[];
}
