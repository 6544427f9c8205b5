/**
 * The nerves of the nerve-path chains (DOMAIN.md §6), as yellow-white cords (material `nerve`):
 * - `lumbar-nerves`: the roots L1–S3 leaving the spine, the lumbosacral trunk over the sacral
 *   ala and the sacral roots on the front of piriformis;
 * - `sciatic-nerve`: the sciatic leaving the pelvis *below* piriformis, between the greater
 *   trochanter and the ischial tuberosity, down the back of the thigh; its split above the
 *   knee into the tibial nerve (popliteal fossa, under the soleus arch, behind the medial
 *   malleolus, medial and lateral plantar nerves) and the common fibular nerve (round the
 *   fibular neck);
 * - the femoral nerve (region `front-thigh`): out of the lateral border of psoas, under the
 *   inguinal ligament, branching to the quadriceps, the saphenous branch down the inner knee;
 * - the obturator nerve (region `inner-thigh`): out of the medial border of psoas, along the
 *   pelvic wall, through the obturator canal onto the adductors.
 *
 * Course points are the DOMAIN figures (`NERVE_COURSE`, fractions of H, left side); where the
 * generated limb is slimmer than DOMAIN's schematic z, a point is pulled inside the skin so that
 * the cord never breaks the surface (the tests state the distance to DOMAIN's figure).
 */
import { type Sdf, type Vec3, tube, union } from '../sdf';
import { footFrame, H } from '../landmarks';
import type { AnchorSpec, BodyContext, BodyPart, Part } from '../part';
import { bilateral, ctrlSide } from '../shape';

const h = (f: number) => f * H;
const at = (x: number, y: number, z: number): Vec3 => [h(x), h(y), h(z)];

/** DOMAIN.md §6 course points (left side), metres. The tests compare the meshes with these. */
export const NERVE_COURSE = {
  femoralLeavesPsoas: at(0.045, 0.585, 0),
  femoralInguinal: at(0.045, 0.535, 0.04),
  obturatorLeavesPsoas: at(0.018, 0.575, 0),
  obturatorCanal: at(0.035, 0.505, 0.025),
  sciaticExit: at(0.045, 0.53, -0.04),
  sciaticTrochanter: at(0.055, 0.5, -0.038),
  sciaticFold: at(0.05, 0.475, -0.035),
  sciaticMidThigh: at(0.055, 0.4, -0.025),
  bifurcation: at(0.048, 0.323, -0.03),
  tibialCrease: at(0.045, 0.285, -0.028),
  fibularNeck: at(0.07, 0.255, -0.008),
  tibialSoleusArch: at(0.043, 0.255, -0.022),
  tibialMidCalf: at(0.042, 0.2, -0.025),
  tibialMalleolus: at(0.03, 0.04, -0.025),
  plantarSplit: at(0.032, 0.025, -0.022),
};
const N = NERVE_COURSE;

/** Radii (m): the sciatic is about 1.5 cm wide. */
const R_SCIATIC = 0.0068, R_TIBIAL = 0.0042, R_FIBULAR = 0.0032, R_PLANTAR = 0.0024, R_ROOT = 0.0028;

/** Anchors: the sciatic from behind in the popliteal fossa, the rest from the front. */
export const NERVE_ANCHORS: AnchorSpec[] = [
  { region: 'lumbar-nerves', score: (x, y, z) => (x > 0 ? z - 3 * Math.abs(y - 0.955) - Math.abs(x - 0.035) : -Infinity) },
  { region: 'sciatic-nerve', score: (x, y, z) => (x > 0 && y > 0.5 && y < 0.6 ? -z - 2 * Math.abs(y - 0.545) : -Infinity) },
];

/** Moves a control point [x, y, z, r] inside `skin` so the cord's surface stays ≥ `gap` inside. */
function keepInside(skin: Sdf, c: number[], gap = 0.0025): number[] {
  let [x, y, z] = c;
  const r = c[3];
  for (let i = 0; i < 40; i++) {
    const d = skin.f(x, y, z);
    if (d <= -(r + gap)) break;
    const e = 0.0005;
    const gx = skin.f(x + e, y, z) - skin.f(x - e, y, z);
    const gy = skin.f(x, y + e, z) - skin.f(x, y - e, z);
    const gz = skin.f(x, y, z + e) - skin.f(x, y, z - e);
    const l = Math.hypot(gx, gy, gz) || 1;
    const step = d + r + gap + 0.0005;
    x -= (gx / l) * step; y -= (gy / l) * step; z -= (gz / l) * step;
  }
  return [x, y, z, r];
}

