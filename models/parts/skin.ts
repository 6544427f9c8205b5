/**
 * The skin: a trunk loft with ellipsoids blended on, limbs, hands, feet and a face. `baseSkin`
 * is the skin without the muscles; `grownSkin` grows it over the muscles that lie just under it.
 */
import {
  type Sdf, type Vec3, add, capsule, custom, cross, ellipsoid, ellipsoidBetween, frameAlong, intersect, loft,
  mirrorX, norm, offset, scale, shell, sub, subtract, tube, union, boxOf,
} from '../sdf';
import { footFrame } from '../landmarks';
import type { Part } from '../part';
import { bilateral, ctrlSide, hermiteTable, side } from '../shape';

/** Trunk cross-sections: y, half width, front z, back z. */
const TRUNK_ROWS = [
  [0.76, 0.145, 0.065, -0.085],
  [0.82, 0.16, 0.08, -0.095],
  [0.89, 0.163, 0.088, -0.1],
  [0.95, 0.156, 0.093, -0.098],
  [1.01, 0.15, 0.095, -0.09],
  [1.07, 0.142, 0.095, -0.085],
  [1.13, 0.146, 0.1, -0.09],
  [1.19, 0.153, 0.107, -0.1],
  [1.25, 0.161, 0.113, -0.108],
  [1.31, 0.167, 0.11, -0.11],
  [1.36, 0.155, 0.092, -0.1],
  [1.395, 0.115, 0.055, -0.082],
  [1.415, 0.07, 0.032, -0.066],
  [1.43, 0.052, 0.022, -0.058],
];
const trunkAt = hermiteTable(TRUNK_ROWS);

function trunk(): Sdf {
  return loft(0.76, 1.43, (y) => {
    const [a, zf, zb] = trunkAt(y);
    return [0, 0, a, zf, -zb];
  }, 0.04);
}

/** Arm joints (left side). Relaxed A-pose: upper arm 28° and forearm 32° from vertical. */
export const ARM = (() => {
  const S: Vec3 = [0.198, 1.383, -0.012];
  const du = norm([Math.sin((28 * Math.PI) / 180), -Math.cos((28 * Math.PI) / 180), 0.02]);
  const E = add(S, scale(du, 0.3));
  const df = norm([Math.sin((32 * Math.PI) / 180), -Math.cos((32 * Math.PI) / 180), 0.12]);
  const W = add(E, scale(df, 0.245));
  return { S, E, W, df };
})();

function arm(s: 1 | -1): Sdf {
  const { S, E, W } = ARM;
  const mid = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
  const c = [
    [...add(S, [-0.02, 0.02, 0]), 0.05],
    [...mid(S, E, 0.25), 0.047],
    [...mid(S, E, 0.55), 0.043],
    [...mid(S, E, 0.85), 0.036],
    [...E, 0.034],
    [...mid(E, W, 0.25), 0.037],
    [...mid(E, W, 0.6), 0.03],
    [...W, 0.024],
  ];
  const limb = tube(ctrlSide(c, s));
  // Biceps/triceps and forearm flexor masses so the arm is not a plain cone.
  const biceps = ellipsoidBetween(side(add(mid(S, E, 0.3), [0.005, 0, 0.012]), s), side(add(mid(S, E, 0.85), [0, 0, 0.012]), s), 0.03, 0.032);
  const triceps = ellipsoidBetween(side(add(mid(S, E, 0.15), [0, 0, -0.014]), s), side(add(mid(S, E, 0.8), [0, 0, -0.016]), s), 0.032, 0.03);
  const forearm = ellipsoidBetween(side(add(mid(E, W, -0.05), [0.004, 0, 0]), s), side(mid(E, W, 0.65), s), 0.036, 0.03);
  const deltoid = ellipsoid(side([0.2, 1.365, -0.008], s), [0.05, 0.07, 0.057], frameAlong([s * 0.4, -1, 0]));
  const wrist = ellipsoid(side(W, s), [0.026, 0.02, 0.02], frameAlong(s === 1 ? ARM.df : mirrorX(ARM.df)));
  return union([[limb, 0], [biceps, 0.03], [triceps, 0.03], [forearm, 0.03], [deltoid, 0.035], [wrist, 0.02], [hand(s), 0.02]]);
}

