import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  Group,
  Matrix4,
  Mesh,
  MeshPhongMaterial,
  MeshStandardMaterial,
  Object3D,
  Sphere,
  type TypedArray,
  Vector3,
} from 'three';
import { MeshoptDecoder } from './vendor/meshopt_decoder_simd.js';
import { yieldToPage } from './context.js';
import { prefetchModel, takePrefetched } from './prefetch.js';

/**
 * A small glTF 2.0 binary (.glb) reader for the body model our pipeline writes
 * (models/build.ts): triangle meshes with KHR_mesh_quantization and EXT_meshopt_compression,
 * node TRS or matrix, extras, and metallic-roughness materials given by factors.
 * It replaces three's GLTFLoader (≈20 KB gzipped with the parts of three it pulls in).
 *
 * It builds the same tree GLTFLoader does for such a file: a Group per scene, an Object3D
 * per node (the Mesh itself when the node's mesh has one primitive), names sanitised and
 * made unique the same way, `userData` from `extras` (and `userData.name`), MeshStandardMaterial
 * with the base colour, opacity, metalness, roughness, emissive, side and alpha mode.
 * Not supported (an Error says so): external buffers, sparse accessors, non-triangle primitives,
 * morph targets, required extensions other than the two above. Skins, cameras, lights and
 * textures are ignored, and so are vertex colours (meshes are expected to carry normals).
 */

type Decoder = typeof MeshoptDecoder;

/* eslint-disable @typescript-eslint/no-explicit-any -- glTF JSON */
type Json = any;

/**
 * The meshopt decoder: the WebAssembly (SIMD) one, or, where a Content-Security-Policy
 * forbids compiling WebAssembly (no 'wasm-unsafe-eval') or the browser lacks WebAssembly
 * SIMD, meshoptimizer's pure-JS reference decoder, loaded only then.
 */
let decoder: Promise<Decoder> | undefined;
function meshoptDecoder(): Promise<Decoder> {
  decoder ??= (MeshoptDecoder.ready ?? Promise.reject(new Error('no WebAssembly'))).then(
    () => MeshoptDecoder,
    async () => (await import('./vendor/meshopt_decoder_reference.js')).MeshoptDecoder,
  );
  return decoder;
}

const ARRAYS: Record<number, { new (b: ArrayBufferLike, o: number, n: number): TypedArray; BYTES_PER_ELEMENT: number }> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
};
const SIZES: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 };
const ATTRIBUTES: Record<string, string> = {
  POSITION: 'position',
  NORMAL: 'normal',
  TANGENT: 'tangent',
  TEXCOORD_0: 'uv',
  TEXCOORD_1: 'uv1',
  COLOR_0: 'color',
};
const KNOWN_EXTENSIONS = ['EXT_meshopt_compression', 'KHR_mesh_quantization'];

function extras(target: { userData: Record<string, unknown> }, def: Json): void {
  if (def.extras && typeof def.extras === 'object') Object.assign(target.userData, def.extras);
}

/** Calls `make` once per key and remembers what it returned. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key)!;
  };
}

/**
 * A position accessor's bounds from its min and max (raw values: a normalized accessor's are
 * scaled as the GPU will read them), or null without them.
 */
function accessorBox(def: Json | undefined): Box3 | null {
  const { min, max } = def ?? {};
  if (!Array.isArray(min) || !Array.isArray(max) || min.length !== 3 || max.length !== 3) return null;
  const box = new Box3(new Vector3().fromArray(min), new Vector3().fromArray(max));
  const scale = def!.normalized ? NORMALIZED_SCALE[def!.componentType] : 1;
  box.min.multiplyScalar(scale ?? 1);
  box.max.multiplyScalar(scale ?? 1);
  return box;
}

/** What a normalized integer component's largest value reads as 1.0 (glTF 2.0, §3.11). */
const NORMALIZED_SCALE: Record<number, number> = { 5120: 1 / 127, 5121: 1 / 255, 5122: 1 / 32767, 5123: 1 / 65535 };

