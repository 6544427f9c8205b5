/**
 * Builds models/body.glb and models/body-preview.glb: meshes every part of the anatomy once,
 * simplifies it twice (the full body, and a light preview the element shows first on slow
 * connections), places the region anchors and writes quantised, meshopt-compressed glTF
 * binaries with the same nodes, names, extras and anchors. Deterministic.
 *
 *   npm run models
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Document, Logger, NodeIO, type Node as GltfNode } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { REGIONS, type RegionSpec } from '../src/model/atlas';
import { buildBody, type AnchorSpec, type Part } from './anatomy';
import { meshSdf, type RawMesh } from './mesher';

export const GLB_PATH = fileURLToPath(new URL('./body.glb', import.meta.url));
export const PREVIEW_PATH = fileURLToPath(new URL('./body-preview.glb', import.meta.url));

/** The preview keeps this share of each part's triangle budget (at least PREVIEW_MIN_TRIS). */
export const PREVIEW_SHARE = 0.15;
const PREVIEW_MIN_TRIS = 140;

const MATERIALS: Record<Part['material'], { name: string; color: [number, number, number, number]; roughness: number }> = {
  skin: { name: 'skin', color: [0.82, 0.62, 0.5, 1], roughness: 0.62 },
  iris: { name: 'iris', color: [0.14, 0.09, 0.07, 1], roughness: 0.3 },
  muscle: { name: 'muscle', color: [0.62, 0.16, 0.14, 1], roughness: 0.55 },
  tendon: { name: 'tendon-fascia', color: [0.9, 0.85, 0.72, 1], roughness: 0.5 },
  bone: { name: 'bone', color: [0.88, 0.85, 0.76, 1], roughness: 0.7 },
  kidney: { name: 'kidney', color: [0.36, 0.1, 0.08, 1], roughness: 0.45 },
  // Nerves read as yellow-white cords, unlike muscle (red) and tendon/fascia (cream).
  nerve: { name: 'nerve', color: [0.97, 0.9, 0.52, 1], roughness: 0.35 },
  // The meridian overlay: a blue line with darker blue point markers, unlike any tissue.
  meridian: { name: 'meridian', color: [0.12, 0.42, 0.86, 1], roughness: 0.5 },
  'meridian-point': { name: 'meridian-point', color: [0.05, 0.16, 0.55, 1], roughness: 0.4 },
};

export interface BuiltMesh {
  part: Part;
  mesh: RawMesh;
}

/** Simplify one index list (borders optionally locked) to `targetTris`. */
function simplifyIndices(indices: Uint32Array, m: RawMesh, targetTris: number, lockBorder: boolean): Uint32Array {
  const target = Math.min(indices.length, targetTris * 3);
  // Normals as attributes keep triangles where the surface curves.
  const [idx] = MeshoptSimplifier.simplifyWithAttributes(
    indices, m.positions, 3, m.normals, 3, [0.008, 0.008, 0.008], null, target, 0.02,
    lockBorder ? ['ErrorAbsolute', 'LockBorder'] : ['ErrorAbsolute'],
  );
  // ErrorAbsolute: the error is in metres; 0.02 is a ceiling, the index budget binds first.
  return idx.length ? idx : indices;
}

