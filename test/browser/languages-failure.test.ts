/**
 * The English texts' chunk cannot be loaded (a host that did not copy it, a dropped
 * connection): an English element shows the Japanese texts, works, and tells the webmaster
 * through an `error` event of kind `content`. The load is made to fail in the page (the test
 * server cannot do it reliably: once a page of the run has the chunk, Chromium does not ask the
 * server for it again).
 */
import { expect } from '@open-wc/testing';
import type { BodyChain } from '../../src/body-chain.js';
import { LOADERS } from '../../src/content/shipped.js';
import { cleanup, mount } from './helpers.js';

const viewLabel = (el: BodyChain) => el.shadowRoot!.querySelector('[part="view-button"]')?.textContent?.trim();

describe('languages: the English texts cannot be loaded', () => {
  afterEach(cleanup);

  it('an English element shows Japanese, reports one content error, and still selects', async () => {
    const load = LOADERS.en;
    LOADERS.en = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: en.js'));
    const errors: { kind: string; message: string }[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent<{ kind: string; message: string }>).detail);
    document.addEventListener('error', listen, true);
    try {
      const el = await mount({}, { lang: 'en', waitForLoad: 'first' });
      expect(viewLabel(el), 'the Japanese labels').to.equal('背面');
      expect(errors.map((e) => e.kind)).to.deep.equal(['content']);
      expect(errors[0].message).to.match(/English texts could not be loaded/);
      // Nothing else is lost: the stations work, in Japanese.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="station"][data-region="calf"]')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('calf');
      expect(el.shadowRoot!.querySelector('#panel-title')?.textContent?.trim()).to.equal('ふくらはぎ');
    } finally {
      document.removeEventListener('error', listen, true);
      LOADERS.en = load;
    }
  });
});
