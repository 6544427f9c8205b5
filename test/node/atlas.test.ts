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

import {
  ATLAS, CHAIN_IDS, LINK_IDS, OVERLAYS, OVERLAY_IDS, PICK_OPACITY, REGION_IDS, REGIONS, chainsOf, isOverlayId, isPoint,
  layerOfRegion as layerOf, parseChains, pointsOf, regionsOf,
} from '../../src/model/atlas.js';
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
  test('the presets show what they showed before the atlas (and the front of the thigh, the meridian overlay)', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(VIEW_PRESETS).map(([id, p]) => [id, p.opacity])),
      {
        back: { skin: 0.22, skeleton: 0, superficial: 1, deep: 0, anterior: 0, meridian: 1 },
        side: { skin: 0.22, skeleton: 0, superficial: 1, deep: 0, anterior: 0, meridian: 1 },
        front: { skin: 0.45, skeleton: 0, superficial: 0.35, deep: 1, anterior: 1, meridian: 1 },
        deep: { skin: 0.1, skeleton: 0.9, superficial: 0.22, deep: 1, anterior: 0.22, meridian: 0 },
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
    // Every region is a station, except an overlay's points.
    assert.deepEqual([...regionsOf()].sort(), REGION_IDS.filter((id) => !isPoint(id)).sort());
    assert.deepEqual(regionsOf(['nerve-back']), ['lumbar-nerves', 'piriformis', 'sciatic-nerve', 'hamstrings', 'calf', 'sole']);
    assert.deepEqual(regionsOf(['nerve-front']), ['lumbar-nerves', 'psoas', 'front-thigh', 'inner-thigh']);
    assert.deepEqual(regionsOf(['si-stability']), ['deep-stabilizers', 'si-joint', 'erector-spinae', 'gluteals', 'hamstrings']);
  });

  test('the new regions are seen in a view that lets them be tapped', () => {
    for (const id of ['lumbar-nerves', 'piriformis', 'gluteals', 'sciatic-nerve', 'front-thigh', 'inner-thigh', 'si-joint', 'deep-stabilizers'] as const) {
      const view = viewShowing(id, 'back');
      assert.ok(VIEW_PRESETS[view].opacity[layerOf(id)] >= PICK_OPACITY, `${id} cannot be tapped in the ${view} view`);
    }
    assert.equal(viewShowing('front-thigh', 'deep'), 'front', 'the thigh muscles are faint in the deep view');
    assert.equal(viewShowing('inner-thigh', 'back'), 'front');
    assert.equal(viewShowing('piriformis', 'back'), 'deep');
    assert.equal(REGIONS['sciatic-nerve'].kind, 'nerve');
    assert.equal(REGIONS['lumbar-nerves'].kind, 'nerve');
  });
});

describe('the bladder meridian overlay', () => {
  test('is declared in the atlas: its layer, its line node, its points and the station each lies on', () => {
    assert.deepEqual(OVERLAY_IDS, ['bladder-meridian']);
    assert.ok(isOverlayId('bladder-meridian') && !isOverlayId('nope'));
    assert.equal(OVERLAYS[0].line, 'bladder-meridian-line');
    assert.deepEqual(pointsOf('bladder-meridian'), ['bl10', 'bl23', 'bl25', 'bl36', 'bl40', 'bl57', 'bl60', 'ki1']);
    const stations = Object.fromEntries(pointsOf().map((id) => [id, REGIONS[id].station]));
    assert.deepEqual(stations, { bl10: 'skull', bl23: 'erector-spinae', bl25: 'erector-spinae', bl36: 'hamstrings', bl40: 'calf', bl57: 'calf', bl60: 'calf', ki1: 'sole' });
    for (const id of pointsOf()) {
      assert.equal(REGIONS[id].kind, 'point');
      assert.deepEqual(chainsOf(id), [], `${id} is a station of a chain`);
    }
  });
});
