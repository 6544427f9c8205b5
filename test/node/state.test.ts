import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeState, StateError, validateState } from '../../src/model/state-check.js';
import { defaultState, encodeState, MAX_POINTS, stateParam, urlWithState, type BodyChainState } from '../../src/model/state.js';

function typical(): BodyChainState {
  // Two strokes on the calf, as the ink controller keeps them (points about 6 mm apart).
  const stroke = (x0: number, n: number) => Array.from({ length: n }, (_, i) => [x0 + i * 2, 420 + i * 6, -60 - (i % 3)]).flat();
  return { ...defaultState(), view: 'back', chain: 'back-line', region: 'calf', step: 1, lang: 'ja', camera: { yaw: 3.0, pitch: 0.1, zoom: 1.25 }, strokes: [stroke(80, 25), stroke(-95, 20)] };
}

describe('shared state', () => {
  test('round-trips through the fragment (camera rounded to degrees and hundredths)', () => {
    const s = typical();
    const { state, target } = decodeState(encodeState(s, { id: 'clinic-body' }));
    assert.deepEqual(target, { id: 'clinic-body' });
    assert.deepEqual(state.strokes, s.strokes);
    assert.equal(state.region, 'calf');
    assert.equal(state.chain, 'back-line');
    assert.equal(state.step, 1);
    assert.equal(state.lang, 'ja');
    assert.ok(Math.abs(state.camera.yaw - 3.0) < 0.01 && Math.abs(state.camera.zoom - 1.25) < 1e-9);
  });

  test('a typical state with two strokes stays short', () => {
    const url = urlWithState('https://clinic.example.jp/karada/', typical());
    assert.ok(url.length < 300, `${url.length}: ${url}`);
    assert.equal(stateParam(new URL(url).hash), url.split('#bc=')[1]);
  });

  test('negative and large numbers survive', () => {
    const s = { ...defaultState(), overlay: 'bladder-meridian x-y', strokes: [[-4000, 4000, 0, 3999, -3999, 1, -1, 0, 0]] };
    assert.deepEqual(decodeState(encodeState(s)).state.strokes, s.strokes);
    assert.equal(decodeState(encodeState(s)).state.overlay, s.overlay);
  });

  test('malformed links and states are refused with a message', () => {
    for (const bad of ['2~vback', '1~vsideways', '1~rnose', '1~izz*', '1~kx.y.z', '1~q1', '1~i/', '1~e%E0%A4%A', '1~n-1']) {
      assert.throws(() => decodeState(bad), StateError, bad);
    }
    assert.throws(() => validateState(null), StateError);
    assert.throws(() => validateState({ v: 1, strokes: [[1, 2]] }), /strokes/);
    assert.throws(() => validateState({ v: 1, strokes: [Array(3 * (MAX_POINTS + 1)).fill(0)] }), /strokes/);
    assert.throws(() => validateState({ v: 1, region: 'nose', view: 'up' }), /unknown view "up"; unknown region "nose"/);
  });

  test('is JSON-safe and holds nothing but the view', () => {
    const s = validateState(typical());
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
    assert.deepEqual(Object.keys(s).sort(), ['camera', 'chain', 'lang', 'overlay', 'region', 'step', 'strokes', 'v', 'view']);
  });

  test('finds its parameter among others', () => {
    assert.equal(stateParam('#top&bc=1~vback'), '1~vback');
    assert.equal(stateParam('#top'), null);
  });
});
