import { expect } from '@open-wc/testing';
import type { BodyChainErrorDetail } from '../../src/components/body-chain.component.js';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { cleanup, DESKTOP, emulate, mount, once, panelTitle } from './helpers.js';

function messageText(el: HTMLElement) {
  return [...el.shadowRoot!.querySelectorAll('.message')].map((m) => m.textContent ?? '').join(' ');
}

function dataUrl(text: string) {
  return `data:application/json,${encodeURIComponent(text)}`;
}

describe('bad input gets a clear error and loses nothing', () => {
  before(() => emulate(DESKTOP));
  afterEach(cleanup);

  it('content that is not JSON: error event and console for the webmaster, nothing alarming for the visitor, defaults stay', async () => {
    const el = await mount({ lang: 'ja' });
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error');
    el.src = dataUrl('{ "ja": { "regions": ');
    const { detail } = await error;
    expect(detail.kind).to.equal('content');
    expect(detail.message).to.match(/JSON/);
    expect(detail.message, 'says the whole pack was dropped').to.match(/not used at all/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.message'), 'no notice for the visitor').to.equal(null);
    el.selected = 'calf';
    await el.updateComplete;
    expect(panelTitle(el)).to.equal(DEFAULT_CONTENT.ja.regions.calf.title);
  });

  it('content that does not fit the schema: valid parts apply, the rest is reported', async () => {
    const el = await mount({ lang: 'ja' });
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error');
    el.src = dataUrl(
      JSON.stringify({ ja: { regions: { calf: { title: 'ふくらはぎ（当院版）' }, elbow: { title: 'x' }, sole: { title: 42 } } } }),
    );
    const { detail } = await error;
    expect(detail.kind).to.equal('content');
    expect(detail.message).to.contain('elbow');
    expect(detail.message, 'says only part was dropped').to.match(/used in part: 2 entries/);
    el.selected = 'calf';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.message'), 'no notice for the visitor').to.equal(null);
    expect(panelTitle(el)).to.equal('ふくらはぎ（当院版）');
    el.selected = 'sole';
    await el.updateComplete;
    expect(panelTitle(el)).to.equal(DEFAULT_CONTENT.ja.regions.sole.title);
  });

  it('clinic text is rendered as text; markup in it never executes', async () => {
    const el = await mount({ lang: 'en' });
    (window as { __pwned?: boolean }).__pwned = false;
    const evil = '<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>';
    el.content = { en: { regions: { calf: { title: evil, body: evil } } } };
    el.selected = 'calf';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(panelTitle(el)).to.equal(evil);
    expect(el.shadowRoot!.querySelector('.panel img, .panel script')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(false);
  });

  it('a javascript: link in a pack is rejected', async () => {
    const el = await mount({ lang: 'en' });
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error');
    el.content = { en: { regions: { calf: { links: [{ label: 'x', href: 'javascript:alert(1)' }] } } } };
    expect((await error).detail.kind).to.equal('content');
    el.selected = 'calf';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel a[href^="javascript"]')).to.equal(null);
  });

  it('an unknown region id: error event, the previous selection stays', async () => {
    const el = await mount();
    el.selected = 'calf';
    await el.updateComplete;
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error');
    el.setAttribute('selected', 'elbow');
    const { detail } = await error;
    expect(detail.kind).to.equal('region');
    expect(detail.message).to.contain('elbow');
    await el.updateComplete;
    expect(el.selected).to.equal('calf');
    // The id came from the page, not from the visitor: no notice on the stage.
    expect(el.shadowRoot!.querySelector('.message')).to.equal(null);
  });

  it('a model that will not load: error event, visible message, lists and panel still work', async () => {
    const el = await mount({ 'model-src': '/models/missing.glb' }, { waitForLoad: false });
    const { detail } = await once<CustomEvent<BodyChainErrorDetail>>(el, 'error');
    expect(detail.kind).to.equal('model');
    await el.updateComplete;
    expect(messageText(el)).to.not.equal('');
    // The visitor's notice sits at the foot of the stage, clear of the toolbar and the head.
    const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const message = el.shadowRoot!.querySelector('.message')!.getBoundingClientRect();
    expect(message.top, 'in the lower half of the stage').to.be.greaterThan(stage.top + stage.height / 2);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.station[data-region="kidney"]')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('kidney');
    expect(panelTitle(el)).to.equal(DEFAULT_CONTENT.ja.regions.kidney.title);
    // And a good model afterwards loads.
    const loaded = once(el, 'load');
    el.modelSrc = '/models/body.glb';
    await loaded;
  });
});
