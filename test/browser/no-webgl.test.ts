import { expect } from '@open-wc/testing';
import type { BodyChainErrorDetail } from '../../src/components/body-chain.component.js';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { cleanup, DESKTOP, emulate, isShown, mount, once, panelTitle } from './helpers.js';

// This page has no WebGL at all.
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
  if (/webgl/.test(type)) return null;
  return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
} as typeof HTMLCanvasElement.prototype.getContext;

describe('without WebGL', () => {
  afterEach(cleanup);

  it('reports webgl, shows a message, and the lists and explanations still work', async () => {
    await emulate(DESKTOP);
    const el = await mount({ lang: 'en' }, { waitForLoad: false });
    const { detail } = await once<CustomEvent<BodyChainErrorDetail>>(el, 'error');
    expect(detail.kind).to.equal('webgl');
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('.message');
    expect(isShown(message)).to.equal(true);
    expect(message!.textContent).to.contain(DEFAULT_CONTENT.en.ui.errorWebgl);
    expect(el.regionPoint('calf')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.station[data-region="psoas"]')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('psoas');
    expect(panelTitle(el)).to.equal(DEFAULT_CONTENT.en.regions.psoas.title);
  });
});
