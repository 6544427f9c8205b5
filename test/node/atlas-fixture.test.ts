/**
 * "Adding a chain is one atlas entry, its geometry in the generator, its texts": a small
 * fixture chain (one new region, a link to the calf) is added to a copy of the atlas with
 * exactly those three things, and everything that follows the atlas accepts it: the atlas
 * checks, the texts and schema checks, the generator's part and anchor checks, a GLB written
 * by the generator, and the propagation. Without each of the three, the checks say what to
 * add where.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

import { ATLAS, type Atlas, type ChainId, type Link, type RegionId } from '../../src/model/atlas.js';
import { propagate } from '../../src/model/propagation.js';
import { en } from '../../src/content/en.js';
import { ja } from '../../src/content/ja.js';
import { buildBody, type AnchorSpec, type Part } from '../../models/anatomy.js';
import { buildMeshes, placeAnchors, writeGlb } from '../../models/build.js';
import { ellipsoid } from '../../models/sdf.js';
import { atlasProblems, contentProblems, geometryProblems, glbProblems, schemaProblems } from './atlas-checks.js';

// ------------------------------------------------------------------ 1. the atlas entry
const KNOT = 'fixture-knot' as RegionId;
const LINE = 'fixture-line' as ChainId;
const LINK = { id: 'calf--fixture-knot', a: 'calf', b: KNOT, chain: LINE, kind: 'fascia', transmission: 0.7, delay: 200 } as unknown as Link;
const atlas: Atlas = {
  ...ATLAS,
  regions: { ...ATLAS.regions, [KNOT]: { layer: 'superficial', kind: 'muscle', faces: 'back' } },
  chains: [...ATLAS.chains, { id: LINE, stations: ['calf', KNOT] }],
  links: [...ATLAS.links, LINK],
};

// ------------------------------------------------------------------ 2. its geometry
/** A small knot behind the left knee, with its anchor score. */
const knotPart: Part = {
  name: 'fixture-knot',
  sdf: ellipsoid([0.08, 0.5, -0.06], [0.015, 0.02, 0.01]),
  voxel: 0.003,
  tris: 300,
  material: 'muscle',
  region: KNOT,
};
const knotAnchor: AnchorSpec = { region: KNOT, score: (_x, _y, z) => -z };

// ------------------------------------------------------------------ 3. its texts
const texts = (locale: typeof ja) => ({
  ...locale,
  chains: { ...locale.chains, [LINE]: { title: 'Fixture line', summary: 'A chain made up for a test.' } },
  regions: { ...locale.regions, [KNOT]: { title: 'Fixture knot', body: 'A region made up for a test.' } },
  links: { ...locale.links, [LINK.id]: { body: 'How the knot joins the calf.' } },
});
const schema = JSON.parse(readFileSync(new URL('../../src/content/body-chain-content.schema.json', import.meta.url), 'utf8'));
const fixtureSchema = structuredClone(schema);
const keys = fixtureSchema.$defs.locale.properties;
keys.regions.properties[KNOT] = { $ref: '#/$defs/region' };
keys.chains.properties[LINE] = { $ref: '#/$defs/chain' };
keys.links.properties[LINK.id] = { $ref: '#/$defs/link' };

const none = (problems: string[]) => assert.deepEqual(problems, [], `\n  ${problems.join('\n  ')}\n`);

