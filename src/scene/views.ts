/**
 * The camera presets. Which layers each view shows, and which view shows each region, come
 * from the atlas (`src/model/atlas.ts`); the camera's angles and framing are here.
 */
import {
  LAYER_IDS,
  layerOfRegion,
  LAYERS,
  PICK_OPACITY,
  REGIONS,
  VIEW_IDS,
  VIEW_LAYERS,
  type LayerId,
  type RegionId,
  type ViewId,
} from '../model/atlas.js';

export { layerOfRegion, PICK_OPACITY, type LayerId, type ViewId };

export const VIEWS: readonly ViewId[] = VIEW_IDS;

/** Whether a model node's `layer` extra names a layer of the atlas. */
export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

export interface ViewPreset {
  /** Camera azimuth in radians around the body's vertical axis; 0 looks at the face. */
  yaw: number;
  /** Camera elevation in radians. */
  pitch: number;
  /** The part of the body to frame: heights in metres (floor 0). */
  frame: { bottom: number; top: number; halfWidth: number };
  /** Opacity of each layer; 0 hides it. A layer below PICK_OPACITY cannot be tapped. */
  opacity: Record<LayerId, number>;
}

const FULL_BODY = { bottom: -0.02, top: 1.74, halfWidth: 0.42 };

/** The camera of each view (a view added to the atlas needs one here). */
const CAMERAS: Record<ViewId, Omit<ViewPreset, 'opacity'>> = {
  back: { yaw: Math.PI, pitch: 0.06, frame: FULL_BODY },
  side: { yaw: Math.PI / 2, pitch: 0.06, frame: FULL_BODY },
  front: { yaw: 0, pitch: 0.06, frame: FULL_BODY },
  deep: { yaw: 0.45, pitch: 0.12, frame: { bottom: 0.72, top: 1.25, halfWidth: 0.2 } },
};

export const VIEW_PRESETS = Object.fromEntries(
  VIEW_IDS.map((id) => [id, { ...CAMERAS[id], opacity: { ...VIEW_LAYERS[id].opacity } }]),
) as Record<ViewId, ViewPreset>;

/** The view to switch to when a region is selected that the current view cannot show. */
export function viewShowing(region: RegionId, current: ViewId): ViewId {
  const layer = layerOfRegion(region);
  if (VIEW_PRESETS[current].opacity[layer] >= PICK_OPACITY) return current;
  return REGIONS[region].view ?? LAYERS[layer].view;
}
