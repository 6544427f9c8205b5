/**
 * Checks on the committed body assets (models/body.glb and its light preview
 * models/body-preview.glb): structure, budgets, determinism and placement against the
 * DOMAIN.md table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { NodeIO, type Document, type Node as GltfNode } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { GLB_PATH, PREVIEW_PATH, buildBodyGlbs } from '../../models/build';
import { buildAnatomy } from '../../models/anatomy';
import { CHAINS, LAYER_IDS, LAYERS, OVERLAYS, REGION_IDS, REGIONS as ATLAS_REGIONS } from '../../src/model/atlas';

const H = 1.7;
const REGIONS: readonly string[] = REGION_IDS;
const BACK_LINE = CHAINS.find((c) => c.id === 'back-line')!.stations;
const FACING_FRONT = REGION_IDS.filter((id) => ATLAS_REGIONS[id].faces === 'front');
const CONTEXT_LAYERS: readonly string[] = LAYER_IDS.filter((l) => !LAYERS[l].regions);

async function load(path = GLB_PATH): Promise<Document> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  return io.read(path);
}

interface Geo { min: number[]; max: number[]; centroid: number[]; triangles: number; points: number[][] }

/** World-space vertices, bounds, centroid and triangle count of a node's mesh. */
function geometry(node: GltfNode): Geo {
  const m = node.getWorldMatrix();
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity], sum = [0, 0, 0];
  let n = 0, triangles = 0;
  const points: number[][] = [];
  for (const prim of node.getMesh()!.listPrimitives()) {
    const pos = prim.getAttribute('POSITION')!;
    const el: number[] = [];
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, el);
      const p = [0, 1, 2].map((r) => m[r] * el[0] + m[4 + r] * el[1] + m[8 + r] * el[2] + m[12 + r]);
      points.push(p);
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k], p[k]); max[k] = Math.max(max[k], p[k]); sum[k] += p[k];
      }
      n++;
    }
    triangles += (prim.getIndices()?.getCount() ?? pos.getCount()) / 3;
  }
  return { min, max, centroid: sum.map((s) => s / n), triangles, points };
}

const doc = await load();
const nodes = doc.getRoot().listNodes();
const meshNodes = nodes.filter((n) => n.getMesh());
const byName = new Map(nodes.map((n) => [n.getName(), n]));
const geo = new Map(meshNodes.map((n) => [n.getName(), geometry(n)]));
const regionOf = (n: GltfNode) => (n.getExtras() as { region?: string }).region;
const regionGeo = (id: string) => meshNodes.filter((n) => regionOf(n) === id).map((n) => geo.get(n.getName())!);
/** Centroid over all vertices of a region's meshes. */
function regionCentroid(id: string): number[] {
  const pts = regionGeo(id).flatMap((g) => g.points);
  return [0, 1, 2].map((k) => pts.reduce((s, p) => s + p[k], 0) / pts.length);
}

test('every mesh node carries a region or a layer; every region id is present', () => {
  for (const n of meshNodes) {
    const ex = n.getExtras() as { region?: string; layer?: string; overlay?: string };
    assert.ok(ex.region || ex.layer, `${n.getName()} has no region/layer extras`);
    if (ex.region) assert.ok(REGIONS.includes(ex.region), `${n.getName()}: unknown region ${ex.region}`);
    // Context layers, or an overlay's line in its overlay's layer.
    if (ex.layer) assert.ok(CONTEXT_LAYERS.includes(ex.layer) || OVERLAYS.some((o) => o.id === ex.overlay && o.layer === ex.layer), `${n.getName()}: unknown layer ${ex.layer}`);
    assert.ok(n.getMesh()!.listPrimitives()[0].getMaterial()?.getName(), `${n.getName()} has an unnamed material`);
  }
  for (const id of REGIONS) assert.ok(meshNodes.some((n) => regionOf(n) === id), `region ${id} missing`);
  assert.ok(byName.get('skin'), 'skin node missing');
  assert.equal((byName.get('skin')!.getExtras() as { layer?: string }).layer, 'skin');
  assert.ok(meshNodes.some((n) => (n.getExtras() as { layer?: string }).layer === 'skeleton'), 'no skeleton mesh');
  for (const side of ['left', 'right']) {
    assert.equal(regionOf(byName.get(`kidney-${side}`)!), 'kidney');
    assert.equal(regionOf(byName.get(`psoas-${side}`)!), 'psoas');
  }
});

