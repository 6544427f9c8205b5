/**
 * `deep-stabilizers` (DOMAIN.md §7, the "inner unit"): transversus abdominis, lumbar
 * multifidus and the pelvic floor (the diaphragm, the fourth wall, is not drawn).
 * - Transversus abdominis: a thin corset under the flank muscles, from the thoracolumbar
 *   fascia's lateral raphe round the side of the waist, between the lower ribs and the iliac
 *   crest. Its front aponeurosis is left out so that it never hides the psoas and kidneys in
 *   the front views; from behind it shows at the flanks, lateral to the erector columns.
 * - Multifidus: beside the spinous processes from L1 to the sacrum, thickest at L5–S1, under
 *   the erector columns and the thoracolumbar fascia.
 * - Pelvic floor: a shallow bowl from the pubis to the coccyx.
 */
import { boxOf, custom, ellipsoid, intersect, shell, smax, smoothstep, tube } from '../sdf';
import type { AnchorSpec, BodyContext, BodyPart, Part } from '../part';
import { bilateral, ctrlSide } from '../shape';

export const STABILIZER_ANCHORS: AnchorSpec[] = [
  { region: 'deep-stabilizers', score: (x, y, z, m) => (x > 0 && m === 'transversus-abdominis' ? -z - 2 * Math.abs(y - 1.1) : -Infinity) },
];

export function stabilizers(_ctx: BodyContext): BodyPart {
  return {
    underSkin: [],
    parts: (skin) => {
      const traRegion = custom(boxOf([-0.2, 0.98, -0.14], [0.2, 1.26, 0.14]), (x, y, z) => {
        const xx = Math.abs(x);
        // Behind: from the lateral raphe (x ≈ 0.085); in front it stops at the side of the waist.
        const inner = 0.085 + 0.035 * smoothstep(-0.04, 0.04, z);
        const bottom = 1.035, top = 1.215 - 0.03 * smoothstep(-0.04, 0.06, z);
        // Rounded corners: the outline's sides are joined by smooth maxima.
        return smax(smax(inner - xx, bottom - y, 0.03), y - top, 0.03);
      });
      const tra = intersect(shell(skin, 0.0021, 0.016), traRegion, 0.004);

      const multifidus = bilateral((s) => tube(ctrlSide([
        [0.011, 1.13, -0.06, 0.005], [0.014, 1.06, -0.064, 0.0085], [0.017, 1.0, -0.072, 0.011],
        [0.019, 0.965, -0.086, 0.0105], [0.017, 0.935, -0.097, 0.0075], [0.012, 0.915, -0.1, 0.004],
      ], s), 0.005));

      const bowl = ellipsoid([0, 0.886, -0.016], [0.056, 0.044, 0.07]);
      const floorRegion = custom(boxOf([-0.08, 0.82, -0.1], [0.08, 0.88, 0.07]), (_x, y) => y - 0.868);
      const pelvicFloor = intersect(shell(bowl, 0.0018), floorRegion, 0.004);

      return [
        { name: 'transversus-abdominis', sdf: tra, voxel: 0.0016, tris: 1000, material: 'muscle', region: 'deep-stabilizers' },
        { name: 'multifidus', sdf: multifidus, voxel: 0.0014, tris: 550, material: 'muscle', region: 'deep-stabilizers' },
        { name: 'pelvic-floor', sdf: pelvicFloor, voxel: 0.0015, tris: 400, material: 'muscle', region: 'deep-stabilizers' },
      ] satisfies Part[];
    },
    anchors: STABILIZER_ANCHORS,
  };
}
