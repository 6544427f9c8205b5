/**
 * Landmarks of the body, from the placement table in DOMAIN.md (fractions of stature H), and
 * the frames that several body parts share (the foot's, the spine's curve).
 *
 * Units metres, y up, floor at y = 0, +z anterior, x = lateral (+x is the body's left side).
 * Constants named after the landmark keep the numbers traceable.
 */
import type { Vec3 } from './sdf';
import { hermiteTable, side } from './shape';

export const H = 1.7;
const h = (f: number) => f * H;

// Landmarks from DOMAIN.md (left side, x > 0)
export const L = {
  vertex: h(1.0),
  eye: h(0.936),
  chin: h(0.87),
  c7: h(0.86),
  shoulder: [h(0.129), h(0.818), -0.01] as Vec3,
  t12: h(0.685), l1: h(0.665), l2: h(0.645), l3: h(0.625), l4: h(0.605), l5: h(0.585), s1: h(0.57),
  greaterTrochanter: h(0.53),
  knee: h(0.285),
  ankle: h(0.039),
  hipJoint: [h(0.05), h(0.52), h(0.005)] as Vec3,
  ischialTuberosity: [h(0.033), h(0.49), h(-0.035)] as Vec3,
  lesserTrochanter: [h(0.058), h(0.48), h(-0.01)] as Vec3,
  calcaneusTuber: [h(0.045), h(0.02), h(-0.048)] as Vec3,
  plantarHeel: [h(0.045), h(0.01), h(-0.04)] as Vec3,
  plantarToes: [h(0.05), h(0.006), h(0.075)] as Vec3,
  gastrocHeads: [h(0.045), h(0.295), h(-0.02)] as Vec3,
  gastrocBelly: h(0.22),
  gastrocTendon: h(0.16),
  fibularHead: [h(0.068), h(0.265), h(-0.012)] as Vec3,
  medialTibia: [h(0.028), h(0.265), h(-0.008)] as Vec3,
  sacrotuberousSacrum: [h(0.016), h(0.545), h(-0.058)] as Vec3,
  psis: [h(0.027), h(0.575), h(-0.06)] as Vec3,
  erectorBottom: h(0.555),
  erectorTop: h(0.932),
  inion: [0, h(0.935), h(-0.056)] as Vec3,
  brow: [0, h(0.95), h(0.06)] as Vec3,
  psoasWidest: [h(0.03), h(0.59), h(0.005)] as Vec3,
  iliopsoasHip: [h(0.055), h(0.535), h(0.035)] as Vec3,
  kidneyLeft: [h(0.043), h(0.655), h(-0.02)] as Vec3,
  kidneyRight: [h(0.043), h(0.645), h(-0.02)] as Vec3,
  kidneySize: [h(0.035), h(0.065), h(0.018)] as Vec3,
};

/** Foot point in a frame turned out by 6° about the ankle (lx lateral, lz forward). */
export function footFrame(s: 1 | -1) {
  const ax = 0.077, az = -0.02;
  const a = (6 * Math.PI) / 180;
  return (lx: number, y: number, lz: number): Vec3 => side([ax + lx * Math.cos(a) + lz * Math.sin(a), y, az - lx * Math.sin(a) + lz * Math.cos(a)], s);
}

/** Spine: vertebral body centre z as a function of height (lordosis / kyphosis). */
const SPINE_ROWS = [
  [0.969, -0.05], [0.9945, -0.032], [1.0285, -0.022], [1.0625, -0.02], [1.0965, -0.023], [1.1305, -0.028],
  [1.1645, -0.034], [1.26, -0.05], [1.36, -0.052], [1.44, -0.04], [1.462, -0.035], [1.51, -0.022], [1.56, -0.015],
];
export const spineZ = (y: number) => hermiteTable(SPINE_ROWS)(y)[0];
