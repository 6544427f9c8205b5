/**
 * The hip and thigh regions of the nerve-path and stability chains (DOMAIN.md §6–7):
 * - `gluteals`: gluteus maximus (a thick sheet under the buttock skin, from the sacrum's edge
 *   and the posterior ilium down and out toward the iliotibial tract; its lower border crosses
 *   the gluteal fold obliquely) and gluteus medius (a fan from the iliac crest to the greater
 *   trochanter, its back third under maximus);
 * - `piriformis`: front of the sacrum (S2–S4) → greater sciatic foramen → top of the greater
 *   trochanter (seen from the front through the pelvic inlet; the sciatic leaves below it);
 * - `si-joint`: the joint line between sacrum and ilium and the posterior sacroiliac ligaments
 *   over it, beside the sacrum under the dimple of the PSIS;
 * - `front-thigh`: the quadriceps (rectus femoris, vastus lateralis, vastus medialis) under the
 *   front skin of the thigh; `inner-thigh`: the adductor mass from the pubis to the femur.
 *
 * DOMAIN's PSIS (0.575 H) is kept, not lowered to S2 (§9), so nothing here is moved.
 */
import { type Sdf, ribbon, tube, union } from '../sdf';
import { H } from '../landmarks';
import type { AnchorSpec, BodyContext, BodyPart, Part } from '../part';
import { bilateral, ctrlSide, surfaceZ, underSkin } from '../shape';

const h = (f: number) => f * H;

/** DOMAIN.md §6–7 figures (left side, metres) the tests compare with. */
export const HIP_LANDMARKS = {
  piriformisOrigin: [h(0.015), h(0.545), h(-0.045)] as [number, number, number],
  piriformisInsertion: [h(0.08), h(0.53), h(-0.01)] as [number, number, number],
  gluteusMaximusCentre: [h(0.055), h(0.52), h(-0.065)] as [number, number, number],
  gluteusMediusCentre: [h(0.08), h(0.57), h(-0.03)] as [number, number, number],
  siJointCentre: [h(0.025), h(0.558), h(-0.045)] as [number, number, number],
  adductorCentre: [h(0.035), h(0.43), h(-0.005)] as [number, number, number],
};

export const HIP_ANCHORS: AnchorSpec[] = [
  { region: 'gluteals', score: (x, y, z, m) => (x > 0 && m === 'gluteus-maximus' ? -z - 2 * Math.abs(y - 0.87) - Math.abs(x - 0.09) : -Infinity) },
  { region: 'piriformis', score: (x, y, z) => (x > 0 ? z - 2 * Math.abs(y - 0.925) - Math.abs(x - 0.045) : -Infinity) },
  { region: 'si-joint', score: (x, y, z, m) => (x > 0 && m === 'sacroiliac-joints' ? -z - 2 * Math.abs(y - 0.95) : -Infinity) },
  { region: 'front-thigh', score: (x, y, z, m) => (x > 0 && m === 'quadriceps' ? z - 2 * Math.abs(y - 0.7) : -Infinity) },
  { region: 'inner-thigh', score: (x, y, z, m) => (x > 0 && m === 'adductors' ? z - 2 * Math.abs(y - 0.76) - Math.abs(x - 0.05) : -Infinity) },
];

