/**
 * The bladder meridian overlay (足の太陽膀胱経, DOMAIN.md §8), drawn on the skin:
 * - the line `bladder-meridian-line` (layer `meridian`, overlay `bladder-meridian`): inner eye
 *   (BL1) → up the forehead and over the head ≈1.5 cun from the midline → the neck (BL10) →
 *   two back lines, 1.5 and 3 cun lateral to the midline (≈0.020 and 0.040 H) → over the
 *   sacrum and buttock → back of the thigh → the popliteal crease where the lines meet (BL40)
 *   → calf (BL57) → behind the lateral malleolus (BL60) → along the outer edge of the foot
 *   to the little toe (BL67);
 * - one marker per atlas point (`bl10` … `ki1`, regions of kind `point`): a small disc lying on
 *   the skin at the WHO 2008 location (DOMAIN's x and y, projected onto the skin along −z, or
 *   along −y for KI1 on the sole), on the left side of the body (where the anchors are).
 *
 * Both are strips of the skin's own surface (a thin shell straddling it, cut by a tube along
 * the path or a ball round the point), so they follow the skin exactly and stand about 1 mm
 * proud of it. They are the only meshes allowed outside the skin.
 */
import { type Sdf, type Vec3, ellipsoid, intersect, shell, tube, union } from '../sdf';
import { footFrame, H } from '../landmarks';
import type { AnchorSpec, BodyContext, BodyPart, Part } from '../part';
import { bilateral } from '../shape';
import type { RegionId } from '../../src/model/atlas';

const h = (f: number) => f * H;

/** DOMAIN.md §8 point locations (left side, fractions of H → metres); z is where the skin is. */
export const POINTS: Record<Extract<RegionId, `bl${string}` | 'ki1'>, { x: number; y: number; z: number; along: 'back' | 'sole' }> = {
  bl10: { x: h(0.018), y: h(0.91), z: h(-0.04), along: 'back' },
  bl23: { x: h(0.02), y: h(0.638), z: h(-0.062), along: 'back' },
  bl25: { x: h(0.02), y: h(0.598), z: h(-0.064), along: 'back' },
  bl36: { x: h(0.043), y: h(0.475), z: h(-0.075), along: 'back' },
  bl40: { x: h(0.045), y: h(0.285), z: h(-0.035), along: 'back' },
  bl57: { x: h(0.045), y: h(0.162), z: h(-0.045), along: 'back' },
  bl60: { x: h(0.057), y: h(0.039), z: h(-0.03), along: 'back' },
  ki1: { x: h(0.048), y: 0, z: h(0.028), along: 'sole' },
};

/** Marker radius (m): a 13 mm disc, easy to see and, with the scene's tap slop, to tap. */
export const POINT_RADIUS = 0.0065;

export const MERIDIAN_ANCHORS: AnchorSpec[] = (Object.keys(POINTS) as (keyof typeof POINTS)[]).map((id) => ({
  region: id,
  // The marker's centre, on its outer face.
  score: (x, y, z) => {
    const p = POINTS[id];
    if (x <= 0) return -Infinity;
    return p.along === 'sole' ? -Math.hypot(x - p.x, z - p.z) - y : -Math.hypot(x - p.x, y - p.y) - 0.2 * z;
  },
}));

/** Walks from `from` (inside) along `dir` to the surface of `skin`. */
export function toSurface(skin: Sdf, from: Vec3, dir: Vec3): Vec3 {
  const l = Math.hypot(dir[0], dir[1], dir[2]);
  const d: Vec3 = [dir[0] / l, dir[1] / l, dir[2] / l];
  if (skin.f(...from) > 0) throw new Error(`toSurface: start outside the skin at ${from.join(',')}`);
  let a = 0, b = 0.001;
  const at = (t: number): Vec3 => [from[0] + d[0] * t, from[1] + d[1] * t, from[2] + d[2] * t];
  while (skin.f(...at(b)) < 0) { a = b; b += 0.001; }
  for (let i = 0; i < 30; i++) {
    const m = (a + b) / 2;
    if (skin.f(...at(m)) < 0) a = m; else b = m;
  }
  return at((a + b) / 2);
}

/** The point's marker centre: DOMAIN's x, y on the back skin (or x, z on the sole). */
export function pointOnSkin(skin: Sdf, id: keyof typeof POINTS): Vec3 {
  const p = POINTS[id];
  return p.along === 'sole'
    ? toSurface(skin, [p.x, 0.03, p.z], [0, -1, 0])
    : toSurface(skin, [p.x, p.y, p.z + 0.03], [0, 0, -1]);
}

