import { expect } from '@open-wc/testing';
import { BodyChain } from '../../src/components/body-chain.component.js';
import { SharedRenderer } from '../../src/scene/renderer.js';
import { cleanup, colourAt, coloursAt, colourDistance, DESKTOP, emulate, fullLoad, mount, settle, sleep, tap, TABLET } from './helpers.js';

// Count WebGL contexts made on this page.
let webglContexts = 0;
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
  const ctx = (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  if (ctx && /webgl/.test(type) && !(this as { __counted?: boolean }).__counted) {
    (this as { __counted?: boolean }).__counted = true;
    webglContexts++;
  }
  return ctx;
} as typeof HTMLCanvasElement.prototype.getContext;

describe('instances, removal and context loss', () => {
  afterEach(cleanup);

  it('two instances share one WebGL context and select independently', async () => {
    await emulate(TABLET);
    const before = webglContexts;
    const a = await mount({ lang: 'ja' });
    // The second sits under the first's lists, further down than the element looks ahead: it
    // loads when scrolled to, as on a page.
    const b = await mount({ lang: 'en' }, { waitForLoad: false });
    const loaded = fullLoad(b);
    b.scrollIntoView();
    await loaded;
    expect(webglContexts - before).to.be.at.most(1);
    expect(SharedRenderer.peek()).to.exist;
    await settle(500);
    const p = b.regionPoint('pelvis')!;
    expect(p).to.not.equal(null);
    await tap(p);
    await b.updateComplete;
    expect(b.selected).to.equal('pelvis');
    expect(a.selected).to.equal('');
    a.scrollIntoView();
    await settle(500);
    const q = a.regionPoint('skull')!;
    await tap(q);
    await a.updateComplete;
    expect(a.selected).to.equal('skull');
    expect(b.selected).to.equal('pelvis');
  });

  it('two instances on screen at once each show their own picture, and one left alone still does', async () => {
    await emulate(DESKTOP);
    const row = document.createElement('div');
    row.style.cssText = 'display:grid;grid-template-columns:1fr 1fr';
    document.body.append(row);
    const a = await mount({ lang: 'en', style: '--body-chain-stage-height:600px' }, { parent: row });
    const b = await mount({ lang: 'en', style: '--body-chain-stage-height:600px' }, { parent: row });
    await settle(600);
    const pa = a.regionPoint('calf')!;
    const pb = b.regionPoint('calf')!;
    expect(pa, 'calf on screen in a').to.not.equal(null);
    expect(pb, 'calf on screen in b').to.not.equal(null);
    const [a0, b0] = await coloursAt([pa, pb]);
    expect(colourDistance(a0, b0), `same view, same colour: ${a0} vs ${b0}`).to.be.lessThan(12);

    a.selected = 'calf';
    await a.updateComplete;
    await settle(2000);
    const litA = a.regionPoint('calf')!;
    const [a1, b1] = await coloursAt([litA, pb]);
    expect(colourDistance(a1, b1), `a lit, b not: ${a1} vs ${b1}`).to.be.greaterThan(30);
    expect(colourDistance(b0, b1), 'b unchanged').to.be.lessThan(12);

    // With b gone, a is alone on screen and keeps its picture.
    b.parentElement!.remove();
    await settle(600);
    const a2 = await colourAt(a.regionPoint('calf')!);
    expect(colourDistance(a1, a2), `${a1} → ${a2}`).to.be.lessThan(20);
    row.remove();
  });

  it('a removed element frees the renderer; a re-inserted one works again', async () => {
    await emulate(TABLET);
    const el = await mount();
    const wrapper = el.parentElement!;
    expect(BodyChain.renderStats()!.geometries).to.be.greaterThan(0);
    wrapper.remove();
    await sleep(1400); // past the disposal delay
    expect(SharedRenderer.peek(), 'renderer released with the last element').to.equal(undefined);

    const loaded = fullLoad(el);
    document.body.append(wrapper);
    await loaded;
    await settle(400);
    const p = el.regionPoint('hamstrings')!;
    expect(p).to.not.equal(null);
    await tap(p);
    await el.updateComplete;
    expect(el.selected).to.equal('hamstrings');
  });

  it('moving an element in the page does not reload it', async () => {
    await emulate(DESKTOP);
    const el = await mount();
    let loads = 0;
    el.addEventListener('load', () => loads++);
    const host = document.createElement('section');
    document.body.append(host);
    host.append(el.parentElement!);
    await settle(600);
    expect(loads).to.equal(0);
    expect(el.regionPoint('calf')).to.not.equal(null);
    host.remove();
  });

  it('losing the WebGL context and getting it back recovers the picture', async () => {
    await emulate(TABLET);
    const el = await mount();
    await settle(400);
    const p = el.regionPoint('calf')!;
    // An empty spot of the stage, for the background colour.
    const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const empty = { x: stage.left + 6, y: stage.top + stage.height / 2 };
    const [drawn, background] = await coloursAt([p, empty]);
    expect(colourDistance(drawn, background), 'the body is drawn at the point').to.be.greaterThan(20);
    const renderer = SharedRenderer.peek()!.renderer;
    const lose = renderer.getContext().getExtension('WEBGL_lose_context')!;
    const lost = new Promise((r) => renderer.domElement.addEventListener('webglcontextlost', r, { once: true }));
    lose.loseContext();
    await lost;
    await sleep(100); // as a browser would, restore in a later task
    const restored = new Promise((r) => renderer.domElement.addEventListener('webglcontextrestored', r, { once: true }));
    lose.restoreContext();
    await restored;
    // Something must be drawn again at the same point, the same colour within tolerance.
    el.selected = '';
    await settle(800);
    const after = await colourAt(p);
    expect(colourDistance(drawn, after), `${drawn} → ${after}`).to.be.lessThan(25);
    el.selected = 'sole';
    await el.updateComplete;
    expect(el.regionPoint('sole')).to.not.equal(null);
  });
});
