/**
 * The Superficial Back Line's regions, from the sole to the brow: plantar fascia (`sole`),
 * gastrocnemius, soleus and Achilles tendon (`calf`), the three hamstrings, the sacrum and
 * sacrotuberous ligaments (`pelvis`), the erector columns and thoracolumbar fascia
 * (`erector-spinae`), the suboccipitals and galea (`skull`), and their anchors.
 *
 * The calf, hamstring and erector muscles (and the sacrotuberous ligaments) lie just under
 * the skin and shape it (`underSkin`); the fasciae are shells of the final skin.
 */
import {
  type Sdf, add, catmull, cross, custom, ellipsoid, frameAlong, intersect, norm, ribbon, shell, sub, tube, union, boxOf,
} from '../sdf';
import { footFrame, L } from '../landmarks';
import type { AnchorSpec, BodyContext, BodyPart, Part } from '../part';
import { bilateral, ctrlSide, hermiteTable, surfaceZ, underSkin } from '../shape';

/** Left-side rows [x, …] on side `s`, keeping every column. */
const keepAll = (rows: number[][], s: 1 | -1) => rows.map(([x, ...rest]) => [x * s, ...rest]);

/** Muscle surface below the skin surface. */
const D = 0.0035;

/** Anchors face the back camera (the atlas: `faces: 'back'`). */
export const BACK_LINE_ANCHORS: AnchorSpec[] = [
  { region: 'sole', score: (x, _y, z) => (x > 0 ? -z : -Infinity) },
  { region: 'calf', score: (x, y, z) => (x > 0 ? -z - 2 * Math.abs(y - 0.4) : -Infinity) },
  { region: 'hamstrings', score: (x, y, z) => (x > 0 ? -z - 2 * Math.abs(y - 0.68) : -Infinity) },
  { region: 'pelvis', score: (x, y, z, m) => (m.startsWith('sacrum') ? -z - 2 * Math.abs(y - 0.92) - 2 * Math.abs(x) : -Infinity) },
  { region: 'erector-spinae', score: (x, y, z, m) => (x > 0 && m === 'erector-spinae' ? -z - 2 * Math.abs(y - 1.22) : -Infinity) },
  { region: 'skull', score: (x, y, z) => -z - Math.abs(y - 1.64) - 2 * Math.abs(x) },
];

export function backLine({ base, spine }: BodyContext): BodyPart {
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
    // The two heads end on one broad aponeurosis that narrows into the tendon: the lower
    // border reads as an inverted V (medial head lower), not as two rounded lobes.
    const apo = ribbon(keepAll([
      [x - 0.004, 0.345, 0, 0.02, 0.004], [x - 0.002, 0.3, 0, 0.017, 0.0038], [x, 0.26, 0, 0.013, 0.0032],
    ], s).map(([px, y, z0, w, t]) => [px, y, surfaceZ(base, px, y, z0, -1) + t + D, w, t]), [0, 0, -1], 0.006, 0.006);
    return union([[soleus, 0], [gm, 0.01], [gl, 0.01], [apo, 0.014]]);
  });
  // Achilles tendon: a flat band, not a rod: wide and thin where it leaves the calf muscles,
  // narrowest and thickest a few centimetres above the heel, flaring onto the calcaneus.
  const achillesOnly = bilateral((s) => {
    const x = L.gastrocHeads[0];
    const rows = [
      [x, 0.27, -0.012, 0.014, 0.0026], [x, 0.22, -0.014, 0.0115, 0.003], [x, 0.17, -0.016, 0.0085, 0.0036],
      [x, 0.12, -0.018, 0.0068, 0.0044], [x, 0.075, -0.02, 0.0066, 0.0046],
      [L.calcaneusTuber[0], 0.05, -0.04, 0.0085, 0.0042], [L.calcaneusTuber[0], L.calcaneusTuber[1] + 0.014, -0.04, 0.011, 0.0034],
    ];
    return ribbon(keepAll(rows, s).map(([px, y, z0, w, t]) => [px, y, surfaceZ(base, px, y, z0, -1) + t + D - 0.0003, w, t]), [0, 0, -1], 0.005, 0.004);
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
  return {
    underSkin: [calfMuscles, achillesOnly, hamstrings, erector, sacrotuberous],
    parts: (skin) => {
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
      // Not a plate: two families of fibre bands crossing at about ±35° (the posterior layer's
      // weave), 4.4 mm wide every 10 mm, so the red columns show through the gaps.
      const fibres = custom(boxOf([-0.1, TLF_BOTTOM - 0.03, -0.2], [0.1, TLF_TOP + 0.04, -0.02]), (x, y) => {
        const band = (u: number) => Math.abs(u - Math.round(u / 0.01) * 0.01) - 0.0022;
        const c = Math.cos(0.61), s = Math.sin(0.61);
        return Math.min(band(x * s + y * c), band(-x * s + y * c));
      });
      const tlf = intersect(intersect(shell(columnsBack, 0.0008, -0.0012), tlfRegion, 0.005), fibres, 0.0012);

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

      return [
        { name: 'plantar-fascia', sdf: plantar, voxel: 0.0012, tris: 1200, material: 'tendon', region: 'sole' },
        { name: 'calf', sdf: calfMuscles, voxel: 0.0016, tris: 2100, material: 'muscle', region: 'calf' },
        { name: 'achilles-tendons', sdf: achillesOnly, voxel: 0.0012, tris: 700, material: 'tendon', region: 'calf' },
        { name: 'hamstrings', sdf: hamstrings, voxel: 0.0018, tris: 2250, material: 'muscle', region: 'hamstrings' },
        { name: 'sacrum', sdf: sacrum, voxel: 0.0015, tris: 1050, material: 'bone', region: 'pelvis' },
        { name: 'sacrotuberous-ligaments', sdf: sacrotuberous, voxel: 0.0013, tris: 900, material: 'tendon', region: 'pelvis' },
        { name: 'erector-spinae', sdf: erector, voxel: 0.0018, tris: 2400, material: 'muscle', region: 'erector-spinae' },
        { name: 'thoracolumbar-fascia', sdf: tlf, voxel: 0.0011, tris: 2200, previewTris: 700, material: 'tendon', region: 'erector-spinae' },
        { name: 'galea-aponeurotica', sdf: galea, voxel: 0.001, tris: 1900, material: 'tendon', region: 'skull' },
        { name: 'suboccipitals', sdf: suboccipital, voxel: 0.0012, tris: 750, material: 'muscle', region: 'skull' },
      ] satisfies Part[];
    },
    anchors: BACK_LINE_ANCHORS,
  };
}

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
    const p = catmull(ctrl, i / N);
    const q0 = catmull(ctrl, Math.max(0, i / N - 0.01)), q1 = catmull(ctrl, Math.min(1, i / N + 0.01));
    const dir = norm(sub([q1[0], q1[1], q1[2]], [q0[0], q0[1], q0[2]]));
    const ax = frameAlong(dir, [0, 0, 1]);
    kids.push([ellipsoid([p[0], p[1], p[2]], [p[3], 0.011, p[4]], [[1, 0, 0], ax[1], cross([1, 0, 0], ax[1])]), i === 0 ? 0 : 0.012]);
  }
  // Foramina hinted by small dimples on the back.
  return union(kids);
}