/** Simplify to the part's triangle budget (zone by zone if it has zones); drop unused vertices. */
function simplify(m: RawMesh, part: Part): RawMesh {
  let idx: Uint32Array;
  if (!part.zones) {
    idx = simplifyIndices(m.indices, m, part.tris, false);
  } else {
    const buckets: number[][] = part.zones.map(() => []);
    const rest: number[] = [];
    const P = m.positions, I = m.indices;
    for (let t = 0; t < I.length; t += 3) {
      const cx = (P[I[t] * 3] + P[I[t + 1] * 3] + P[I[t + 2] * 3]) / 3;
      const cy = (P[I[t] * 3 + 1] + P[I[t + 1] * 3 + 1] + P[I[t + 2] * 3 + 1]) / 3;
      const cz = (P[I[t] * 3 + 2] + P[I[t + 1] * 3 + 2] + P[I[t + 2] * 3 + 2]) / 3;
      const z = part.zones.findIndex((zone) => zone.contains(cx, cy, cz));
      (z >= 0 ? buckets[z] : rest).push(I[t], I[t + 1], I[t + 2]);
    }
    const pieces: Uint32Array[] = part.zones.map((zone, i) => simplifyIndices(new Uint32Array(buckets[i]), m, zone.tris, true));
    const zoneTris = part.zones.reduce((s, zone) => s + zone.tris, 0);
    pieces.push(simplifyIndices(new Uint32Array(rest), m, part.tris - zoneTris, true));
    idx = new Uint32Array(pieces.reduce((s, p) => s + p.length, 0));
    let o = 0;
    for (const p of pieces) { idx.set(p, o); o += p.length; }
  }
  const remap = new Int32Array(m.positions.length / 3).fill(-1);
  const pos: number[] = [], nor: number[] = [];
  const out = new Uint32Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i];
    if (remap[v] < 0) {
      remap[v] = pos.length / 3;
      pos.push(m.positions[v * 3], m.positions[v * 3 + 1], m.positions[v * 3 + 2]);
      nor.push(m.normals[v * 3], m.normals[v * 3 + 1], m.normals[v * 3 + 2]);
    }
    out[i] = remap[v];
  }
  return smoothNormals({ positions: new Float32Array(pos), normals: new Float32Array(nor), indices: out });
}

/**
 * Blend the SDF gradient normals with area-weighted face normals of the simplified mesh: the
 * gradient alone flickers where smooth unions meet (creases), and large simplified triangles
 * then show as facets.
 */
function smoothNormals(m: RawMesh): RawMesh {
  const P = m.positions, I = m.indices;
  const acc = new Float64Array(P.length);
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t] * 3, b = I[t + 1] * 3, c = I[t + 2] * 3;
    const ux = P[b] - P[a], uy = P[b + 1] - P[a + 1], uz = P[b + 2] - P[a + 2];
    const vx = P[c] - P[a], vy = P[c + 1] - P[a + 1], vz = P[c + 2] - P[a + 2];
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) { acc[v] += nx; acc[v + 1] += ny; acc[v + 2] += nz; }
  }
  const N = new Float32Array(P.length);
  for (let v = 0; v < P.length; v += 3) {
    const l = Math.hypot(acc[v], acc[v + 1], acc[v + 2]) || 1;
    let x = acc[v] / l * NORMAL_FACE_WEIGHT + m.normals[v] * (1 - NORMAL_FACE_WEIGHT);
    let y = acc[v + 1] / l * NORMAL_FACE_WEIGHT + m.normals[v + 1] * (1 - NORMAL_FACE_WEIGHT);
    let z = acc[v + 2] / l * NORMAL_FACE_WEIGHT + m.normals[v + 2] * (1 - NORMAL_FACE_WEIGHT);
    const k = Math.hypot(x, y, z) || 1;
    x /= k; y /= k; z /= k;
    N[v] = x; N[v + 1] = y; N[v + 2] = z;
  }
  return { positions: m.positions, normals: N, indices: m.indices };
}
const NORMAL_FACE_WEIGHT = 0.6;

// ---------------------------------------------------------------------------------------------
// Anchors: a surface point of each region visible from the side the atlas says it faces
// (the back line from behind, the deep regions from the front). The scores are beside each
// region's geometry in models/parts/.

/** Calls `hit(z)` for every triangle of `m` that the line parallel to z through (px, py) crosses. */
function crossings(px: number, py: number, m: RawMesh, hit: (z: number) => void): void {
  const P = m.positions, I = m.indices;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t] * 3, b = I[t + 1] * 3, c = I[t + 2] * 3;
    const ax = P[a], ay = P[a + 1], bx = P[b], by = P[b + 1], cx = P[c], cy = P[c + 1];
    if (px < Math.min(ax, bx, cx) || px > Math.max(ax, bx, cx) || py < Math.min(ay, by, cy) || py > Math.max(ay, by, cy)) continue;
    const d = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
    if (Math.abs(d) < 1e-14) continue;
    const l1 = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / d;
    const l2 = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / d;
    const l3 = 1 - l1 - l2;
    if (l1 < 0 || l2 < 0 || l3 < 0) continue;
    hit(l1 * P[a + 2] + l2 * P[b + 2] + l3 * P[c + 2]);
  }
}

