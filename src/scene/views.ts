import type { RegionId } from '../model/graph.js';

export const VIEWS = ['back', 'side', 'front', 'deep'] as const;
export type ViewId = (typeof VIEWS)[number];

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

export type LayerId = 'skin' | 'skeleton' | 'back-line' | 'deep';

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

export const PICK_OPACITY = 0.5;

const FULL_BODY = { bottom: -0.02, top: 1.74, halfWidth: 0.42 };

export const VIEW_PRESETS: Record<ViewId, ViewPreset> = {
  back: { yaw: Math.PI, pitch: 0.06, frame: FULL_BODY, opacity: { skin: 0.22, skeleton: 0, 'back-line': 1, deep: 0 } },
  side: { yaw: Math.PI / 2, pitch: 0.06, frame: FULL_BODY, opacity: { skin: 0.22, skeleton: 0, 'back-line': 1, deep: 0 } },
  front: { yaw: 0, pitch: 0.06, frame: FULL_BODY, opacity: { skin: 0.45, skeleton: 0, 'back-line': 0.35, deep: 1 } },
  deep: {
    yaw: 0.45,
    pitch: 0.12,
    frame: { bottom: 0.72, top: 1.25, halfWidth: 0.2 },
    opacity: { skin: 0.1, skeleton: 0.9, 'back-line': 0.22, deep: 1 },
  },
};

export const DEEP_REGIONS: readonly RegionId[] = ['psoas', 'kidney'];

export function layerOfRegion(region: RegionId): LayerId {
  return DEEP_REGIONS.includes(region) ? 'deep' : 'back-line';
}

/** The view to switch to when a region is selected that the current view cannot show. */
export function viewShowing(region: RegionId, current: ViewId): ViewId {
  const layer = layerOfRegion(region);
  if (VIEW_PRESETS[current].opacity[layer] >= PICK_OPACITY) return current;
  return layer === 'deep' ? 'deep' : 'back';
}
