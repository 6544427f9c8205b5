/**
 * The body: skin, back-line regions, deep structures and skeleton as signed distance fields.
 *
 * Units metres, y up, floor at y = 0, +z anterior, x = lateral (+x is the body's left side).
 * Landmarks follow the placement table in DOMAIN.md (fractions of stature H = 1.70 m);
 * constants named after the landmark keep the numbers traceable.
 */
import {
  type Sdf, type Vec3, add, capsule, custom, ellipsoid, ellipsoidBetween, frameAlong, intersect, loft,
  mirrorX, norm, offset, scale, shell, smax, subtract, tube, union, cross, sub, len, boxOf,
} from './sdf';

export const H = 1.7;
const h = (f: number) => f * H;

// ---------------------------------------------------------------------------------------------
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

/** Both sides of a left-side shape builder, joined by a hard union. */
function bilateral(make: (s: 1 | -1) => Sdf): Sdf {
  return union([[make(1), 0], [make(-1), 0]]);
}
const side = (p: Vec3, s: 1 | -1): Vec3 => (s === 1 ? p : mirrorX(p));
const ctrlSide = (c: number[][], s: 1 | -1) => c.map(([x, y, z, r]) => [x * s, y, z, r]);

// ---------------------------------------------------------------------------------------------
// Smooth key-frame interpolation (cubic Hermite with finite-difference tangents)

