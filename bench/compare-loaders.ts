/**
 * Side-by-side check: three's GLTFLoader and our lean loader (src/scene/load-model.ts) on
 * models/body.glb must give the same node names, userData, materials, world-space bounds
 * and vertex data. Run: npx tsx bench/compare-loaders.ts [file.glb]
 */
import { readFileSync } from 'node:fs';
import { Box3, Mesh, MeshStandardMaterial, Object3D, Vector3, type BufferAttribute } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { parseGlb } from '../src/scene/load-model.js';

const file = process.argv[2] ?? 'models/body.glb';
const bytes = readFileSync(file);
const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

await MeshoptDecoder.ready;
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const three = (await loader.parseAsync(data.slice(0), '')).scene;
const lean = await parseGlb(data.slice(0), file, async () => MeshoptDecoder);

function describe(root: Object3D) {
  root.updateMatrixWorld(true);
  const out: unknown[] = [];
  root.traverse((o) => {
    const row: Record<string, unknown> = { name: o.name, type: o.type, userData: o.userData, children: o.children.length };
    row.local = [...o.position.toArray(), ...o.quaternion.toArray(), ...o.scale.toArray()].map((v) => +v.toFixed(7));
    if (o instanceof Mesh) {
      const box = new Box3().setFromObject(o, true);
      row.box = [...box.min.toArray(), ...box.max.toArray()].map((v) => +v.toFixed(6));
      const m = o.material as MeshStandardMaterial;
      row.material = { type: m.type, name: m.name, color: m.color.getHexString(), opacity: m.opacity, metalness: m.metalness, roughness: m.roughness, side: m.side, transparent: m.transparent, emissive: m.emissive.getHexString() };
      const g = o.geometry;
      row.index = g.index ? [g.index.count, sum(g.index)] : null;
      for (const name of Object.keys(g.attributes).sort()) {
        const a = g.attributes[name] as BufferAttribute;
        row[name] = [a.count, a.itemSize, a.normalized, a.array.constructor.name, sum(a)];
      }
      row.attributes = Object.keys(g.attributes).sort();
    }
    out.push(row);
  });
  return out;
}
/** A checksum of an attribute through getX/Y/Z/W (so interleaved and tight arrays compare). */
function sum(a: { count: number; itemSize: number; getComponent(i: number, k: number): number }): number {
  let s = 0;
  for (let i = 0; i < a.count; i++) for (let k = 0; k < a.itemSize; k++) s += a.getComponent(i, k) * ((i % 7) + 1);
  return +s.toFixed(3);
}

const a = describe(three), b = describe(lean);
let diffs = 0;
for (let i = 0; i < Math.max(a.length, b.length); i++) {
  const x = JSON.stringify(a[i]), y = JSON.stringify(b[i]);
  if (x !== y) {
    diffs++;
    console.log(`DIFF at object ${i}:\n  GLTFLoader: ${x}\n  lean:       ${y}`);
  }
}
const worldBox = (r: Object3D) => new Box3().setFromObject(r, true).getSize(new Vector3()).toArray().map((v) => v.toFixed(6));
console.log(`${a.length} objects compared, world size ${worldBox(three)} vs ${worldBox(lean)}: ${diffs ? `${diffs} DIFFERENCES` : 'identical'}`);
process.exit(diffs ? 1 : 0);
