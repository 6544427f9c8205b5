/**
 * Our lean GLB reader (parseGlb in src/scene/load-model.ts) against three's GLTFLoader: the
 * same scene graph, names, userData (node extras), transforms, materials, bounds and vertex
 * data, for the committed models and for small GLBs written here (plain floats; quantised
 * without meshopt; a hierarchy with transforms), and a clear refusal of what it cannot read.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Document, NodeIO } from '@gltf-transform/core';
import { KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize } from '@gltf-transform/functions';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { parseGlb } from '../../src/scene/load-model.js';
import { GLB_PATH, PREVIEW_PATH } from '../../models/build.js';
import { describeScene, sceneDifferences } from './describe-scene.js';

const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function compare(bytes: Uint8Array, name: string): Promise<number> {
  await MeshoptDecoder.ready;
  const data = arrayBuffer(bytes);
  const three = (await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(data.slice(0), '')).scene;
  const ours = await parseGlb(data.slice(0), name, async () => MeshoptDecoder);
  const a = describeScene(three), b = describeScene(ours);
  const diffs = sceneDifferences(a, b);
  assert.deepEqual(diffs, [], `${name}:\n${diffs.join('\n')}`);
  return a.length;
}

/** A small document: a parent with a child mesh (translated, rotated, scaled) and extras. */
function smallDocument(): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const positions = new Float32Array([0, 0, 0, 0.1, 0, 0, 0, 0.2, 0, 0.1, 0.2, 0.05]);
  const normals = new Float32Array([0, 0, 1, 0, 0, 1, 0, 0.6, 0.8, 0, 0.6, 0.8]);
  const prim = doc.createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(normals).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array([0, 1, 2, 1, 3, 2])).setBuffer(buffer))
    .setMaterial(doc.createMaterial('muscle').setBaseColorFactor([0.6, 0.2, 0.1, 1]).setRoughnessFactor(0.5).setMetallicFactor(0));
  const child = doc.createNode('calf').setMesh(doc.createMesh('calf').addPrimitive(prim)).setExtras({ region: 'calf' })
    .setTranslation([0.1, 0.4, -0.02]).setRotation([0, 0.3826834, 0, 0.9238795]).setScale([1, 2, 1]);
  const anchor = doc.createNode('anchor-calf').setTranslation([0.1, 0.5, -0.05]).setExtras({ anchor: 'calf' });
  const parent = doc.createNode('body').setTranslation([0, 0.01, 0]).addChild(child).addChild(anchor);
  doc.createScene('body').addChild(parent);
  return doc;
}

describe('our GLB reader reads what three.js GLTFLoader reads', () => {
  test('models/body.glb (quantised, meshopt-compressed)', async () => {
    assert.ok((await compare(new Uint8Array(readFileSync(GLB_PATH)), 'body.glb')) > 20);
  });

  test('models/body-preview.glb', async () => {
    assert.ok((await compare(new Uint8Array(readFileSync(PREVIEW_PATH)), 'body-preview.glb')) > 20);
  });

  test('a small GLB with plain float attributes, a hierarchy, transforms and extras', async () => {
    const bytes = await new NodeIO().writeBinary(smallDocument());
    assert.equal(await compare(bytes, 'small.glb'), 4);
  });

  test('the same, quantised (KHR_mesh_quantization) without meshopt', async () => {
    const doc = smallDocument();
    await doc.transform(quantize({ quantizePosition: 14, quantizeNormal: 10 }));
    const bytes = await new NodeIO().registerExtensions([KHRMeshQuantization]).writeBinary(doc);
    await compare(bytes, 'small-quantised.glb');
  });
});

describe('and refuses clearly what it cannot read', () => {
  test('not a GLB', async () => {
    await assert.rejects(parseGlb(new ArrayBuffer(40), 'x.glb'), /x\.glb is not a glTF 2\.0 binary \(\.glb\) file: no glTF header/);
  });

  test('an extension it does not know, when required', async () => {
    const bytes = await new NodeIO().writeBinary(smallDocument());
    // Rewrite the JSON chunk with a required extension (same length: pad with spaces).
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const length = view.getUint32(12, true);
    const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
    json.extensionsRequired = ['KHR_draco_mesh_compression'];
    const text = JSON.stringify(json);
    const padded = text + ' '.repeat((4 - (text.length % 4)) % 4);
    const body = bytes.subarray(20 + length);
    const out = new Uint8Array(20 + padded.length + body.length);
    out.set(bytes.subarray(0, 20));
    out.set(new TextEncoder().encode(padded), 20);
    out.set(body, 20 + padded.length);
    const dv = new DataView(out.buffer);
    dv.setUint32(8, out.length, true);
    dv.setUint32(12, padded.length, true);
    await assert.rejects(parseGlb(arrayBuffer(out), 'draco.glb'), /draco\.glb requires an unsupported glTF extension: KHR_draco_mesh_compression/);
  });
});