/**
 * Parses a .glb file into the scene's node tree. With `pause`, each buffer view is decoded in a
 * task of its own, after awaiting it (the element passes yieldToPage, so that decoding is never
 * one long task of the host's page).
 */
export async function parseGlb(
  data: ArrayBuffer,
  url: string,
  getDecoder: () => Promise<Decoder> = meshoptDecoder,
  pause?: () => Promise<void>,
): Promise<Group> {
  const head = new DataView(data);
  const bad = (why: string) => new Error(`${url} is not a glTF 2.0 binary (.glb) file: ${why}`);
  if (data.byteLength < 20 || head.getUint32(0, true) !== 0x46546c67) throw bad('no glTF header');
  if (head.getUint32(4, true) !== 2) throw bad(`version ${head.getUint32(4, true)}`);
  let json: Json;
  let bin: Uint8Array | undefined;
  for (let at = 12; at + 8 <= data.byteLength; ) {
    const length = head.getUint32(at, true);
    const type = head.getUint32(at + 4, true);
    if (at + 8 + length > data.byteLength) throw bad('truncated');
    const chunk = new Uint8Array(data, at + 8, length);
    if (type === 0x4e4f534a) json = JSON.parse(new TextDecoder().decode(chunk));
    else if (type === 0x004e4942) bin = chunk;
    at += 8 + length;
  }
  if (!json?.asset) throw bad('no JSON chunk');
  for (const name of json.extensionsRequired ?? []) {
    if (!KNOWN_EXTENSIONS.includes(name)) throw new Error(`${url} requires an unsupported glTF extension: ${name}`);
  }

  const buffer = memo((i: number): Promise<Uint8Array> => {
    const def = json.buffers[i];
    // Our pipeline writes one binary buffer, inside the .glb (plus meshopt's empty fallback).
    if (def.uri !== undefined || i !== 0 || !bin) throw bad(`buffer ${i} is not the embedded binary chunk`);
    return Promise.resolve(bin);
  });
  const view = memo((i: number): Promise<Uint8Array> => {
    const def = json.bufferViews[i];
    const meshopt = def.extensions?.EXT_meshopt_compression;
    if (meshopt) {
      return Promise.all([getDecoder(), buffer(meshopt.buffer), pause?.()]).then(([d, b]) => {
        const source = b.subarray(meshopt.byteOffset ?? 0, (meshopt.byteOffset ?? 0) + meshopt.byteLength);
        const target = new Uint8Array(meshopt.count * meshopt.byteStride);
        d.decodeGltfBuffer(target, meshopt.count, meshopt.byteStride, source, meshopt.mode, meshopt.filter);
        return target;
      });
    }
    return buffer(def.buffer).then((b) => b.subarray(def.byteOffset ?? 0, (def.byteOffset ?? 0) + def.byteLength));
  });
  const accessor = memo((i: number): Promise<BufferAttribute> => {
    const def = json.accessors[i];
    const Array = ARRAYS[def.componentType];
    const size = SIZES[def.type];
    if (!Array || !size) throw bad(`accessor ${i} has an unknown type`);
    if (def.sparse) throw new Error(`${url}: sparse accessors are not supported`);
    const count = def.count * size;
    if (def.bufferView === undefined) {
      return Promise.resolve(new BufferAttribute(new Array(new ArrayBuffer(count * Array.BYTES_PER_ELEMENT), 0, count), size, def.normalized === true));
    }
    const stride = json.bufferViews[def.bufferView].byteStride;
    return view(def.bufferView).then((bytes) => {
      const element = size * Array.BYTES_PER_ELEMENT;
      const offset = bytes.byteOffset + (def.byteOffset ?? 0);
      let array: TypedArray;
      if (stride && stride !== element) {
        // Interleaved (or padded, as quantized VEC3s are): copy out a tight array.
        const step = stride / Array.BYTES_PER_ELEMENT;
        const all = new Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / Array.BYTES_PER_ELEMENT);
        const start = (def.byteOffset ?? 0) / Array.BYTES_PER_ELEMENT;
        array = new Array(new ArrayBuffer(count * Array.BYTES_PER_ELEMENT), 0, count);
        for (let v = 0; v < def.count; v++) for (let k = 0; k < size; k++) array[v * size + k] = all[start + v * step + k];
      } else if (offset % Array.BYTES_PER_ELEMENT === 0) {
        array = new Array(bytes.buffer, offset, count);
      } else {
        array = new Array(bytes.buffer.slice(offset, offset + count * Array.BYTES_PER_ELEMENT), 0, count);
      }
      return new BufferAttribute(array, size, def.normalized === true);
    });
  });

  const material = memo((i: number | undefined): MeshStandardMaterial => {
    const def: Json = i === undefined ? { pbrMetallicRoughness: { baseColorFactor: [1, 1, 1, 1] } } : json.materials[i];
    const pbr = def.pbrMetallicRoughness ?? {};
    const [r, g, b, a] = pbr.baseColorFactor ?? [1, 1, 1, 1];
    const m = new MeshStandardMaterial({
      metalness: pbr.metallicFactor ?? 1,
      roughness: pbr.roughnessFactor ?? 1,
      opacity: a,
      transparent: def.alphaMode === 'BLEND',
      depthWrite: def.alphaMode !== 'BLEND',
    });
    if (def.doubleSided) m.side = DoubleSide;
    // The factors are linear, as is three's working colour space.
    m.color.setRGB(r, g, b);
    if (def.emissiveFactor) m.emissive.fromArray(def.emissiveFactor);
    if (def.alphaMode === 'MASK') m.alphaTest = def.alphaCutoff ?? 0.5;
    if (def.name) m.name = def.name;
    extras(m, def);
    return m;
  });

  // Names are sanitised and made unique as GLTFLoader does (scene, then nodes depth-first).
  const used: Record<string, number> = {};
  const unique = (name: string): string => {
    const clean = name.replace(/\s/g, '_').replace(/[[\].:/]/g, '');
    return clean in used ? `${clean}_${++used[clean]}` : ((used[clean] = 0), clean);
  };

  const mesh = memo((i: number): Promise<Mesh[]> => {
    const def = json.meshes[i];
    return Promise.all(
      def.primitives.map(async (p: Json) => {
        if (p.mode !== undefined && p.mode !== 4) throw new Error(`${url}: primitive mode ${p.mode} is not supported`);
        if (p.targets) throw new Error(`${url}: morph targets are not supported`);
        const geometry = new BufferGeometry();
        for (const [name, index] of Object.entries(p.attributes as Record<string, number>)) {
          if (ATTRIBUTES[name]) geometry.setAttribute(ATTRIBUTES[name], await accessor(index));
        }
        if (p.indices !== undefined) geometry.setIndex(await accessor(p.indices));
        extras(geometry, p);
        // The bounds three.js would otherwise compute in the first frame (for culling) and the
        // scene when it measures the regions: from the position accessor's min and max, which
        // glTF requires (as GLTFLoader does), so that no vertex is visited for them.
        const box = accessorBox(json.accessors[p.attributes.POSITION]);
        if (box) {
          geometry.boundingBox = box;
          geometry.boundingSphere = box.getBoundingSphere(new Sphere());
        } else {
          await pause?.();
          geometry.computeBoundingBox();
          geometry.computeBoundingSphere();
        }
        return new Mesh(geometry, material(p.material));
      }),
    );
  });

  const seen = new Set<number>();
  const meshUsers: number[] = [];
  const node = (i: number): Promise<Object3D> => {
    if (seen.has(i)) throw new Error(`${url}: node ${i} is used twice, which is not supported`);
    seen.add(i);
    const def = json.nodes[i];
    const name = def.name ? unique(def.name) : '';
    const children = (def.children ?? []).map(node);
    return (async () => {
      let object: Object3D = new Object3D();
      if (def.mesh !== undefined) {
        // A mesh used by several nodes: each gets its own Mesh objects (sharing geometry).
        const shared = meshUsers[def.mesh] = (meshUsers[def.mesh] ?? 0) + 1;
        const parts = (await mesh(def.mesh)).map((p) => (shared > 1 ? p.clone() : p));
        const meshDef = json.meshes[def.mesh];
        for (const part of parts) {
          part.name = unique(meshDef.name || `mesh_${def.mesh}`);
          extras(part, meshDef);
        }
        object = parts.length === 1 ? parts[0] : new Group().add(...parts);
      }
      if (def.name) {
        object.userData.name = def.name;
        object.name = name;
      }
      extras(object, def);
      if (def.matrix) object.applyMatrix4(new Matrix4().fromArray(def.matrix));
      else {
        if (def.translation) object.position.fromArray(def.translation);
        if (def.rotation) object.quaternion.fromArray(def.rotation);
        if (def.scale) object.scale.fromArray(def.scale);
      }
      for (const child of await Promise.all(children)) object.add(child);
      return object;
    })();
  };

  const sceneDef = json.scenes?.[json.scene ?? 0];
  if (!sceneDef) throw bad('no scene');
  const scene = new Group();
  if (sceneDef.name) scene.name = unique(sceneDef.name);
  extras(scene, sceneDef);
  const roots = (sceneDef.nodes ?? []).map(node);
  for (const root of await Promise.all(roots)) scene.add(root);
  return scene;
}