function hand(s: 1 | -1): Sdf {
  const { W } = ARM;
  const u = ARM.df; // along the hand
  const w0: Vec3 = [0, 0, 1];
  const w = norm(sub(w0, scale(u, u[2]))); // toward the front (thumb side)
  const n = norm(cross(u, w)); // toward the palm (medial)
  const P = (a: number, b: number, c: number): Vec3 => side(add(add(add(W, scale(u, a)), scale(w, b)), scale(n, c)), s);
  const palmAxes: [Vec3, Vec3, Vec3] = [side(n, s), side(u, s), side(w, s)].map((v) => v) as [Vec3, Vec3, Vec3];
  const palm = ellipsoid(P(0.05, 0.0, 0.0), [0.015, 0.052, 0.043], palmAxes);
  const thenar = ellipsoid(P(0.035, 0.024, 0.008), [0.013, 0.028, 0.017], palmAxes);
  const fingers: [Sdf, number][] = [];
  const fw = [0.027, 0.009, -0.009, -0.026];
  const fu = [0.093, 0.097, 0.094, 0.086];
  const fl = [0.07, 0.078, 0.073, 0.058];
  const fr = [0.0082, 0.0085, 0.008, 0.007];
  for (let i = 0; i < 4; i++) {
    const b = fw[i], a = fu[i], l = fl[i], r = fr[i];
    const spread = b * 0.35;
    fingers.push([
      tube([
        [...P(a - 0.012, b, -0.002), r * 1.15],
        [...P(a + l * 0.35, b + spread * 0.4, 0.001), r],
        [...P(a + l * 0.68, b + spread * 0.75, 0.008), r * 0.92],
        [...P(a + l * 0.9, b + spread, 0.018), r * 0.82],
        [...P(a + l * 0.97, b + spread, 0.024), r * 0.7],
      ], 0.005),
      0,
    ]);
  }
  const t1 = norm(add(add(scale(u, 0.5), scale(w, 0.8)), scale(n, 0.3)));
  const t2 = norm(add(add(scale(u, 0.8), scale(w, 0.45)), scale(n, 0.4)));
  const cmc = add(add(W, scale(u, 0.022)), add(scale(w, 0.02), scale(n, 0.004)));
  const mcp = add(cmc, scale(t1, 0.042));
  const ip = add(mcp, scale(t2, 0.03));
  const tip = add(ip, scale(t2, 0.024));
  const thumb = tube(ctrlSide([[...cmc, 0.013], [...mcp, 0.0105], [...ip, 0.0088], [...tip, 0.007]], s), 0.005);
  return union([[palm, 0], [thenar, 0.012], [union(fingers), 0.012], [thumb, 0.012]]);
}

function foot(s: 1 | -1): Sdf {
  const F = footFrame(s);
  const fwd = norm(sub(F(0, 0, 1), F(0, 0, 0)));
  const heel = ellipsoid(F(0, 0.036, -0.052), [0.03, 0.038, 0.04]);
  const sole = ellipsoidBetween(F(0.0, 0.022, -0.065), F(0.006, 0.018, 0.145), 0.041, 0.026, [0, 1, 0]);
  const instep = ellipsoidBetween(F(0, 0.075, -0.01), F(0.002, 0.022, 0.14), 0.032, 0.03, side([1, 0, 0], s));
  const ball = ellipsoid(F(-0.002, 0.02, 0.11), [0.045, 0.02, 0.03], frameAlong([0, 1, 0], fwd));
  const toes: [Sdf, number][] = [];
  const tx = [-0.03, -0.011, 0.004, 0.018, 0.031];
  const tz = [0.165, 0.163, 0.156, 0.147, 0.136];
  const tr = [0.0115, 0.0075, 0.007, 0.0065, 0.006];
  for (let i = 0; i < 5; i++) {
    toes.push([tube([
      [...F(tx[i] * 0.92, 0.02, tz[i] - 0.045), tr[i] * 1.2],
      [...F(tx[i], 0.016 + tr[i] * 0.4, tz[i] - 0.02), tr[i]],
      [...F(tx[i], tr[i] * 0.95, tz[i] - tr[i]), tr[i] * 0.9],
    ], 0.004), 0]);
  }
  const malleoli = union([
    [ellipsoid(F(0.025, 0.075, -0.022), [0.011, 0.015, 0.012]), 0],
    [ellipsoid(F(-0.022, 0.082, -0.015), [0.011, 0.015, 0.012]), 0],
  ]);
  const body = union([[heel, 0], [sole, 0.03], [instep, 0.03], [ball, 0.02], [union(toes), 0.01], [malleoli, 0.015]]);
  // Flat on the floor.
  const floor = custom(boxOf([-1, -0.1, -1], [1, 0.2, 1]), (_x, y) => -y);
  return intersect(body, floor, 0.006);
}

