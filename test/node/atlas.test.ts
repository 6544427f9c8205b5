/**
 * The atlas (src/model/atlas.ts) is the one source of region, chain and link ids: these tests
 * check that the texts, the content schema, the body generator and the generated models all
 * follow it, and say what to add where when they do not.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

import { ATLAS, CHAIN_IDS, LINK_IDS, REGION_IDS, parseChains, regionsOf } from '../../src/model/atlas.js';
import { en } from '../../src/content/en.js';
import { ja } from '../../src/content/ja.js';
import { VIEW_PRESETS, viewShowing } from '../../src/scene/views.js';
import { GLB_PATH, PREVIEW_PATH } from '../../models/build.js';
import { buildBody } from '../../models/anatomy.js';
import { atlasProblems, contentProblems, geometryProblems, glbProblems, schemaProblems } from './atlas-checks.js';

const schema = JSON.parse(readFileSync(new URL('../../src/content/body-chain-content.schema.json', import.meta.url), 'utf8'));

const none = (problems: string[]) => assert.deepEqual(problems, [], `\n  ${problems.join('\n  ')}\n`);

describe('the atlas', () => {
  test('is consistent: stations are regions, links join stations of their chain, each chain is connected', () => {
    none(atlasProblems(ATLAS));
  });

  test('ids are derived from it', () => {
    assert.deepEqual(REGION_IDS, Object.keys(ATLAS.regions));
    assert.deepEqual(CHAIN_IDS, ATLAS.chains.map((c) => c.id));
    assert.deepEqual(LINK_IDS, ATLAS.links.map((l) => l.id));
  });

  test('the default texts have every region, chain and link, and no others', () => {
    none([...contentProblems(ATLAS, 'ja', ja), ...contentProblems(ATLAS, 'en', en)]);
  });

  test("the content schema's keys are the atlas's ids, in its order", () => {
    none(schemaProblems(ATLAS, schema));
  });

  test('the body generator has geometry and an anchor for every region, and only for regions', () => {
    const body = buildBody();
    none(geometryProblems(ATLAS, body.parts, body.anchors.map((a) => a.region)));
  });

  test('the committed models carry every region and anchor of the atlas, and only those', async () => {
    await MeshoptDecoder.ready;
    const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    for (const [file, path] of [['models/body.glb', GLB_PATH], ['models/body-preview.glb', PREVIEW_PATH]]) {
      const doc = await io.read(path);
      const nodes = doc.getRoot().listNodes().map((n) => ({ name: n.getName(), mesh: Boolean(n.getMesh()), extras: n.getExtras() }));
      none(glbProblems(ATLAS, file, nodes));
    }
  });
});

describe('views follow the atlas', () => {
  test('the presets show what they showed before the atlas', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(VIEW_PRESETS).map(([id, p]) => [id, p.opacity])),
      {
        back: { skin: 0.22, skeleton: 0, superficial: 1, deep: 0 },
        side: { skin: 0.22, skeleton: 0, superficial: 1, deep: 0 },
        front: { skin: 0.45, skeleton: 0, superficial: 0.35, deep: 1 },
        deep: { skin: 0.1, skeleton: 0.9, superficial: 0.22, deep: 1 },
      },
    );
  });

  test('a region hidden by the current view switches to its layer’s view', () => {
    assert.equal(viewShowing('psoas', 'back'), 'deep');
    assert.equal(viewShowing('psoas', 'side'), 'deep');
    assert.equal(viewShowing('psoas', 'front'), 'front');
    assert.equal(viewShowing('kidney', 'deep'), 'deep');
    assert.equal(viewShowing('calf', 'deep'), 'back');
    assert.equal(viewShowing('calf', 'front'), 'back');
    assert.equal(viewShowing('calf', 'side'), 'side');
  });
});

describe('the chains attribute', () => {
  test('space-separated ids; empty means every chain; unknown ids are reported apart', () => {
    assert.deepEqual(parseChains(''), { chains: CHAIN_IDS, unknown: [] });
    assert.deepEqual(parseChains(null), { chains: CHAIN_IDS, unknown: [] });
    assert.deepEqual(parseChains(' back-line '), { chains: ['back-line'], unknown: [] });
    assert.deepEqual(parseChains('psoas-kidney  back-line'), { chains: ['back-line', 'psoas-kidney'], unknown: [] });
    assert.deepEqual(parseChains('back-line nope'), { chains: ['back-line'], unknown: ['nope'] });
    assert.deepEqual(parseChains('nope'), { chains: CHAIN_IDS, unknown: ['nope'] });
  });

  test('the regions on offer are the stations of the chains on offer', () => {
    assert.deepEqual(regionsOf(['back-line']), ['sole', 'calf', 'hamstrings', 'pelvis', 'erector-spinae', 'skull']);
    assert.deepEqual(regionsOf(['psoas-kidney']), ['kidney', 'psoas', 'pelvis', 'erector-spinae']);
    assert.deepEqual([...regionsOf()].sort(), [...REGION_IDS].sort());
  });
});
