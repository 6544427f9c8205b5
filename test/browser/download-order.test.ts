import { expect } from '@open-wc/testing';
import { BodyChain } from '../../src/components/body-chain.component.js';
import { cleanup, emulate, fullLoad, mount, PHONE } from './helpers.js';

/**
 * The order of the first element's downloads on a page (its own file: the page must not have
 * three.js yet). On a slow connection the full body must not take bandwidth from the light
 * preview, and must not wait for the preview's first frame either.
 */
describe('the first element on a page', () => {
  afterEach(cleanup);

  it('starts downloading the full body once the preview is in, before the preview is drawn', async () => {
    const preview = BodyChain.defaultPreviewUrl;
    BodyChain.defaultPreviewUrl = `${preview}?delay=600`; // a slow preview, so that the order shows
    try {
      await emulate(PHONE);
      const el = await mount({}, { waitForLoad: false });
      let previewDrawnAt = 0;
      el.addEventListener('load', (e) => {
        if ((e as CustomEvent<{ preview: boolean }>).detail.preview) previewDrawnAt = performance.now();
      });
      await fullLoad(el);
      const entry = (name: RegExp) => {
        const found = performance.getEntriesByType('resource').filter((r) => name.test(r.name)) as PerformanceResourceTiming[];
        expect(found, `one request for ${name}`).to.have.length(1);
        return found[0];
      };
      const previewEntry = entry(/body-preview\.glb/);
      const bodyEntry = entry(/\/body\.glb/);
      expect(previewDrawnAt, 'the preview was drawn').to.be.greaterThan(0);
      expect(bodyEntry.startTime, 'the full body is requested after the preview has arrived').to.be.at.least(previewEntry.responseEnd);
      expect(bodyEntry.startTime, 'and before the preview is drawn').to.be.below(previewDrawnAt);
    } finally {
      BodyChain.defaultPreviewUrl = preview;
    }
  });
});
