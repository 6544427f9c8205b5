/**
 * A comparable description of a three.js scene graph: per object its name, type, userData,
 * transform, and for meshes the world bounds, material and checksums of every attribute.
 * Used to compare our GLB reader (src/scene/load-model.ts) with three's GLTFLoader, in
 * test/node/glb-reader.test.ts and bench/compare-loaders.ts.
 */
import { Box3, Mesh, type MeshStandardMaterial, type Object3D, type BufferAttribute } from 'three';

export function describeScene(root: Object3D): Record<string, unknown>[] {
  root.updateMatrixWorld(true);
  const out: Record<string, unknown>[] = [];
  root.traverse((o) => {
    const row: Record<string, unknown> = { name: o.name, type: o.type, userData: o.userData, children: o.children.length };
    row.local = [...o.position.toArray(), ...o.quaternion.toArray(), ...o.scale.toArray()].map((v) => +v.toFixed(7));
    if (o instanceof Mesh) {
      const box = new Box3().setFromObject(o, true);
      row.box = [...box.min.toArray(), ...box.max.toArray()].map((v) => +v.toFixed(6));
      const m = o.material as MeshStandardMaterial;
      row.material = { type: m.type, name: m.name, color: m.color.getHexString(), opacity: m.opacity, metalness: m.metalness, roughness: m.roughness, side: m.side, transparent: m.transparent, emissive: m.emissive.getHexString() };
      const g = o.geometry;
      row.index = g.index ? [g.index.count, checksum(g.index)] : null;
      for (const name of Object.keys(g.attributes).sort()) {
        const a = g.attributes[name] as BufferAttribute;
        row[name] = [a.count, a.itemSize, a.normalized, a.array.constructor.name, checksum(a)];
      }
      row.attributes = Object.keys(g.attributes).sort();
    }
    out.push(row);
  });
  return out;
}

/** A checksum of an attribute through getComponent (so interleaved and tight arrays compare). */
function checksum(a: { count: number; itemSize: number; getComponent(i: number, k: number): number }): number {
  let s = 0;
  for (let i = 0; i < a.count; i++) for (let k = 0; k < a.itemSize; k++) s += a.getComponent(i, k) * ((i % 7) + 1);
  return +s.toFixed(3);
}

/** The objects whose descriptions differ, as readable lines. */
export function sceneDifferences(a: Record<string, unknown>[], b: Record<string, unknown>[], names = ['GLTFLoader', 'ours']): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = JSON.stringify(a[i]), y = JSON.stringify(b[i]);
    if (x !== y) out.push(`object ${i}:\n  ${names[0]}: ${x}\n  ${names[1]}: ${y}`);
  }
  return out;
}