async function load(url: string): Promise<Group> {
  void prefetchModel(url); // (unless the element already started it)
  const bytes = takePrefetched(url)!;
  return toPhong(await parseGlb(await bytes, url, meshoptDecoder, yieldToPage));
}

/**
 * The element draws with Blinn-Phong only (the build leaves three's physically based shaders
 * out: scripts/trim-three.ts), so every material of the model becomes a MeshPhongMaterial with
 * the same colour, emissive, opacity, blending, side, alpha test, name and extras. (BodyScene
 * replaces those of the body's layers again with its own; a mesh outside them, or a model of a
 * site's own, is drawn with these.) parseGlb itself keeps GLTFLoader's materials.
 */
function toPhong(root: Group): Group {
  const made = new Map<MeshStandardMaterial, MeshPhongMaterial>();
  root.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh || !(mesh.material instanceof MeshStandardMaterial)) return;
    const from = mesh.material;
    let to = made.get(from);
    if (!to) {
      to = new MeshPhongMaterial({
        color: from.color,
        emissive: from.emissive,
        specular: 0x262626,
        shininess: 24,
        opacity: from.opacity,
        transparent: from.transparent,
        depthWrite: from.depthWrite,
        side: from.side,
        alphaTest: from.alphaTest,
        name: from.name,
      });
      to.userData = from.userData;
      from.dispose();
      made.set(from, to);
    }
    mesh.material = to;
  });
  return root;
}

interface CacheEntry {
  scene: Promise<Group>;
  users: number;
}

/**
 * Parsed models shared by URL between elements; geometry is uploaded once per page.
 * Each element clones the node tree (sharing geometry) and owns its materials.
 */
const cache = new Map<string, CacheEntry>();

export async function acquireModel(url: string): Promise<Object3D> {
  let entry = cache.get(url);
  if (!entry) {
    const scene = load(url);
    entry = { scene, users: 0 };
    cache.set(url, entry);
    // A failed load is not cached: the next element (or a retry) tries again.
    scene.catch(() => cache.get(url) === entry && cache.delete(url));
  }
  entry.users++;
  try {
    return (await entry.scene).clone(true);
  } catch (error) {
    entry.users--;
    throw error;
  }
}

/** Drops one user of a model; the last one frees its geometry on the GPU. */
export function releaseModel(url: string): void {
  const entry = cache.get(url);
  if (!entry || --entry.users > 0) return;
  cache.delete(url);
  entry.scene.then((scene) => {
    scene.traverse((o) => (o as { geometry?: BufferGeometry }).geometry?.dispose());
  }, () => {});
}