describe('a fixture chain added with one atlas entry, its geometry and its texts', () => {
  const body = buildBody();
  const parts = [...body.parts, knotPart];
  const anchors = [...body.anchors.map((a) => a.region), KNOT];

  test('the atlas checks accept it', () => none(atlasProblems(atlas)));

  test('the texts and the schema keys accept it', () => {
    none([...contentProblems(atlas, 'ja', texts(ja)), ...contentProblems(atlas, 'en', texts(en)), ...schemaProblems(atlas, fixtureSchema)]);
  });

  test('the generator checks accept it', () => none(geometryProblems(atlas, parts, anchors)));

  test('the generator writes its mesh with its region and its anchor', async () => {
    const { built } = await buildMeshes([knotPart]);
    const placed = placeAnchors(built, [knotAnchor], { [KNOT]: atlas.regions[KNOT] });
    const glb = await writeGlb(built, placed);
    await MeshoptDecoder.ready;
    const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.readBinary(glb);
    const nodes = doc.getRoot().listNodes().map((n) => ({ name: n.getName(), mesh: Boolean(n.getMesh()), extras: n.getExtras() }));
    assert.deepEqual(nodes.map((n) => [n.name, n.extras]), [['fixture-knot', { region: KNOT }], ['anchor-fixture-knot', { anchor: KNOT }]]);
    // Checked against an atlas of just the knot, the GLB is complete.
    none(glbProblems({ ...atlas, regions: { [KNOT]: atlas.regions[KNOT] }, overlays: [] }, 'fixture.glb', nodes));
    // The anchor faces the back (the atlas says so): it lies on the knot's back half.
    const [, , z] = placed.get(KNOT)!;
    assert.ok(z < -0.06, `anchor at z ${z}`);
  });

  test('tension travels along it, and only where it is offered', () => {
    const links = atlas.links as readonly Link[];
    const alone = propagate(KNOT, [LINE], links);
    assert.deepEqual(alone.map((s) => s.region), [KNOT, 'calf']);
    assert.deepEqual(alone[1].chains, [LINE]);
    const both = propagate('calf', ['back-line', LINE], links);
    const knot = both.find((s) => s.region === KNOT)!;
    assert.equal(knot.from, 'calf');
    assert.deepEqual(knot.chains, [LINE]);
    assert.ok(both.some((s) => s.region === 'hamstrings'));
    assert.ok(!propagate('calf', ['back-line'], links).some((s) => s.region === KNOT));
  });
});

describe('without one of the three, the checks say what to add where', () => {
  const body = buildBody();

  test('no geometry or anchor', () => {
    assert.deepEqual(geometryProblems(atlas, body.parts, body.anchors.map((a) => a.region)), [
      "region 'fixture-knot' has no geometry: add a part with region 'fixture-knot' in models/parts/ (and list it in models/anatomy.ts)",
      "region 'fixture-knot' has no anchor: add an anchor score for 'fixture-knot' beside its parts in models/parts/ (and list it in models/anatomy.ts)",
    ]);
  });

  test('no texts', () => {
    assert.deepEqual(contentProblems(atlas, 'ja', ja), [
      "no ja text for region 'fixture-knot': add regions['fixture-knot'] in src/content/ja.ts",
      "no ja text for chain 'fixture-line': add chains['fixture-line'] in src/content/ja.ts",
      "no ja text for link 'calf--fixture-knot': add links['calf--fixture-knot'] in src/content/ja.ts",
    ]);
  });

  test('no schema keys', () => {
    const file = 'src/content/body-chain-content.schema.json';
    assert.deepEqual(schemaProblems(atlas, schema), [
      `the content schema has no key 'fixture-knot': add "fixture-knot": { "$ref": "#/$defs/region" } to $defs.locale.properties.regions.properties in ${file}`,
      `the content schema has no key 'fixture-line': add "fixture-line": { "$ref": "#/$defs/chain" } to $defs.locale.properties.chains.properties in ${file}`,
      `the content schema has no key 'calf--fixture-knot': add "calf--fixture-knot": { "$ref": "#/$defs/link" } to $defs.locale.properties.links.properties in ${file}`,
    ]);
  });

  test('an incomplete atlas entry', () => {
    const broken: Atlas = {
      ...atlas,
      regions: { ...ATLAS.regions, lonely: { layer: 'skin' as 'superficial', kind: 'muscle', faces: 'back' } },
      links: [...ATLAS.links, { ...LINK, b: 'nowhere' as RegionId }],
    };
    assert.deepEqual(atlasProblems(broken), [
      "chain 'fixture-line' has station 'fixture-knot', which is not a region: add REGIONS['fixture-knot'] in src/model/atlas.ts",
      "region 'lonely' is in layer 'skin', which holds no regions (skin and skeleton are context) in src/model/atlas.ts",
      "region 'lonely' is on no chain: add it to a chain's stations in src/model/atlas.ts",
      "link 'calf--fixture-knot' should be named 'calf--nowhere' (or 'calf--nowhere--fixture-line' if another chain links them too) in src/model/atlas.ts",
      "link 'calf--fixture-knot' ends at 'nowhere', which is not a station of 'fixture-line': add it to its stations in src/model/atlas.ts",
      "chain 'fixture-line': no link of its own reaches 'fixture-knot' from 'calf': add links on 'fixture-line' in src/model/atlas.ts",
    ]);
  });
});