/** Is the ray from p toward the camera (−z for back, +z for front) blocked by any triangle? */
function blocked(p: [number, number, number], view: 'back' | 'front', meshes: RawMesh[]): boolean {
  const dir = view === 'back' ? -1 : 1;
  let found = false;
  for (const m of meshes) crossings(p[0], p[1], m, (z) => { found ||= (z - p[2]) * dir > 0.0015; });
  return found;
}

/** Which of `built` is seen first at (x, y) from the side `view` (null: none). */
function seenAt(x: number, y: number, view: 'back' | 'front', built: BuiltMesh[]): BuiltMesh | null {
  const dir = view === 'back' ? -1 : 1;
  let first: BuiltMesh | null = null;
  let depth = 0;
  for (const b of built) {
    crossings(x, y, b.mesh, (z) => {
      if (!first || (z - depth) * dir > 0) { first = b; depth = z; }
    });
  }
  return first;
}

/**
 * A tap a little off the anchor still lands on its region: seen from its side, the region is
 * what is drawn ANCHOR_MARGIN away from it in each direction (among `drawn`: the meshes other
 * than skin and overlays). Without this the highest-scoring point can sit on the region's edge
 * (the erector's medial border), where a small phone's pixels miss it.
 */
const ANCHOR_MARGIN = 0.012;
function roomAround(p: [number, number, number], region: string, view: 'back' | 'front', drawn: BuiltMesh[]): boolean {
  return [[1, 0], [-1, 0], [0, 1], [0, -1]].every(([dx, dy]) =>
    seenAt(p[0] + dx * ANCHOR_MARGIN, p[1] + dy * ANCHOR_MARGIN, view, drawn)?.part.region === region);
}

/** The overlay a part is drawn with (its own, or its region's), if any. */
function overlayOf(part: Part): string | undefined {
  return part.overlay ?? (part.region ? REGIONS[part.region]?.overlay : undefined);
}

/**
 * One anchor per region, in the atlas's order. `regions` is the atlas's region table (a
 * fixture's in tests).
 */
