/**
 * The deep regions: the psoas major (T12 → in front of the hip → lesser trochanter) and the
 * kidneys against the posterior abdominal wall, and their anchors.
 */
import { type Sdf, type Vec3, add, cross, ellipsoid, norm, scale, sub, subtract, tube } from '../sdf';
import { L, spineZ } from '../landmarks';
import type { AnchorSpec, BodyPart, Part } from '../part';
import { ctrlSide, side } from '../shape';

/** Anchors face the front camera (the atlas: `faces: 'front'`). */
export const DEEP_ANCHORS: AnchorSpec[] = [
  { region: 'psoas', score: (x, y, z) => (x > 0 ? z - 2 * Math.abs(y - 0.985) : -Infinity) },
  { region: 'kidney', score: (x, y, z, m) => (m === 'kidney-left' ? 0.6 * x + 0.8 * z - 2 * Math.abs(y - 1.113) : -Infinity) },
];

export function deep(): BodyPart {
  return {
    underSkin: [],
    parts: () => {
      const parts: Part[] = [];
      for (const s of [1, -1] as const) {
        const sideName = s === 1 ? 'left' : 'right';
        parts.push({ name: `psoas-${sideName}`, sdf: psoas(s), voxel: 0.0015, tris: 1000, material: 'muscle', region: 'psoas' });
        parts.push({ name: `kidney-${sideName}`, sdf: kidney(s), voxel: 0.0015, tris: 600, material: 'kidney', region: 'kidney' });
      }
      return parts;
    },
    anchors: DEEP_ANCHORS,
  };
}

export function psoas(s: 1 | -1): Sdf {
  const c = [
    [0.02, L.t12, spineZ(L.t12) + 0.008, 0.008],
    [0.025, L.l1, spineZ(L.l1) + 0.012, 0.012],
    [0.03, L.l2, spineZ(L.l2) + 0.016, 0.016],
    [0.036, L.l3, spineZ(L.l3) + 0.018, 0.02],
    [0.044, L.l4, 0.002, 0.024],
    [L.psoasWidest[0] + 0.002, L.psoasWidest[1], L.psoasWidest[2] + 0.004, 0.025],
    [0.068, 0.95, 0.03, 0.021],
    [L.iliopsoasHip[0], L.iliopsoasHip[1] + 0.005, L.iliopsoasHip[2], 0.016],
    [0.094, 0.86, 0.022, 0.011],
    [L.lesserTrochanter[0] - 0.002, L.lesserTrochanter[1] + 0.006, L.lesserTrochanter[2] + 0.006, 0.006],
  ];
  return tube(ctrlSide(c, s), 0.006);
}

export function kidney(s: 1 | -1): Sdf {
  const c = s === 1 ? L.kidneyLeft : L.kidneyRight;
  const centre: Vec3 = side([c[0] + 0.006, c[1], c[2]], s);
  const [rx, ry, rz] = [L.kidneySize[0] / 2 + 0.002, L.kidneySize[1] / 2, L.kidneySize[2] / 2 + 0.002];
  // Upper pole tilted ~15° toward the midline; the hilum faces forward and inward (~30°).
  const tilt = (15 * Math.PI) / 180, turn = (30 * Math.PI) / 180;
  const v: Vec3 = side([-Math.sin(tilt), Math.cos(tilt), 0], s);
  let u: Vec3 = side([Math.cos(turn), 0, Math.sin(turn)], s);
  u = norm(sub(u, scale(v, u[0] * v[0] + u[1] * v[1] + u[2] * v[2])));
  const w = cross(u, v);
  const bean = ellipsoid(centre, [rx, ry, rz], [u, v, w]);
  const hilum = ellipsoid(add(centre, scale(u, -rx * 1.05)), [rx * 0.45, ry * 0.32, rz * 0.7], [u, v, w]);
  return subtract(bean, hilum, 0.008);
}