function leg(s: 1 | -1): Sdf {
  const c = [
    [0.088, 0.95, -0.005, 0.08],
    [0.09, 0.82, 0.0, 0.083],
    [0.088, 0.7, 0.005, 0.072],
    [0.085, 0.58, 0.008, 0.058],
    [0.082, 0.49, 0.005, 0.048],
    [0.079, 0.43, -0.006, 0.046],
    [0.078, 0.36, -0.012, 0.05],
    [0.078, 0.26, -0.012, 0.04],
    [0.077, 0.17, -0.014, 0.029],
    [0.077, 0.1, -0.018, 0.025],
    [0.077, 0.07, -0.02, 0.026],
  ];
  const limb = tube(ctrlSide(c, s));
  const quads = ellipsoid(side([0.088, 0.7, 0.03], s), [0.058, 0.17, 0.05]);
  const vmo = ellipsoid(side([0.062, 0.555, 0.022], s), [0.032, 0.055, 0.034]);
  const patella = ellipsoid(side([0.082, 0.49, 0.04], s), [0.023, 0.027, 0.015]);
  const shin = ellipsoidBetween(side([0.074, 0.43, 0.02], s), side([0.076, 0.12, 0.0], s), 0.017, 0.015);
  return union([[limb, 0], [quads, 0.05], [vmo, 0.04], [patella, 0.03], [shin, 0.03], [foot(s), 0.035]]);
}

function head(): Sdf {
  const cranium = ellipsoid([0, 1.603, -0.006], [0.074, 0.094, 0.097]);
  const face = union([
    [ellipsoid([0, 1.566, 0.03], [0.058, 0.052, 0.06]), 0],
    [ellipsoid([0, 1.517, 0.036], [0.046, 0.04, 0.052]), 0.03],
  ]);
  const brow = ellipsoid([0, 1.622, 0.08], [0.044, 0.008, 0.011]);
  const jaw = bilateral((s) => tube(ctrlSide([[0.054, 1.56, -0.012, 0.008], [0.05, 1.517, -0.004, 0.009], [0.03, 1.492, 0.052, 0.009], [0.01, 1.484, 0.074, 0.011]], s), 0.005));
  const chin = ellipsoid([0, 1.49, 0.077], [0.017, 0.014, 0.012]);
  const cheeks = bilateral((s) => ellipsoid(side([0.043, 1.573, 0.058], s), [0.02, 0.016, 0.016]));
  const nose = union([
    [ellipsoidBetween([0, 1.6, 0.09], [0, 1.556, 0.106], 0.0075, 0.01), 0],
    [ellipsoid([0, 1.556, 0.101], [0.0095, 0.009, 0.0095]), 0.008],
    [bilateral((s) => ellipsoid(side([0.0105, 1.556, 0.094], s), [0.007, 0.006, 0.007])), 0.006],
  ]);
  const lips = union([
    [ellipsoid([0, 1.517, 0.081], [0.019, 0.005, 0.006]), 0],
    [ellipsoid([0, 1.505, 0.079], [0.016, 0.0055, 0.006]), 0.004],
  ]);
  const ears = bilateral((s) => {
    const c: Vec3 = side([0.076, 1.585, -0.012], s);
    const axes = frameAlong([0, 1, -0.25], side([1, 0, 0], s));
    const ear = ellipsoid(c, [0.018, 0.03, 0.0095], [axes[2], axes[1], axes[0]]);
    const concha = ellipsoid(add(c, side([0.0105, -0.003, 0.002], s)), [0.009, 0.015, 0.006], [axes[2], axes[1], axes[0]]);
    return subtract(ear, concha, 0.005);
  });
  const neck = tube([[0, 1.42, -0.025, 0.061], [0, 1.48, -0.021, 0.055], [0, 1.55, -0.022, 0.051]]);
  const scm = bilateral((s) => capsule(side([0.05, 1.565, -0.02], s), side([0.02, 1.45, 0.026], s), 0.012, 0.009));
  let hd = union([
    [cranium, 0], [face, 0.03], [brow, 0.025], [jaw, 0.02], [chin, 0.015], [cheeks, 0.02], [nose, 0.012],
    [lips, 0.01], [neck, 0.03], [scm, 0.02], [ears, 0.008],
  ]);
  const sockets = bilateral((s) => ellipsoid(side([0.031, 1.594, 0.097], s), [0.016, 0.008, 0.005]));
  hd = subtract(hd, sockets, 0.01);
  const eyes = bilateral((s) => ellipsoid(side([0.031, 1.591, 0.0765], s), [0.0125, 0.0115, 0.0125]));
  const mouth = ellipsoid([0, 1.511, 0.086], [0.015, 0.001, 0.005]);
  return subtract(union([[hd, 0], [eyes, 0.004]]), mouth, 0.002);
}