export function nerves(_ctx: BodyContext): BodyPart {
  return {
    underSkin: [],
    parts: (skin) => {
      const cord = (ctrl: number[][], s: 1 | -1, step = 0.005) => tube(ctrlSide(ctrl, s).map((c) => keepInside(skin, c)), step);

      // Lumbar and sacral roots: from the intervertebral and anterior sacral foramina.
      const roots = bilateral((s) => {
        const r: [Sdf, number][] = [];
        // L1–L3: short roots into the back of psoas, where the lumbar plexus forms.
        for (const [y, z] of [[1.128, -0.036], [1.094, -0.034], [1.06, -0.032]]) {
          r.push([cord([[0.018, y, z, R_ROOT * 0.9], [0.032, y - 0.012, z + 0.008, R_ROOT], [0.042, y - 0.026, z + 0.016, R_ROOT * 0.9]], s), 0]);
        }
        // L4–L5 → the lumbosacral trunk over the sacral ala, onto the front of piriformis.
        r.push([cord([[0.019, 1.026, -0.03, R_ROOT], [0.032, 1.0, -0.018, R_ROOT * 1.1], [0.036, 0.96, -0.03, R_ROOT * 1.2], [0.045, 0.925, -0.05, R_ROOT * 1.3], [0.056, 0.897, -0.058, R_ROOT * 1.5]], s), 0]);
        r.push([cord([[0.02, 0.99, -0.036, R_ROOT], [0.03, 0.97, -0.03, R_ROOT * 1.1], [0.038, 0.94, -0.042, R_ROOT * 1.2], [0.05, 0.915, -0.053, R_ROOT * 1.3]], s), 0.004]);
        // S1–S3 from the anterior sacral foramina, across piriformis to the sciatic's origin.
        for (const [y, z, x0] of [[0.955, -0.052, 0.016], [0.935, -0.056, 0.015], [0.915, -0.059, 0.014]]) {
          r.push([cord([[x0, y, z, R_ROOT * 0.9], [x0 + 0.018, y - 0.01, z + 0.002, R_ROOT], [0.054, 0.896, -0.06, R_ROOT * 1.2]], s), 0.004]);
        }
        return union(r);
      });

      // Sciatic → tibial (→ plantar nerves) and common fibular.
      const sciatic = bilateral((s) => {
        const F = footFrame(s);
        const Fl = (lx: number, y: number, lz: number): number[] => { const p = F(lx, y, lz); return [p[0] * s, p[1], p[2]]; };
        const sc = cord([
          [0.056, 0.893, -0.061, R_SCIATIC * 0.85],
          // Just below piriformis's lower border (DOMAIN's exit is at the border itself).
          [N.sciaticExit[0], N.sciaticExit[1] - 0.014, N.sciaticExit[2], R_SCIATIC],
          [...N.sciaticTrochanter, R_SCIATIC],
          [...N.sciaticFold, R_SCIATIC],
          [N.sciaticMidThigh[0], N.sciaticMidThigh[1], N.sciaticMidThigh[2], R_SCIATIC * 0.95],
          [...N.bifurcation, R_SCIATIC * 0.85],
        ], s);
        const tibial = cord([
          [...N.bifurcation, R_TIBIAL * 1.2],
          [...N.tibialCrease, R_TIBIAL],
          [...N.tibialSoleusArch, R_TIBIAL],
          [...N.tibialMidCalf, R_TIBIAL * 0.95],
          [0.064, 0.2, -0.04, R_TIBIAL * 0.9],
          [0.055, 0.11, -0.04, R_TIBIAL * 0.85],
          [...N.tibialMalleolus, R_TIBIAL * 0.85],
          [...N.plantarSplit, R_TIBIAL * 0.8],
        ], s);
        const split = N.plantarSplit;
        const medialPlantar = cord([
          [...split, R_PLANTAR * 1.1], [...Fl(-0.016, 0.016, -0.01), R_PLANTAR], [...Fl(-0.02, 0.013, 0.05), R_PLANTAR], [...Fl(-0.022, 0.012, 0.1), R_PLANTAR * 0.8],
        ], s);
        const lateralPlantar = cord([
          [...split, R_PLANTAR * 1.1], [...Fl(0.0, 0.014, -0.02), R_PLANTAR], [...Fl(0.018, 0.012, 0.03), R_PLANTAR], [...Fl(0.026, 0.011, 0.08), R_PLANTAR * 0.8],
        ], s);
        const fibular = cord([
          [...N.bifurcation, R_FIBULAR * 1.2],
          [0.098, 0.5, -0.035, R_FIBULAR],
          [0.112, 0.455, -0.03, R_FIBULAR],
          [...N.fibularNeck, R_FIBULAR],
          [0.118, 0.41, 0.005, R_FIBULAR * 0.9],
        ], s);
        return union([[sc, 0], [tibial, 0.004], [fibular, 0.003], [medialPlantar, 0.003], [lateralPlantar, 0.003]]);
      });

      // Femoral: lateral border of psoas → under the inguinal ligament → branches; saphenous.
      const femoral = bilateral((s) => union([
        [cord([[0.068, 1.02, -0.005, R_ROOT * 1.2], [...N.femoralLeavesPsoas, R_ROOT * 1.4], [0.082, 0.95, 0.04, R_ROOT * 1.5], [...N.femoralInguinal, R_ROOT * 1.6], [0.086, 0.885, 0.072, R_ROOT * 1.3]], s), 0],
        [cord([[0.086, 0.885, 0.072, R_ROOT], [0.11, 0.83, 0.07, R_ROOT * 0.8], [0.118, 0.76, 0.062, R_ROOT * 0.6]], s), 0.003],
        [cord([[0.086, 0.885, 0.072, R_ROOT], [0.09, 0.82, 0.078, R_ROOT * 0.8], [0.092, 0.74, 0.078, R_ROOT * 0.6]], s), 0.003],
        [cord([[0.084, 0.89, 0.07, R_ROOT * 0.9], [0.07, 0.8, 0.058, R_ROOT * 0.8], [0.06, 0.68, 0.05, R_ROOT * 0.7], [0.05, 0.56, 0.03, R_ROOT * 0.65], [0.052, 0.46, 0.01, R_ROOT * 0.6], [0.058, 0.3, 0.0, R_ROOT * 0.5]], s), 0.003],
      ]));

      // Obturator: medial border of psoas → pelvic wall → obturator canal → onto the adductors.
      const obturator = bilateral((s) => union([
        [cord([[0.026, 0.99, -0.012, R_ROOT], [...N.obturatorLeavesPsoas, R_ROOT * 1.1], [0.045, 0.93, -0.01, R_ROOT * 1.1], [...N.obturatorCanal, R_ROOT * 1.1], [0.06, 0.84, 0.05, R_ROOT]], s), 0],
        [cord([[0.06, 0.84, 0.05, R_ROOT * 0.9], [0.052, 0.78, 0.052, R_ROOT * 0.8], [0.048, 0.7, 0.045, R_ROOT * 0.6]], s), 0.003],
        [cord([[0.06, 0.84, 0.05, R_ROOT * 0.9], [0.066, 0.78, 0.032, R_ROOT * 0.8], [0.066, 0.7, 0.025, R_ROOT * 0.6]], s), 0.003],
      ]));

      return [
        { name: 'lumbar-nerve-roots', sdf: roots, voxel: 0.0011, tris: 1100, material: 'nerve', region: 'lumbar-nerves' },
        { name: 'sciatic-tibial-fibular-nerves', sdf: sciatic, voxel: 0.0012, tris: 1700, material: 'nerve', region: 'sciatic-nerve' },
        { name: 'femoral-nerves', sdf: femoral, voxel: 0.0011, tris: 800, previewTris: 280, material: 'nerve', region: 'front-thigh' },
        { name: 'obturator-nerves', sdf: obturator, voxel: 0.0011, tris: 500, material: 'nerve', region: 'inner-thigh' },
      ] satisfies Part[];
    },
    anchors: NERVE_ANCHORS,
  };
}