export function placeAnchors(
  built: BuiltMesh[],
  specs: readonly AnchorSpec[],
  regions: Readonly<Record<string, Pick<RegionSpec, 'faces'>>> = REGIONS,
): Map<string, [number, number, number]> {
  const occluders = built.filter((b) => b.part.layer !== 'skin').map((b) => b.mesh);
  const drawn = built.filter((b) => b.part.layer !== 'skin' && !overlayOf(b.part));
  const out = new Map<string, [number, number, number]>();
  for (const [id, region] of Object.entries(regions)) {
    const spec = specs.find((a) => a.region === id);
    if (!spec) throw new Error(`region '${id}' has no anchor: add an anchor score for it beside its parts in models/parts/`);
    const cands: { s: number; p: [number, number, number] }[] = [];
    for (const b of built) {
      if (b.part.region !== id) continue;
      const P = b.mesh.positions;
      for (let i = 0; i < P.length; i += 3) {
        const s = spec.score(P[i], P[i + 1], P[i + 2], b.part.name);
        if (s > -Infinity) cands.push({ s, p: [P[i], P[i + 1], P[i + 2]] });
      }
    }
    cands.sort((a, b) => b.s - a.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.p[2] - b.p[2]);
    if (!cands.length) throw new Error(`region '${id}' has no geometry: add a part with region '${id}' in models/parts/`);
    const visible = cands.slice(0, 400).filter((c) => !blocked(c.p, region.faces, occluders));
    if (!visible.length) throw new Error(`no visible anchor point for ${id}`);
    const hit = visible.find((c) => roomAround(c.p, id, region.faces, drawn)) ?? visible[0];
    out.set(id, hit.p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export interface BuildStats {
  triangles: number;
  perMesh: { name: string; triangles: number; rawTriangles: number; ms: number }[];
}

/** A part's budget scaled down for the preview (zones too). */
function previewPart(part: Part): Part {
  const scale = (tris: number) => Math.min(tris, Math.max(PREVIEW_MIN_TRIS, Math.round(tris * PREVIEW_SHARE)));
  return { ...part, tris: part.previewTris ?? scale(part.tris), zones: part.zones?.map((z) => ({ ...z, tris: scale(z.tris) })) };
}

export async function buildMeshes(parts: readonly Part[], log = false): Promise<{ built: BuiltMesh[]; preview: BuiltMesh[]; stats: BuildStats }> {
  await MeshoptSimplifier.ready;
  const built: BuiltMesh[] = [];
  const preview: BuiltMesh[] = [];
  const stats: BuildStats = { triangles: 0, perMesh: [] };
  for (const part of parts) {
    const t0 = performance.now();
    const raw = meshSdf(part.sdf, part.voxel);
    const mesh = simplify(raw, part);
    const ms = performance.now() - t0;
    const tris = mesh.indices.length / 3;
    stats.triangles += tris;
    stats.perMesh.push({ name: part.name, triangles: tris, rawTriangles: raw.indices.length / 3, ms });
    if (log) console.log(`${part.name.padEnd(24)} ${String(raw.indices.length / 3).padStart(8)} -> ${String(tris).padStart(6)} tris  ${ms.toFixed(0)} ms`);
    built.push({ part, mesh });
    preview.push({ part, mesh: simplify(raw, previewPart(part)) });
  }
  return { built, preview, stats };
}

/** Generate both GLBs in memory: the full body and the preview. */
export async function buildBodyGlbs(log = false): Promise<{ full: Uint8Array; preview: Uint8Array }> {
  await MeshoptEncoder.ready;
  const body = buildBody();
  const { built, preview, stats } = await buildMeshes(body.parts, log);
  // One set of anchors, placed on the full body, for both.
  const anchors = placeAnchors(built, body.anchors);
  const full = await writeGlb(built, anchors);
  const light = await writeGlb(preview, anchors);
  if (log) {
    const previewTris = preview.reduce((s, b) => s + b.mesh.indices.length / 3, 0);
    console.log(`full: ${stats.triangles} triangles, ${full.byteLength} bytes; preview: ${previewTris} triangles, ${light.byteLength} bytes`);
  }
  return { full, preview: light };
}

/** A GLB of the meshes (node extras `{ region }` or `{ layer }`) and anchors (`{ anchor }`). */
export async function writeGlb(built: BuiltMesh[], anchors: Map<string, [number, number, number]>): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'body-chain models/build.ts';
  const buffer = doc.createBuffer();
  const scene = doc.createScene('body');
  const mats = new Map<string, ReturnType<Document['createMaterial']>>();
  for (const [key, m] of Object.entries(MATERIALS)) {
    mats.set(key, doc.createMaterial(m.name).setBaseColorFactor(m.color).setRoughnessFactor(m.roughness).setMetallicFactor(0));
  }
  for (const { part, mesh } of built) {
    const pos = doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer);
    const nor = doc.createAccessor().setType('VEC3').setArray(mesh.normals).setBuffer(buffer);
    const idx = doc.createAccessor().setType('SCALAR').setBuffer(buffer)
      .setArray(mesh.positions.length / 3 < 65536 ? new Uint16Array(mesh.indices) : mesh.indices);
    const prim = doc.createPrimitive().setAttribute('POSITION', pos).setAttribute('NORMAL', nor).setIndices(idx).setMaterial(mats.get(part.material)!);
    const node: GltfNode = doc.createNode(part.name).setMesh(doc.createMesh(part.name).addPrimitive(prim));
    // Points carry their overlay too, so the element can hide an overlay's nodes as a group.
    const overlay = overlayOf(part);
    node.setExtras({ ...(part.region ? { region: part.region } : { layer: part.layer }), ...(overlay ? { overlay } : {}) });
    scene.addChild(node);
  }
  for (const [id, p] of anchors) {
    scene.addChild(doc.createNode(`anchor-${id}`).setTranslation(p).setExtras({ anchor: id }));
  }
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  // Positions on one grid for the whole body (13 bits over its 1.7 m: 0.2 mm steps) rather than
  // 14 bits over each mesh's own box: a small mesh then carries no more precision than a large
  // one, and the full body is about 36 KB smaller gzipped. The thinnest shapes (meridian points,
  // irises) are 0.6-0.7 mm voxels, three steps or more.
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high', quantizationVolume: 'scene', quantizePosition: 13 }));
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  });
  return io.writeBinary(doc);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const { full, preview } = await buildBodyGlbs(true);
  await writeFile(GLB_PATH, full);
  await writeFile(PREVIEW_PATH, preview);
  console.log(`wrote ${GLB_PATH} and ${PREVIEW_PATH} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