/** The meridian's path on the left side, as surface points. */
function path(skin: Sdf): Vec3[] {
  const pts: Vec3[] = [];
  const back = (x: number, y: number, zIn: number) => pts.push(toSurface(skin, [x, y, zIn], [0, 0, -1]));
  // Face: BL1 at the inner canthus, BL2 at the inner end of the eyebrow.
  pts.push(toSurface(skin, [0.017, 1.594, 0.05], [0, 0, 1]));
  pts.push(toSurface(skin, [0.019, 1.61, 0.05], [0, 0, 1]));
  pts.push(toSurface(skin, [0.021, 1.625, 0.05], [0, 0.2, 1]));
  // Over the head, ≈1.5 cun from the midline.
  for (let deg = 28; deg <= 158; deg += 6) {
    const t = (deg * Math.PI) / 180;
    pts.push(toSurface(skin, [0.024, 1.6, -0.005], [0, Math.sin(t), Math.cos(t)]));
  }
  // Neck down to BL10, then the inner back line (1.5 cun) to the sacrum.
  for (const y of [1.575, POINTS.bl10.y]) back(0.028, y, -0.02);
  for (let y = 1.52; y >= 0.97; y -= 0.03) back(0.034, y, -0.03);
  // Over the sacral foramina (BL31–34), beside the coccyx (BL35), to the gluteal fold (BL36).
  for (const [x, y] of [[0.028, 0.945], [0.021, 0.915], [0.016, 0.885], [0.013, 0.86], [0.03, 0.84], [0.055, 0.82], [POINTS.bl36.x, POINTS.bl36.y]]) back(x, y, -0.04);
  // Down the back of the thigh to the popliteal crease (BL40).
  for (const [x, y] of [[0.076, 0.76], [0.077, 0.68], [0.077, 0.6], [0.077, 0.54], [POINTS.bl40.x, POINTS.bl40.y]]) back(x, y, -0.0);
  // Calf: BL57 at the tendon junction, out to BL58, down behind the lateral malleolus (BL60).
  for (const [x, y] of [[0.0765, 0.42], [0.0765, 0.34], [POINTS.bl57.x, POINTS.bl57.y], [0.085, 0.225], [0.091, 0.17], [0.094, 0.12], [0.096, 0.09], [POINTS.bl60.x, POINTS.bl60.y]]) back(x, y, -0.015);
  // The outer edge of the foot to the little toe (BL62 … BL67), projected sideways.
  const F = footFrame(1);
  const out: Vec3 = [Math.cos((6 * Math.PI) / 180), 0, -Math.sin((6 * Math.PI) / 180)];
  for (const [y, lz] of [[0.05, -0.045], [0.04, -0.025], [0.032, 0.0], [0.024, 0.04], [0.02, 0.08], [0.016, 0.11], [0.012, 0.13]]) {
    pts.push(toSurface(skin, F(0.0, y, lz), out));
  }
  return pts;
}

/** The outer back line (3 cun) from T2 to the sacrum, then lateral down the buttock to BL39–BL40. */
function outerPath(skin: Sdf): Vec3[] {
  const pts: Vec3[] = [];
  for (let y = 1.42; y >= 0.92; y -= 0.03) pts.push(toSurface(skin, [0.068, y, -0.03], [0, 0, -1]));
  for (const [x, y] of [[0.072, 0.89], [0.082, 0.84], [0.09, 0.76], [0.093, 0.66], [0.092, 0.56], [0.09, 0.5], [POINTS.bl40.x + 0.004, POINTS.bl40.y]]) {
    pts.push(toSurface(skin, [x, y, 0.0], [0, 0, -1]));
  }
  return pts;
}

const LINE_R = 0.0022;

export function meridian(_ctx: BodyContext): BodyPart {
  return {
    underSkin: [],
    parts: (skin) => {
      const onSkin = shell(skin, 0.0009, -0.0004);
      const strip = (pts: Vec3[]) => tube(pts.map((p) => [...p, LINE_R]), 0.004);
      const left = union([[strip(path(skin)), 0], [strip(outerPath(skin)), 0]]);
      const line = intersect(bilateral((s) => (s === 1 ? left : mirrored(left))), onSkin, 0.0008);
      const parts: Part[] = [
        { name: 'bladder-meridian-line', sdf: line, voxel: 0.0008, tris: 2100, previewTris: 520, material: 'meridian', layer: 'meridian', overlay: 'bladder-meridian' },
      ];
      for (const id of Object.keys(POINTS) as (keyof typeof POINTS)[]) {
        const c = pointOnSkin(skin, id);
        // Both sides carry the point; the anchor is on the left.
        const ball = ellipsoid(c, [POINT_RADIUS, POINT_RADIUS, POINT_RADIUS]);
        const disc = intersect(union([[ball, 0], [mirrored(ball), 0]]), shell(skin, 0.0011, -0.0006), 0.0008);
        parts.push({ name: `point-${id}`, sdf: disc, voxel: 0.0007, tris: 60, material: 'meridian-point', region: id });
      }
      return parts;
    },
    anchors: MERIDIAN_ANCHORS,
  };
}

/** The same field mirrored to the right side (x → −x). */
function mirrored(a: Sdf): Sdf {
  const box = { min: [-a.box.max[0], a.box.min[1], a.box.min[2]] as Vec3, max: [-a.box.min[0], a.box.max[1], a.box.max[2]] as Vec3 };
  const self: Sdf = {
    box,
    f: (x, y, z) => a.f(-x, y, z),
    restrict(b, m) {
      const r = a.restrict({ min: [-b.max[0], b.min[1], b.min[2]], max: [-b.min[0], b.max[1], b.max[2]] }, m);
      return r ? mirrored(r) : null;
    },
  };
  return self;
}