export function hip({ base }: BodyContext): BodyPart {
  const P = HIP_LANDMARKS;
  // Quadriceps under the front skin of the thigh (they shape it a little).
  const quads = bilateral((s) => {
    const rf = underSkin(base, ctrlSide([
      [0.082, 0.9, 0.02, 0.012], [0.088, 0.82, 0.02, 0.022], [0.088, 0.7, 0.02, 0.026], [0.085, 0.6, 0.02, 0.019], [0.083, 0.53, 0.02, 0.011],
    ], s), 1, 0.004);
    const vl = underSkin(base, ctrlSide([
      [0.128, 0.84, 0.0, 0.014], [0.13, 0.76, 0.0, 0.026], [0.122, 0.66, 0.0, 0.026], [0.11, 0.57, 0.0, 0.018], [0.1, 0.53, 0.0, 0.01],
    ], s), 1, 0.005);
    const vm = underSkin(base, ctrlSide([
      [0.07, 0.74, 0.0, 0.012], [0.064, 0.66, 0.0, 0.02], [0.062, 0.58, 0.0, 0.025], [0.068, 0.535, 0.0, 0.016],
    ], s), 1, 0.005);
    return union([[rf, 0], [vl, 0.012], [vm, 0.012]]);
  });
  // Gluteus maximus: parallel fascicle bundles running down and out at about 45° from the edge
  // of the sacrum and coccyx (and the PSIS) to the iliotibial tract and the gluteal tuberosity,
  // thick in the middle, thin at both ends, 4 mm under the skin: one sheet with shallow grooves
  // between the bundles. Its lower border crosses the gluteal fold obliquely.
  const under = (x: number, y: number, depth: number, zIn = -0.04) => surfaceZ(base, x, y, zIn, -1) + depth;
  const gmax = bilateral((s) => {
    const n = 6;
    const kids: [Sdf, number][] = [];
    for (let i = 0; i < n; i++) {
      const t = i / (n - 1);
      // Origins lateral to the SI joint's ligaments (left visible beside the sacrum, under the dimple).
      const o = [0.066 - 0.044 * t, 0.982 - 0.127 * t];
      // Insertions kept a little inside the hip's outline, so the bundles never lift the skin.
      const e = [0.138 - 0.018 * t, 0.925 - 0.13 * t];
      const m = [(o[0] + e[0]) / 2, (o[1] + e[1]) / 2 - 0.01];
      const th = 0.0075 - 0.0015 * Math.abs(t - 0.4);
      const rows = [
        [o[0], o[1], 0.0045, i === 0 ? 0.01 : 0.0135, 0.0035],
        [m[0], m[1], 0.0045, 0.018, th],
        [e[0], e[1], 0.0045, 0.013, 0.003],
      ].map(([x, y, d, w, tk]) => [s * x, y, under(x, y, d + tk), w, tk]);
      kids.push([ribbon(rows, [0, 0, -1], 0.007, 0.006), i === 0 ? 0 : 0.009]);
    }
    return union(kids);
  });
  // Gluteus medius: a fan on the side of the hip, from the iliac crest (back to front) to the
  // greater trochanter, its back third under maximus; placed under the side skin (along +x).
  const side = (y: number, z: number, depth: number) => {
    let x = 0.05;
    while (base.f(x + 0.002, y, z) < 0) x += 0.002;
    return x - depth;
  };
  const gmed = bilateral((s) => {
    const kids: [Sdf, number][] = [];
    const origins = [[1.0, -0.07], [1.015, -0.05], [1.02, -0.028], [1.012, -0.006]];
    origins.forEach(([y, z], i) => {
      const e = [0.912, -0.03 + 0.006 * i];
      const rows = [
        [y, z, 0.0055, 0.012, 0.003],
        [(y + e[0]) / 2 + 0.01, (z + e[1]) / 2, 0.0055, 0.016, 0.0065],
        [e[0], e[1], 0.0055, 0.01, 0.003],
      ].map(([py, pz, d, w, tk]) => [s * side(py, pz, d + tk), py, pz, w, tk]);
      kids.push([ribbon(rows, [s, 0, 0], 0.007, 0.006), i === 0 ? 0 : 0.012]);
    });
    return union(kids);
  });
  // Adductor mass: pubis and ischial ramus → along the femur to the adductor tubercle.
  const adductors = bilateral((s) => union([
    [tube(ctrlSide([[0.028, 0.865, 0.035, 0.014], [0.045, 0.8, 0.02, 0.026], [P.adductorCentre[0] + 0.005, P.adductorCentre[1], 0.0, 0.03], [0.07, 0.62, -0.01, 0.022], [0.078, 0.54, -0.012, 0.012]], s)), 0],
    [tube(ctrlSide([[0.04, 0.84, -0.03, 0.014], [0.055, 0.76, -0.02, 0.022], [0.066, 0.66, -0.018, 0.018], [0.072, 0.56, -0.02, 0.01]], s)), 0.02],
  ]));
  return {
    underSkin: [quads, gmax, gmed],
    parts: () => {
      // Piriformis: broad on the front of the sacrum, tapering to a tendon on the trochanter.
      const piri = bilateral((s) => tube(ctrlSide([
        [0.026, 0.935, -0.062, 0.0115], [0.045, 0.922, -0.064, 0.0105], [0.07, 0.912, -0.052, 0.0085],
        [0.1, 0.906, -0.035, 0.006], [P.piriformisInsertion[0] - 0.004, P.piriformisInsertion[1] + 0.004, P.piriformisInsertion[2], 0.0042],
      ], s), 0.005));

      // SI joint: the joint line (a thin plate along the sacrum's lateral edge) and the posterior
      // ligaments over it, just under the skin of the dimple.
      const si = bilateral((s) => {
        const joint = tube(ctrlSide([[0.036, 0.92, -0.07, 0.004], [0.042, 0.948, -0.074, 0.0045], [0.047, 0.975, -0.07, 0.004]], s), 0.004);
        const ligaments = underSkin(base, ctrlSide([
          [0.04, 0.925, -0.06, 0.0055], [0.0425, 0.95, -0.06, 0.0065], [0.045, 0.975, -0.06, 0.0055],
        ], s), -1, 0.006, 0.004);
        return union([[joint, 0], [ligaments, 0.02]]);
      });

      return [
        { name: 'gluteus-maximus', sdf: gmax, voxel: 0.0018, tris: 1300, material: 'muscle', region: 'gluteals' },
        { name: 'gluteus-medius', sdf: gmed, voxel: 0.0018, tris: 700, material: 'muscle', region: 'gluteals' },
        { name: 'piriformis', sdf: piri, voxel: 0.0013, tris: 450, material: 'muscle', region: 'piriformis' },
        { name: 'sacroiliac-joints', sdf: si, voxel: 0.0012, tris: 500, material: 'tendon', region: 'si-joint' },
        { name: 'quadriceps', sdf: quads, voxel: 0.0022, tris: 1050, material: 'muscle', region: 'front-thigh' },
        { name: 'adductors', sdf: adductors, voxel: 0.0022, tris: 750, material: 'muscle', region: 'inner-thigh' },
      ] satisfies Part[];
    },
    anchors: HIP_ANCHORS,
  };
}
