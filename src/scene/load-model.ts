import type { BufferGeometry, Object3D } from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

type Decoder = typeof MeshoptDecoder;

/**
 * The meshopt decoder: the WebAssembly one, or, where a Content-Security-Policy
 * forbids compiling WebAssembly (no 'wasm-unsafe-eval'), meshoptimizer's pure-JS
 * reference decoder, loaded only then.
 */
let decoder: Promise<Decoder> | undefined;
function meshoptDecoder(): Promise<Decoder> {
  decoder ??= MeshoptDecoder.ready.then(
    () => MeshoptDecoder,
    async () => (await import('./vendor/meshopt_decoder_reference.js')).MeshoptDecoder,
  );
  return decoder;
}

interface CacheEntry {
  gltf: Promise<GLTF>;
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
    const gltf = meshoptDecoder().then((d) => {
      const loader = new GLTFLoader();
      loader.setMeshoptDecoder(d);
      return loader.loadAsync(url);
    });
    entry = { gltf, users: 0 };
    cache.set(url, entry);
    // A failed load is not cached: the next element (or a retry) tries again.
    gltf.catch(() => cache.get(url) === entry && cache.delete(url));
  }
  entry.users++;
  try {
    return (await entry.gltf).scene.clone(true);
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
  entry.gltf.then((gltf) => {
    gltf.scene.traverse((o) => (o as { geometry?: BufferGeometry }).geometry?.dispose());
  }, () => {});
}
