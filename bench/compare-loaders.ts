/**
 * Side-by-side check: three's GLTFLoader and our lean loader (src/scene/load-model.ts) on
 * a GLB (default models/body.glb) must give the same node names, userData, materials,
 * world-space bounds and vertex data. test/node/glb-reader.test.ts runs the same comparison
 * on both committed models. Run: npx tsx bench/compare-loaders.ts [file.glb]
 */
import { readFileSync } from 'node:fs';
import { Box3, Vector3, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { parseGlb } from '../src/scene/load-model.js';
import { describeScene, sceneDifferences } from '../test/node/describe-scene.js';

const file = process.argv[2] ?? 'models/body.glb';
const bytes = readFileSync(file);
const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

await MeshoptDecoder.ready;
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const three = (await loader.parseAsync(data.slice(0), '')).scene;
const lean = await parseGlb(data.slice(0), file, async () => MeshoptDecoder);

const a = describeScene(three), b = describeScene(lean);
const diffs = sceneDifferences(a, b, ['GLTFLoader', 'lean']);
for (const d of diffs) console.log(`DIFF at ${d}`);
const worldBox = (r: Object3D) => new Box3().setFromObject(r, true).getSize(new Vector3()).toArray().map((v) => v.toFixed(6));
console.log(`${a.length} objects compared, world size ${worldBox(three)} vs ${worldBox(lean)}: ${diffs.length ? `${diffs.length} DIFFERENCES` : 'identical'}`);
process.exit(diffs.length ? 1 : 0);
