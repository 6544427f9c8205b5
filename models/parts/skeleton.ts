/**
 * The skeleton, as context (layer `skeleton`, no region): spine C1–L5, pelvis, femurs and a
 * schematic skull. Also gives the tips of the spinous processes, which the back skin clears.
 */
import { type Sdf, type Vec3, add, capsule, custom, ellipsoid, intersect, offset, shell, subtract, tube, union, boxOf } from '../sdf';
import { L, spineZ } from '../landmarks';
import type { Part } from '../part';
import { bilateral, ctrlSide, side } from '../shape';

export function skeleton(): { parts: Part[]; spinousTips: number[][] } {
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
    const condyles = bilateral((t) => ellipsoid(side([0.083 + t * 0.02, 0.497, -0.008], s), [0.017, 0.022, 0.024]));
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
    { name: 'skeleton-spine', sdf: spine, voxel: 0.0016, tris: 1900, material: 'bone', layer: 'skeleton' },
    { name: 'skeleton-pelvis', sdf: pelvisBone, voxel: 0.0018, tris: 1400, material: 'bone', layer: 'skeleton' },
    { name: 'skeleton-femurs', sdf: femur, voxel: 0.002, tris: 1000, material: 'bone', layer: 'skeleton' },
    { name: 'skeleton-skull', sdf: skull, voxel: 0.002, tris: 1200, material: 'bone', layer: 'skeleton' },
  ];
  return { parts, spinousTips };
}
