import { expect } from '@open-wc/testing';
import type { BodyChainErrorDetail } from '../../src/components/body-chain.component.js';
import { SharedRenderer } from '../../src/scene/renderer.js';
import { cleanup, emulate, mount, once, settle, sleep, TABLET } from './helpers.js';

describe('a lost WebGL context', () => {
  after(cleanup);

  it('reaches the page as an error event (kind webgl) and a visible message, gone once the context is back', async () => {
    await emulate(TABLET);
    const el = await mount();
    await settle(400);
    const renderer = SharedRenderer.peek()!.renderer;
    const lose = renderer.getContext().getExtension('WEBGL_lose_context')!;
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error', 5000);
    lose.loseContext();
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.kind).to.equal('webgl');
    expect(detail.message).to.contain('lost');
    expect(el.shadowRoot!.querySelector('.message[data-kind="webgl"]'), 'visible message').to.not.equal(null);
    await sleep(100); // as a browser would, restore in a later task
    const restored = new Promise((r) => renderer.domElement.addEventListener('webglcontextrestored', r, { once: true }));
    lose.restoreContext();
    await restored;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.message[data-kind="webgl"]'), 'message gone').to.equal(null);
    // Drawing resumes: a frame is on its way, and the body can be tapped again.
    expect(SharedRenderer.peek()!.busy).to.equal(true);
    await settle(800);
    expect(el.regionPoint('calf')).to.not.equal(null);
  });
});
