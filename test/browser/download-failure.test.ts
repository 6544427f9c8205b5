import { expect } from '@open-wc/testing';
import { BodyChain } from '../../src/body-chain.js';
import { cleanup, emulate, mount, PHONE } from './helpers.js';

/**
 * The first element on a page (its own file: no three.js yet) whose full body is missing: the
 * download started early for it fails, and that failure reaches the page once, as the element's
 * `error` event, never as an unhandled rejection.
 */
describe('the first element on a page, its full body missing', () => {
  afterEach(cleanup);

  it('reports one model error, keeps the preview, and leaves no unhandled rejection', async () => {
    const model = BodyChain.defaultModelUrl;
    BodyChain.defaultModelUrl = '/models/missing-body.glb';
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      await emulate(PHONE);
      const el = await mount({}, { waitForLoad: false });
      const loads: boolean[] = [];
      el.addEventListener('load', (e) => loads.push((e as CustomEvent<{ preview: boolean }>).detail.preview));
      const error = await new Promise<CustomEvent<{ kind: string }>>((resolve) => el.addEventListener('error', (e: Event) => resolve(e as CustomEvent<{ kind: string }>), { once: true }));
      await new Promise((r) => setTimeout(r, 500));
      expect(error.detail.kind).to.equal('model');
      expect(loads, 'the preview was drawn').to.deep.equal([true]);
      expect(unhandled.map(String), 'unhandled rejections').to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
      BodyChain.defaultModelUrl = model;
    }
  });
});
