import { expect } from '@open-wc/testing';
import { BodyChain } from '../../src/components/body-chain.component.js';
import { cleanup, colourAt, colourDistance, emulate, fullLoad, mount, settle, tap, TABLET } from './helpers.js';

/**
 * Puts an element on the page without waiting, and records the `load` events it fires (as their
 * `preview` flags) and any `error` kinds. (Both come after the first update, once models load.)
 */
async function watch(attrs: Record<string, string> = {}) {
  const el = await mount(attrs, { waitForLoad: false });
  const loads: boolean[] = [];
  const errors: string[] = [];
  el.addEventListener('load', (e: Event) => loads.push((e as CustomEvent<{ preview: boolean }>).detail.preview));
  el.addEventListener('error', (e: Event) => errors.push((e as CustomEvent<{ kind: string }>).detail.kind));
  return { el, loads, errors };
}

describe('the light preview model', () => {
  const model = BodyChain.defaultModelUrl;
  const preview = BodyChain.defaultPreviewUrl;
  afterEach(() => {
    BodyChain.defaultModelUrl = model;
    BodyChain.defaultPreviewUrl = preview;
    cleanup();
  });

  it('is drawn first and can be tapped; the full body then replaces it and keeps the selection', async () => {
    // The full model arrives 2.5 s late, as on a slow connection.
    BodyChain.defaultModelUrl = '/models/body.glb?delay=2500';
    await emulate(TABLET);
    const seen = await watch();
    const el = seen.el;
    const full = fullLoad(el);
    await new Promise((r) => el.addEventListener('load', r, { once: true }));
    expect(seen.loads).to.deep.equal([true]);
    const previewTriangles = BodyChain.renderStats()!.triangles;
    await settle(300);
    const p = el.regionPoint('hamstrings');
    expect(p, 'hamstrings on screen in the preview').to.not.equal(null);
    await tap(p!);
    await el.updateComplete;
    expect(el.selected).to.equal('hamstrings');
    expect(seen.loads, 'still the preview').to.deep.equal([true]);

    await full;
    await settle(600);
    expect(seen.loads).to.deep.equal([true, false]);
    expect(seen.errors).to.deep.equal([]);
    expect(el.selected).to.equal('hamstrings');
    expect(BodyChain.renderStats()!.triangles, 'the full body draws more triangles').to.be.greaterThan(previewTriangles * 3);
    // The highlight carried over to the full body's materials.
    const q = el.regionPoint('hamstrings')!;
    const lit = await colourAt(q);
    el.selected = '';
    await el.updateComplete;
    await settle(600);
    const plain = await colourAt(q);
    expect(colourDistance(lit, plain), `${lit} vs ${plain}`).to.be.greaterThan(30);
  });

  it('stays, and can still be tapped, when the full model cannot be loaded', async () => {
    BodyChain.defaultModelUrl = '/models/missing-body.glb';
    await emulate(TABLET);
    const seen = await watch();
    const el = seen.el;
    await new Promise((r) => el.addEventListener('error', r, { once: true }));
    await settle(300);
    expect(seen.loads).to.deep.equal([true]);
    expect(seen.errors).to.deep.equal(['model']);
    expect(el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? '', 'a visible message').to.not.equal('');
    const p = el.regionPoint('calf');
    expect(p, 'calf on screen in the preview').to.not.equal(null);
    await tap(p!);
    await el.updateComplete;
    expect(el.selected).to.equal('calf');
  });

  it('is skipped for a model given in model-src', async () => {
    await emulate(TABLET);
    const seen = await watch({ 'model-src': '/models/body.glb' });
    await fullLoad(seen.el);
    await settle(300);
    expect(seen.loads).to.deep.equal([false]);
  });

  it('when missing, the full body still loads, without an error', async () => {
    BodyChain.defaultPreviewUrl = '/models/missing-preview.glb';
    await emulate(TABLET);
    const seen = await watch();
    await fullLoad(seen.el);
    await settle(300);
    expect(seen.loads).to.deep.equal([false]);
    expect(seen.errors).to.deep.equal([]);
    expect(seen.el.regionPoint('calf')).to.not.equal(null);
  });
});