function hermiteTable(rows: number[][]): (y: number) => number[] {
  const ys = rows.map((r) => r[0]);
  const n = rows.length;
  return (y: number) => {
    if (y <= ys[0]) return rows[0].slice(1);
    if (y >= ys[n - 1]) return rows[n - 1].slice(1);
    let i = 0;
    while (ys[i + 1] < y) i++;
    const y0 = ys[i], y1 = ys[i + 1], dy = y1 - y0;
    const t = (y - y0) / dy;
    const t2 = t * t, t3 = t2 * t;
    const out: number[] = [];
    for (let k = 1; k < rows[0].length; k++) {
      const p0 = rows[i][k], p1 = rows[i + 1][k];
      const m0 = i > 0 ? ((rows[i + 1][k] - rows[i - 1][k]) / (ys[i + 1] - ys[i - 1])) * dy : p1 - p0;
      const m1 = i + 2 < n ? ((rows[i + 2][k] - rows[i][k]) / (ys[i + 2] - ys[i])) * dy : p1 - p0;
      out.push((2 * t3 - 3 * t2 + 1) * p0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * p1 + (t3 - t2) * m1);
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// Skin

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

/** Foot point in a frame turned out by 6° about the ankle (lx lateral, lz forward). */
function footFrame(s: 1 | -1) {
  const ax = 0.077, az = -0.02;
  const a = (6 * Math.PI) / 180;
  return (lx: number, y: number, lz: number): Vec3 => side([ax + lx * Math.cos(a) + lz * Math.sin(a), y, az - lx * Math.sin(a) + lz * Math.cos(a)], s);
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

// ---------------------------------------------------------------------------------------------
// Placing muscles just under the skin

/** z where the ray from (x, y, zStart) toward `dir` (±1) leaves `skin`. */
export function surfaceZ(skin: Sdf, x: number, y: number, zStart: number, dir: number): number {
  let z = zStart;
  if (skin.f(x, y, z) > 0) throw new Error(`surfaceZ: start outside the skin at ${x},${y},${z}`);
  let step = 0.002;
  while (skin.f(x, y, z + dir * step) < 0) z += dir * step;
  let a = z, b = z + dir * step;
  for (let i = 0; i < 30; i++) {
    const m = (a + b) / 2;
    if (skin.f(x, y, m) < 0) a = m; else b = m;
  }
  step = 0;
  return (a + b) / 2;
}

/**
 * Turn control points [x, y, zStart, r] into a tube lying under the back (dir -1) or front
 * (dir +1) skin, its outer surface `depth` below the skin.
 */
function underSkin(skin: Sdf, ctrl: number[][], dir: number, depth: number, step = 0.007): Sdf {
  return tube(ctrl.map(([x, y, z0, r, extra]) => {
    const zs = surfaceZ(skin, x, y, z0, dir);
    return [x, y, zs - dir * (r + depth + (extra ?? 0)), r];
  }), step);
}

// ---------------------------------------------------------------------------------------------
// Back-line regions

export interface Part {
  name: string;
  sdf: Sdf;
  voxel: number;
  tris: number;
  material: 'skin' | 'muscle' | 'tendon' | 'bone' | 'kidney';
  region?: string;
  layer?: 'skin' | 'skeleton';
  /**
   * Zones simplified separately (borders locked, so the seams stay closed), each with its own
   * triangle budget taken out of `tris`: the face and hands need more triangles per area.
   */
  zones?: { name: string; tris: number; contains: (x: number, y: number, z: number) => boolean }[];
}

export function buildAnatomy(): Part[] {
  const base = baseSkin();
  const { parts: bones, spinousTips } = skeleton();
  // The skin only needs to clear the spinous processes: a cheap tube through their tips.
  const spine = tube(spinousTips, 0.006);
  const D = 0.0035; // muscle surface below the skin surface

  // Calf: gastrocnemius (two heads) over soleus, Achilles tendon.
  const calfMuscles = bilateral((s) => {
    const x = L.gastrocHeads[0];
    const gm = underSkin(base, ctrlSide([
      [x - 0.015, 0.5, 0.0, 0.0135], [x - 0.017, 0.455, -0.01, 0.022], [x - 0.014, 0.385, -0.01, 0.026],
      [x - 0.009, 0.32, -0.01, 0.019], [x - 0.003, 0.27, -0.012, 0.008],
    ], s), -1, D);
    const gl = underSkin(base, ctrlSide([
      [x + 0.016, 0.5, 0.0, 0.0125], [x + 0.018, 0.455, -0.01, 0.019], [x + 0.016, 0.4, -0.01, 0.02],
      [x + 0.01, 0.355, -0.01, 0.014], [x + 0.004, 0.315, -0.012, 0.007],
    ], s), -1, D);
    const soleus = underSkin(base, ctrlSide([
      [x, 0.45, -0.0, 0.018], [x + 0.002, 0.38, -0.01, 0.03], [x, 0.3, -0.01, 0.03],
      [x, 0.23, -0.012, 0.021], [x, 0.17, -0.015, 0.01],
    ], s), -1, D + 0.014);
    return union([[soleus, 0], [gm, 0.01], [gl, 0.01]]);
  });
  const achillesOnly = bilateral((s) => {
    const x = L.gastrocHeads[0];
    return underSkin(base, ctrlSide([
      [x, 0.25, -0.015, 0.0075], [x, 0.18, -0.015, 0.0068], [x, 0.12, -0.018, 0.006], [x, 0.07, -0.02, 0.0062],
      [L.calcaneusTuber[0], 0.045, -0.04, 0.0075], [L.calcaneusTuber[0], L.calcaneusTuber[1] + 0.012, -0.04, 0.008],
    ], s), -1, D - 0.0003, 0.005);
  });

  // Hamstrings: biceps femoris, semitendinosus, semimembranosus.
  const IT = L.ischialTuberosity;
  const hamstrings = bilateral((s) => {
    const bf = underSkin(base, ctrlSide([
      [IT[0] + 0.005, IT[1], -0.03, 0.01, 0.028], [0.075, 0.76, -0.02, 0.022, 0.004], [0.092, 0.66, -0.02, 0.024],
      [0.105, 0.56, -0.02, 0.018], [0.112, 0.5, -0.01, 0.01], [L.fibularHead[0] - 0.004, L.fibularHead[1] + 0.01, -0.005, 0.006],
    ], s), -1, D);
    const st = underSkin(base, ctrlSide([
      [IT[0] - 0.001, IT[1] - 0.005, -0.03, 0.01, 0.028], [0.061, 0.76, -0.02, 0.019, 0.004], [0.063, 0.66, -0.02, 0.016],
      [0.056, 0.57, -0.02, 0.01], [0.047, 0.5, -0.01, 0.006], [L.medialTibia[0] + 0.008, L.medialTibia[1] + 0.01, -0.0, 0.005],
    ], s), -1, D);
    const sm = underSkin(base, ctrlSide([
      [IT[0] - 0.004, IT[1] - 0.02, -0.03, 0.008, 0.02], [0.046, 0.72, -0.02, 0.016], [0.04, 0.63, -0.02, 0.02],
      [0.038, 0.55, -0.015, 0.019], [0.04, 0.49, -0.01, 0.012], [L.medialTibia[0] + 0.008, L.medialTibia[1] + 0.005, 0.0, 0.006],
    ], s), -1, D + 0.004);
    return union([[sm, 0], [bf, 0.006], [st, 0.006]]);
  });

  // Pelvis: sacrum and sacrotuberous ligaments.
  const sacrum = sacrumShape();
  const sacrotuberous = bilateral((s) => union([
    [tube(ctrlSide([
      [IT[0] + 0.002, IT[1] + 0.008, IT[2] - 0.004, 0.007], [0.043, 0.875, -0.082, 0.0055], [L.sacrotuberousSacrum[0] + 0.006, L.sacrotuberousSacrum[1], -0.094, 0.007],
    ], s), 0.005), 0],
    [tube(ctrlSide([
      [0.04, 0.88, -0.084, 0.005], [0.042, 0.93, -0.097, 0.0055], [L.psis[0] + 0.008, L.psis[1], -0.098, 0.0065],
    ], s), 0.005), 0.008],
  ]));

  // Erector spinae: iliocostalis (lateral) and longissimus (medial) columns, merging low down.
  const erector = bilateral((s) => {
    const longissimus = underSkin(base, ctrlSide([
      [0.026, L.erectorBottom + 0.01, -0.06, 0.013], [0.032, 1.0, -0.05, 0.022], [0.035, 1.07, -0.05, 0.025],
      [0.036, 1.16, -0.05, 0.021], [0.034, 1.26, -0.06, 0.016], [0.03, 1.36, -0.05, 0.012],
      [0.027, 1.43, -0.04, 0.0105], [0.027, 1.49, -0.04, 0.0105], [0.025, 1.56, -0.045, 0.0085],
    ], s), -1, D);
    const iliocostalis = underSkin(base, ctrlSide([
      [0.038, 0.985, -0.05, 0.014], [0.054, 1.05, -0.05, 0.02], [0.061, 1.13, -0.05, 0.019],
      [0.064, 1.22, -0.05, 0.016], [0.061, 1.32, -0.05, 0.012], [0.05, 1.39, -0.04, 0.008], [0.038, 1.43, -0.04, 0.006],
    ], s), -1, D + 0.002);
    // Neck: a semispinalis-like strap beside the nuchal midline, so the column widens into
    // a smooth band up to the occiput instead of ending in a prong.
    const semispinalis = underSkin(base, ctrlSide([
      [0.022, 1.38, -0.05, 0.006], [0.014, 1.44, -0.04, 0.0075], [0.012, 1.5, -0.04, 0.008], [0.013, 1.56, -0.045, 0.007],
    ], s), -1, D + 0.0005);
    return union([[longissimus, 0], [iliocostalis, 0.016], [semispinalis, 0.012]]);
  });

  // Everything that lies just under the back skin; the skin is grown over it.
  const muscles = union([[calfMuscles, 0], [achillesOnly, 0], [hamstrings, 0], [erector, 0], [sacrotuberous, 0], [spine, 0]]);
  // A small blend radius: two nearly coincident surfaces joined by smin(k) bulge by up to k/4,
  // which would lift the skin off the muscles.
  const skin = union([[base, 0], [offset(muscles, 0.0025), 0.004]]);

  // Thoracolumbar fascia: a thin sheet (≈1.8 mm) hugging the lumbar back, 1.2–3 mm under the
  // skin that the erector columns shape, so it follows their two backs. Outline: narrow over
  // the sacrum/PSIS, out to the lateral border of the erector mass over L3–L1, rounded top at
  // T11; the columns run on above it.
  const TLF_BOTTOM = 0.948, TLF_TOP = 1.155;
  const tlfHalfWidth = hermiteTable([
    [TLF_BOTTOM, 0.022], [0.975, 0.036], [1.01, 0.05], [1.05, 0.057], [1.09, 0.058], [1.12, 0.054], [TLF_TOP, 0.04],
  ]);
  // Back skin depth over the columns, for keeping only the back half of the wrap (cheap cut).
  const tlfBackZ = hermiteTable(Array.from({ length: 13 }, (_, i) => {
    const y = TLF_BOTTOM - 0.02 + i * 0.02;
    return [y, surfaceZ(base, 0.03, y, -0.03, -1)];
  }));
  const tlfRegion = custom(boxOf([-0.1, TLF_BOTTOM - 0.02, -0.2], [0.1, TLF_TOP + 0.03, -0.02]), (x, y, z) => {
    const w = tlfHalfWidth(y)[0];
    // Rounded top: an ellipse cap over the last 3 cm.
    const cap = Math.hypot(x / (w + 0.002), Math.max(0, y - (TLF_TOP - 0.03)) / 0.03) - 1;
    // The spinous ridge ends a little lower than the sheet over the columns (no knob on top).
    const notch = 0.014 * Math.exp(-((x / 0.014) ** 2));
    return Math.max(Math.abs(x) - w, cap * 0.03, TLF_BOTTOM - y, y - (TLF_TOP - notch), z - (tlfBackZ(y)[0] + 0.013));
  });
  // The sheet wraps the backs of the two columns (and the spinous ridge between them, bridged
  // by a wide blend), kept only within 13 mm of the back skin (the back half).
  const columnsBack = union([[erector, 0], [spine, 0.022]]);
  const tlf = intersect(shell(columnsBack, 0.0008, -0.0012), tlfRegion, 0.005);

  const erectorPart = erector;

  // Sole: plantar fascia, a sheet 2.5 mm inside the sole skin, fanning from the heel to the
  // metatarsal heads and wrapping a little up the back of the heel.
  const plantar = bilateral((s) => {
    const F = footFrame(s);
    const region = custom(boxOf(sub(F(0, 0, 0), [0.12, 0.1, 0.12]), add(F(0, 0, 0), [0.12, 0.1, 0.2])), (x, y, z) => {
      // Back into the foot frame.
      const a = (6 * Math.PI) / 180;
      const px = s * x - 0.077, pz = z + 0.02;
      const lx = px * Math.cos(a) - pz * Math.sin(a);
      const lz = px * Math.sin(a) + pz * Math.cos(a);
      const t = Math.min(1, Math.max(0, (lz + 0.06) / 0.19));
      const halfW = 0.016 + 0.022 * t;
      const cx = 0.0 - 0.006 * t;
      // Rises smoothly from 12 mm under the arch to 38 mm up the back of the heel, meeting
      // the Achilles insertion: the line continues around the calcaneus.
      const top = 0.012 + 0.026 * Math.min(1, Math.max(0, (-0.045 - lz) / 0.035));
      return Math.max(Math.abs(lx - cx) - halfW, y - top, lz - 0.125, -0.105 - lz);
    });
    return intersect(shell(base, 0.0013, 0.0028), region, 0.008);
  });

  // Skull region: suboccipital muscles and the galea aponeurotica.
  const headSkin = skin;
  const galeaRegion = custom(boxOf([-0.12, 1.5, -0.15], [0.12, 1.75, 0.15]), (x, y, z) => {
    // Above the line from the inion (back) to the brow (front), within ±0.08 laterally.
    const t = Math.min(1, Math.max(0, (z - L.inion[2]) / (L.brow[2] - L.inion[2])));
    const yLine = L.inion[1] + 0.004 + (L.brow[1] + 0.004 - L.inion[1]) * t + 0.018 * Math.sin(Math.PI * t) - Math.max(0, Math.abs(x) - 0.03) * 0.0;
    return Math.max(yLine - y, Math.abs(x) - 0.078);
  });
  const galea = intersect(shell(headSkin, 0.0009, 0.0022), galeaRegion, 0.0015);
  // Suboccipital region: a small smooth band under the occiput (rectus capitis posterior and
  // obliquus capitis, seen as one layer), 2–5 mm under the skin, tucked under the galea's edge.
  const subRegion = custom(boxOf([-0.08, 1.52, -0.15], [0.08, 1.61, -0.02]), (x, y, z) => {
    const r = 0.016;
    const dx = Math.abs(x) - 0.042 + r, dy = Math.abs(y - 1.573) - 0.022 + r;
    const rr = Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
    return Math.max(rr, z + 0.035);
  });
  const suboccipital = intersect(shell(skin, 0.0015, 0.0035), subRegion, 0.005);

  const parts: Part[] = [
    { name: 'skin', sdf: skin, voxel: 0.003, tris: 31000, material: 'skin', layer: 'skin', zones: SKIN_ZONES },
    { name: 'plantar-fascia', sdf: plantar, voxel: 0.0012, tris: 1200, material: 'tendon', region: 'sole' },
    { name: 'calf', sdf: calfMuscles, voxel: 0.0016, tris: 3200, material: 'muscle', region: 'calf' },
    { name: 'achilles-tendons', sdf: achillesOnly, voxel: 0.0012, tris: 700, material: 'tendon', region: 'calf' },
    { name: 'hamstrings', sdf: hamstrings, voxel: 0.0018, tris: 3500, material: 'muscle', region: 'hamstrings' },
    { name: 'sacrum', sdf: sacrum, voxel: 0.0015, tris: 1400, material: 'bone', region: 'pelvis' },
    { name: 'sacrotuberous-ligaments', sdf: sacrotuberous, voxel: 0.0013, tris: 900, material: 'tendon', region: 'pelvis' },
    { name: 'erector-spinae', sdf: erectorPart, voxel: 0.0018, tris: 3600, material: 'muscle', region: 'erector-spinae' },
    { name: 'thoracolumbar-fascia', sdf: tlf, voxel: 0.0012, tris: 1500, material: 'tendon', region: 'erector-spinae' },
    { name: 'galea-aponeurotica', sdf: galea, voxel: 0.001, tris: 2400, material: 'tendon', region: 'skull' },
    { name: 'suboccipitals', sdf: suboccipital, voxel: 0.0012, tris: 1000, material: 'muscle', region: 'skull' },
  ];
  for (const s of [1, -1] as const) {
    const sideName = s === 1 ? 'left' : 'right';
    parts.push({ name: `psoas-${sideName}`, sdf: psoas(s), voxel: 0.0015, tris: 1500, material: 'muscle', region: 'psoas' });
    parts.push({ name: `kidney-${sideName}`, sdf: kidney(s), voxel: 0.0015, tris: 1000, material: 'kidney', region: 'kidney' });
  }
  parts.push(...bones);
  return parts;
}

/** Head, hands and feet keep more triangles per area than the trunk and limbs. */
const SKIN_ZONES: NonNullable<Part['zones']> = [
  { name: 'head', tris: 6500, contains: (_x, y) => y > 1.47 },
  { name: 'hands', tris: 4200, contains: (x) => Math.abs(x) > 0.45 },
  { name: 'feet', tris: 3600, contains: (_x, y) => y < 0.09 },
];


function sacrumShape(): Sdf {
  // Sampled ellipsoids along the curved sacrum, width and thickness tapering to the coccyx.
  const ctrl = [
    [0, L.s1 - 0.002, -0.058, 0.05, 0.02],
    [0, 0.935, -0.075, 0.042, 0.016],
    [0, 0.9, -0.084, 0.028, 0.012],
    [0, 0.865, -0.082, 0.013, 0.007],
    [0, 0.848, -0.074, 0.006, 0.005],
  ];
  const kids: [Sdf, number][] = [];
  const N = 18;
  for (let i = 0; i <= N; i++) {
    const p = catmullRow(ctrl, i / N);
    const q0 = catmullRow(ctrl, Math.max(0, i / N - 0.01)), q1 = catmullRow(ctrl, Math.min(1, i / N + 0.01));
    const dir = norm(sub([q1[0], q1[1], q1[2]], [q0[0], q0[1], q0[2]]));
    const ax = frameAlong(dir, [0, 0, 1]);
    kids.push([ellipsoid([p[0], p[1], p[2]], [p[3], 0.011, p[4]], [[1, 0, 0], ax[1], cross([1, 0, 0], ax[1])]), i === 0 ? 0 : 0.012]);
  }
  // Foramina hinted by small dimples on the back.
  return union(kids);
}

function catmullRow(rows: number[][], t: number): number[] {
  const n = rows.length;
  const s = Math.min(Math.max(t, 0), 1) * (n - 1);
  const i = Math.min(Math.floor(s), n - 2);
  const u = s - i;
  const p0 = rows[Math.max(i - 1, 0)], p1 = rows[i], p2 = rows[i + 1], p3 = rows[Math.min(i + 2, n - 1)];
  return p1.map((_, k) => 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * u + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * u * u + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * u * u * u));
}

// ---------------------------------------------------------------------------------------------
// Deep: psoas and kidneys

/** Spine: vertebral body centre z as a function of height (lordosis / kyphosis). */
const SPINE_ROWS = [
  [0.969, -0.05], [0.9945, -0.032], [1.0285, -0.022], [1.0625, -0.02], [1.0965, -0.023], [1.1305, -0.028],
  [1.1645, -0.034], [1.26, -0.05], [1.36, -0.052], [1.44, -0.04], [1.462, -0.035], [1.51, -0.022], [1.56, -0.015],
];
export const spineZ = (y: number) => hermiteTable(SPINE_ROWS)(y)[0];

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

// ---------------------------------------------------------------------------------------------
// Skeleton (context only)

function skeleton(): { parts: Part[]; spinousTips: number[][] } {
  const verts: [Sdf, number][] = [];
  const spinousTips: number[][] = [];
  const levels: { y: number; kind: 'C' | 'T' | 'L' }[] = [];
  for (let i = 0; i < 5; i++) levels.push({ y: L.l5 + ((L.t12 - L.l5) * (i + 1)) / 5 - (L.t12 - L.l5) / 5 + 0.0, kind: 'L' });
  const tStep = (1.44 - L.t12) / 11;
  for (let i = 0; i < 12; i++) levels.push({ y: L.t12 + tStep * i, kind: 'T' });
  const cStep = (1.56 - L.c7) / 6;
  for (let i = 0; i < 7; i++) levels.push({ y: L.c7 + cStep * i, kind: 'C' });
  for (const { y, kind } of levels) {
    const z = spineZ(y);
    const step = kind === 'L' ? 0.034 : kind === 'T' ? tStep : cStep;
    const rb = kind === 'L' ? 0.021 : kind === 'T' ? 0.015 + (1.44 - y) * 0.02 : 0.011;
    const body = ellipsoid([0, y, z], [rb, step * 0.36, rb * 0.8]);
    const back = z - rb * 0.8;
    const spLen = kind === 'L' ? 0.032 : kind === 'T' ? 0.036 : 0.022;
    const tip: Vec3 = [0, y - (kind === 'T' ? 0.02 : 0.005), back - spLen];
    const spinous = capsule([0, y, back - 0.008], tip, 0.005, 0.0045);
    spinousTips.push([...tip, 0.0065]);
    const tpX = kind === 'L' ? 0.042 : kind === 'T' ? 0.034 : 0.028;
    const transverse = bilateral((s) => capsule(side([0.008, y, back - 0.004], s), side([tpX, y + 0.002, back - (kind === 'T' ? 0.012 : 0.004)], s), 0.0042, 0.0036));
    const arch = bilateral((s) => capsule(side([0.01, y, back + 0.004], s), side([0.008, y, back - 0.01], s), 0.0045));
    verts.push([union([[body, 0], [arch, 0.004], [spinous, 0.004], [transverse, 0.004]]), 0]);
  }
  const spine = union(verts);

  // Pelvis: iliac wings as curved sheets, acetabula, pubic and ischial rami.
  const hip = L.hipJoint;
  const pelvisBone = bilateral((s) => {
    const bowl = ellipsoid(side([0.03, 0.955, -0.015], s), [0.105, 0.1, 0.1]);
    const wingRegion = custom(boxOf([-0.25, 0.8, -0.2], [0.25, 1.1, 0.15]), (x, y, z) => {
      const xx = s * x;
      const crest = 1.03 - 0.12 * ((z + 0.02) / 0.09) ** 2;
      return Math.max(y - crest, 0.925 - y, 0.045 - xx, z - 0.065, -0.1 - z);
    });
    const wing = intersect(shell(bowl, 0.0035), wingRegion, 0.006);
    const ilBody = capsule(side(add(hip, [0.005, 0.01, -0.005]), s), side([0.085, 0.955, -0.045], s), 0.02, 0.015);
    const acet = ellipsoid(side(add(hip, [0.006, 0.0, 0.0]), s), [0.028, 0.03, 0.03]);
    const pubis = tube(ctrlSide([[hip[0] - 0.005, hip[1] + 0.005, hip[2] + 0.02, 0.011], [0.045, 0.875, 0.05, 0.009], [0.008, 0.87, 0.062, 0.01]], s));
    const IT = L.ischialTuberosity;
    const ischium = tube(ctrlSide([[hip[0] - 0.002, hip[1] - 0.01, hip[2] - 0.015, 0.014], [IT[0] + 0.008, IT[1] + 0.01, IT[2] + 0.012, 0.013], [IT[0], IT[1], IT[2] + 0.005, 0.012], [0.03, 0.835, 0.02, 0.008], [0.008, 0.852, 0.055, 0.009]], s));
    const si = capsule(side([0.05, 0.95, -0.08], s), side([0.075, 0.98, -0.075], s), 0.015, 0.013);
    return union([[wing, 0], [ilBody, 0.015], [acet, 0.012], [pubis, 0.01], [ischium, 0.01], [si, 0.015]]);
  });

  const femur = bilateral((s) => {
    const head = ellipsoid(side(hip, s), [0.023, 0.023, 0.023]);
    const neck = capsule(side(hip, s), side([0.125, 0.875, -0.005], s), 0.015, 0.017);
    const gt = ellipsoid(side([0.135, 0.885, -0.012], s), [0.018, 0.025, 0.02]);
    const shaft = tube(ctrlSide([[0.128, 0.87, -0.005, 0.018], [0.118, 0.8, 0.002, 0.015], [0.1, 0.65, 0.006, 0.0135], [0.088, 0.55, 0.0, 0.016], [0.083, 0.51, -0.005, 0.022]], s));
    const lt = ellipsoid(side(L.lesserTrochanter, s), [0.01, 0.012, 0.01]);
    const condyles = bilateral2((t) => ellipsoid(side([0.083 + t * 0.02, 0.497, -0.008], s), [0.017, 0.022, 0.024]));
    return union([[shaft, 0], [neck, 0.012], [head, 0.01], [gt, 0.015], [lt, 0.012], [condyles, 0.015]]);
  });

  const skull = (() => {
    // Schematic but calm: a smooth cranium, a rounded face mass with shallow orbits, cheek
    // bones and a soft mandible (no gaping holes, no ring of bone).
    const cran = ellipsoid([0, 1.607, -0.007], [0.066, 0.084, 0.088]);
    const face = ellipsoid([0, 1.556, 0.036], [0.048, 0.052, 0.05]);
    const brow = ellipsoid([0, 1.612, 0.066], [0.048, 0.012, 0.018]);
    const zyg = bilateral((s) => ellipsoid(side([0.045, 1.574, 0.04], s), [0.012, 0.009, 0.022]));
    const jaw = union([
      [ellipsoid([0, 1.518, 0.03], [0.038, 0.02, 0.034]), 0],
      [ellipsoid([0, 1.5, 0.062], [0.016, 0.013, 0.012]), 0.02],
    ]);
    const rami = bilateral((s) => capsule(side([0.049, 1.568, -0.004], s), side([0.04, 1.512, 0.018], s), 0.009, 0.008));
    const orbits = bilateral((s) => ellipsoid(side([0.026, 1.59, 0.104], s), [0.015, 0.012, 0.014]));
    const nasal = ellipsoid([0, 1.556, 0.098], [0.006, 0.01, 0.009]);
    const mass = union([[cran, 0], [face, 0.035], [brow, 0.025], [zyg, 0.02], [jaw, 0.03], [rami, 0.02]]);
    return offset(subtract(subtract(mass, orbits, 0.01), nasal, 0.006), -0.004);
  })();

  spinousTips.sort((a, b) => a[1] - b[1]);
  const parts: Part[] = [
    { name: 'skeleton-spine', sdf: spine, voxel: 0.0016, tris: 3800, material: 'bone', layer: 'skeleton' },
    { name: 'skeleton-pelvis', sdf: pelvisBone, voxel: 0.0018, tris: 2600, material: 'bone', layer: 'skeleton' },
    { name: 'skeleton-femurs', sdf: femur, voxel: 0.002, tris: 2000, material: 'bone', layer: 'skeleton' },
    { name: 'skeleton-skull', sdf: skull, voxel: 0.002, tris: 2000, material: 'bone', layer: 'skeleton' },
  ];
  return { parts, spinousTips };
}

function bilateral2(make: (t: 1 | -1) => Sdf): Sdf {
  return union([[make(1), 0], [make(-1), 0]]);
}

// Keep helpers referenced by type-checking even when a variant is unused.
void len;
void smax;