test('each region has an anchor node on the surface of its meshes', () => {
  for (const id of REGIONS) {
    const a = byName.get(`anchor-${id}`);
    assert.ok(a, `anchor-${id} missing`);
    assert.equal((a.getExtras() as { anchor?: string }).anchor, id);
    const p = a.getWorldTranslation();
    let best = Infinity;
    for (const g of regionGeo(id)) for (const q of g.points) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
    assert.ok(best < 0.002, `anchor-${id} is ${(best * 1000).toFixed(1)} mm from its region's surface`);
  }
  // Anchors face the side the atlas says (the back line: the back camera; psoas, kidney: the front).
  // (Compared with the region's vertices within 2 cm across: an oblique muscle such as
  // piriformis is not one slab facing the camera.)
  const localCentroid = (id: string, p: number[]) => {
    const near = regionGeo(id).flatMap((g) => g.points).filter((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 0.02);
    return [0, 1, 2].map((k) => near.reduce((s, q) => s + q[k], 0) / near.length);
  };
  for (const id of REGION_IDS.filter((r) => ATLAS_REGIONS[r].faces === 'back')) {
    const p = byName.get(`anchor-${id}`)!.getWorldTranslation();
    assert.ok(p[2] < regionCentroid(id)[2] || p[2] < localCentroid(id, p)[2], `anchor-${id} is not on the back side of its region`);
  }
  for (const id of FACING_FRONT) {
    const p = byName.get(`anchor-${id}`)!.getWorldTranslation();
    assert.ok(p[2] > regionCentroid(id)[2] - 0.002 || p[2] > localCentroid(id, p)[2], `anchor-${id} is not on the front side of its region`);
  }
  assert.ok(byName.get('anchor-sole')!.getWorldTranslation()[2] < -0.06, 'sole anchor is not at the heel');
});

test('budgets: at most 60k triangles and 300 KB', async () => {
  // The full body is the largest download on a slow connection (issue 13): it was 75k
  // triangles and 390 KB before the budgets were cut to the detail a phone can show.
  const tris = [...geo.values()].reduce((s, g) => s + g.triangles, 0);
  assert.ok(tris <= 60000, `${tris} triangles`);
  assert.ok(tris >= 20000, `${tris} triangles is suspiciously few`);
  const bytes = (await stat(GLB_PATH)).size;
  assert.ok(bytes <= 300 * 1024, `${bytes} bytes`);
  const used = doc.getRoot().listExtensionsUsed().map((e) => e.extensionName);
  assert.ok(used.includes('EXT_meshopt_compression'), 'not meshopt-compressed');
  assert.ok(used.includes('KHR_mesh_quantization'), 'not quantised');
});

test('placement: stature, kidneys, psoas, back-line order, nesting inside the skin', () => {
  const skin = geo.get('skin')!;
  assert.ok(Math.abs(skin.max[1] - H) < 0.01, `stature ${skin.max[1].toFixed(3)} m`);
  assert.ok(Math.abs(skin.min[1]) < 0.003, `floor at ${skin.min[1].toFixed(4)} m`);
  assert.ok(Math.abs(skin.min[0] + skin.max[0]) < 0.01, 'body not centred on x = 0');

  const kl = geo.get('kidney-left')!.centroid, kr = geo.get('kidney-right')!.centroid;
  assert.ok(Math.abs(kl[1] - 0.655 * H) <= 0.015, `left kidney at ${(kl[1] / H).toFixed(3)} H`);
  assert.ok(Math.abs(kr[1] - 0.645 * H) <= 0.015, `right kidney at ${(kr[1] / H).toFixed(3)} H`);
  assert.ok(kr[1] < kl[1], 'right kidney is not lower than the left');
  assert.ok(kl[0] > 0 && kr[0] < 0, 'kidneys on the wrong sides');

  for (const side of ['left', 'right']) {
    const p = geo.get(`psoas-${side}`)!;
    assert.ok(p.max[1] >= 0.685 * H - 0.01 && p.max[1] <= 0.685 * H + 0.015, `psoas-${side} top at ${(p.max[1] / H).toFixed(3)} H`);
    assert.ok(p.min[1] <= 0.48 * H + 0.01 && p.min[1] >= 0.48 * H - 0.015, `psoas-${side} bottom at ${(p.min[1] / H).toFixed(3)} H`);
    // Kidneys lie beside the psoas, lateral to it at the kidney's height.
    const k = geo.get(`kidney-${side}`)!.centroid;
    const atK = p.points.filter((q) => Math.abs(q[1] - k[1]) < 0.01);
    const psoasX = atK.reduce((s, q) => s + Math.abs(q[0]), 0) / atK.length;
    assert.ok(Math.abs(k[0]) > psoasX + 0.015, `kidney-${side} not lateral to the psoas`);
  }

  const heights = BACK_LINE.map((id) => regionCentroid(id)[1]);
  for (let i = 1; i < heights.length; i++) {
    assert.ok(heights[i] > heights[i - 1], `${BACK_LINE[i]} (${heights[i].toFixed(3)}) not above ${BACK_LINE[i - 1]} (${heights[i - 1].toFixed(3)})`);
  }
  for (const [name, g] of geo) {
    if (name === 'skin') continue;
    // The meridian overlay lies on the skin, up to 2 mm proud of it.
    const slack = (byName.get(name)!.getExtras() as { overlay?: string }).overlay ? 0.002 : 0;
    for (let k = 0; k < 3; k++) {
      assert.ok(g.min[k] >= skin.min[k] - slack && g.max[k] <= skin.max[k] + slack, `${name} leaves the skin's bounds on axis ${k}`);
    }
  }
});

test('shape: the thoracolumbar fascia is a narrow lumbar sheet, the columns run on to the occiput', () => {
  const tlf = geo.get('thoracolumbar-fascia')!;
  assert.ok(tlf.min[1] >= 0.55 * H && tlf.max[1] <= 0.69 * H, `fascia spans ${(tlf.min[1] / H).toFixed(3)}–${(tlf.max[1] / H).toFixed(3)} H, not sacrum to T11/T12`);
  assert.ok(Math.max(-tlf.min[0], tlf.max[0]) <= 0.07, `fascia reaches x ${Math.max(-tlf.min[0], tlf.max[0]).toFixed(3)} m, beyond the erector mass`);
  const er = geo.get('erector-spinae')!;
  assert.ok(er.max[1] >= 0.905 * H, `erector columns end at ${(er.max[1] / H).toFixed(3)} H, below the occiput`);
  const sub = geo.get('suboccipitals')!;
  assert.ok(sub.min[1] >= 0.89 * H && sub.max[1] <= 0.945 * H, `suboccipitals span ${(sub.min[1] / H).toFixed(3)}–${(sub.max[1] / H).toFixed(3)} H`);
  assert.ok(Math.max(-sub.min[0], sub.max[0]) <= 0.05, 'suboccipital band too wide');
});

test('nesting: no muscle, fascia, nerve, organ or bone vertex lies outside the skin surface', () => {
  const skin = buildAnatomy().find((p) => p.name === 'skin')!.sdf;
  // The meridian overlay lies on the skin (model-chains.test.ts checks it stays within 1.5 mm).
  // So do the irises (layer skin), on the eyes.
  const onSkin = new Set(meshNodes.filter((n) => {
    const ex = n.getExtras() as { overlay?: string; layer?: string };
    return ex.overlay || ex.layer === 'skin';
  }).map((n) => n.getName()));
  for (const [name, g] of geo) {
    if (name === 'skin' || onSkin.has(name)) continue;
    let outside = 0, worst = 0;
    for (const p of g.points) {
      const d = skin.f(p[0], p[1], p[2]);
      if (d > 0.0005) outside++;
      worst = Math.max(worst, d);
    }
    assert.equal(outside, 0, `${name}: ${outside} vertices outside the skin (worst ${(worst * 1000).toFixed(1)} mm)`);
  }
  // The back-line muscles sit close under the skin (the component shows the skin translucent).
  for (const name of ['calf', 'hamstrings', 'erector-spinae']) {
    const g = geo.get(name)!;
    const near = g.points.filter((p) => skin.f(p[0], p[1], p[2]) > -0.008).length;
    assert.ok(near / g.points.length > 0.2, `${name}: only ${near} of ${g.points.length} vertices within 8 mm of the skin`);
  }
});

test('the preview has the same nodes, extras, materials and anchors, a fifth of the triangles and under 110 KB (60 KB gzip)', async () => {
  const preview = await load(PREVIEW_PATH);
  const describe = (d: Document) =>
    d.getRoot().listNodes().map((n) => ({
      name: n.getName(),
      extras: n.getExtras(),
      material: n.getMesh()?.listPrimitives()[0].getMaterial()?.getName() ?? null,
      translation: n.getMesh() ? null : n.getTranslation(),
    }));
  assert.deepEqual(describe(preview), describe(doc));
  const full = [...geo.values()].reduce((s, g) => s + g.triangles, 0);
  const light = preview.getRoot().listNodes().filter((n) => n.getMesh()).reduce((s, n) => s + geometry(n).triangles, 0);
  assert.ok(light <= full / 5, `${light} triangles against ${full}`);
  assert.ok(light >= 5000, `${light} triangles is too few to read as a body`);
  // 41 meshes and 24 anchors: about half of the preview's bytes are the glTF JSON, which
  // compresses well, so the limit is on the gzip size too.
  const raw = await readFile(PREVIEW_PATH);
  assert.ok(raw.byteLength <= 110 * 1024, `${raw.byteLength} bytes`);
  const gz = gzipSync(raw, { level: 9 }).byteLength;
  assert.ok(gz <= 60 * 1024, `${gz} bytes gzip`);
  // Same stature and the same place for every region: the view does not jump when the full body arrives.
  for (const n of preview.getRoot().listNodes().filter((m) => m.getMesh())) {
    const a = geometry(n), b = geo.get(n.getName())!;
    for (let k = 0; k < 3; k++) {
      for (const end of ['min', 'max'] as const) {
        const moved = a[end][k] - b[end][k];
        assert.ok(Math.abs(moved) < 0.01, `${n.getName()}: bounds ${end}[${k}] moved ${moved.toFixed(3)} m`);
      }
    }
  }
});

test('deterministic and up to date: regenerating gives the committed bytes', { timeout: 900000 }, async () => {
  const fresh = await buildBodyGlbs();
  for (const [name, bytes, path] of [['body.glb', fresh.full, GLB_PATH], ['body-preview.glb', fresh.preview, PREVIEW_PATH]] as const) {
    const committed = new Uint8Array(await readFile(path));
    assert.equal(bytes.byteLength, committed.byteLength, `${name}: size differs: run \`npm run models\``);
    assert.ok(Buffer.from(bytes).equals(Buffer.from(committed)), `${name}: bytes differ: run \`npm run models\``);
  }
});