/** The skin without the muscles that shape it. */
export function baseSkin(): Sdf {
  const buttocks = bilateral((s) => ellipsoid(side([0.07, 0.885, -0.055], s), [0.085, 0.095, 0.065]));
  const chest = bilateral((s) => ellipsoid(side([0.07, 1.285, 0.062], s), [0.08, 0.052, 0.042]));
  const scapulae = bilateral((s) => ellipsoid(side([0.085, 1.3, -0.06], s), [0.058, 0.08, 0.045]));
  const abdomen = ellipsoid([0, 1.05, 0.035], [0.1, 0.11, 0.062]);
  const trapezius = bilateral((s) => ellipsoidBetween(side([0.03, 1.455, -0.05], s), side([0.2, 1.392, -0.022], s), 0.036, 0.028, [0, 1, 0]));
  const lats = bilateral((s) => ellipsoid(side([0.105, 1.22, -0.045], s), [0.045, 0.1, 0.05]));
  const body = union([
    [trunk(), 0], [buttocks, 0.04], [chest, 0.04], [scapulae, 0.045], [abdomen, 0.05], [trapezius, 0.04], [lats, 0.05],
    [bilateral(leg), 0.035], [bilateral(arm), 0.035], [head(), 0.035],
  ]);
  // Intergluteal cleft.
  const cleft = ellipsoid([0, 0.835, -0.14], [0.008, 0.06, 0.04]);
  return subtract(body, cleft, 0.018);
}

/**
 * The final skin: the base grown over the muscles that lie just under it (by 2.5 mm), so the
 * skin always encloses them and they shape it.
 */
export function grownSkin(base: Sdf, underSkin: Sdf[]): Sdf {
  const muscles = union(underSkin.map((s) => [s, 0] as [Sdf, number]));
  // A small blend radius: two nearly coincident surfaces joined by smin(k) bulge by up to k/4,
  // which would lift the skin off the muscles.
  return union([[base, 0], [offset(muscles, 0.0025), 0.004]]);
}

export function skinPart(skin: Sdf): Part {
  return { name: 'skin', sdf: skin, voxel: 0.003, tris: 17500, material: 'skin', layer: 'skin', zones: SKIN_ZONES };
}

/**
 * The irises: a dark disc on the front of each eye, lying on the skin's eye surface (about 1 mm
 * proud of it), so that the face reads as looking out rather than as a mask with closed lids.
 * Context (layer `skin`), drawn with the skin's opacity.
 */
export function irisPart(skin: Sdf): Part {
  const disc = bilateral((s) => ellipsoid(side([0.031, 1.5915, 0.089], s), [0.0056, 0.0056, 0.006]));
  return { name: 'irises', sdf: intersect(disc, shell(skin, 0.0006, -0.0008), 0.0006), voxel: 0.0006, tris: 160, material: 'iris', layer: 'skin' };
}

/** Head, hands and feet keep more triangles per area than the trunk and limbs. */
const SKIN_ZONES: NonNullable<Part['zones']> = [
  { name: 'head', tris: 4200, contains: (_x, y) => y > 1.47 },
  { name: 'hands', tris: 2400, contains: (x) => Math.abs(x) > 0.45 },
  { name: 'feet', tris: 2200, contains: (_x, y) => y < 0.09 },
];
