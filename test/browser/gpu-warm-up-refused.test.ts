import { expect } from '@open-wc/testing';
import { BodyChain } from '../../src/components/body-chain.component.js';
import { cleanup, mount } from './helpers.js';

// A page where no worker can be made (a policy refuses it, or the browser has none): the
// constructor throws, as Chromium's does for a refused URL. Replaced before any element starts.
let tried = 0;
window.Worker = class {
  constructor() {
    tried++;
    throw new DOMException('refused by this test', 'SecurityError');
  }
} as unknown as typeof Worker;

describe('the GPU warm-up, where no worker may be made', () => {
  afterEach(cleanup);

  it('goes on without it: the element makes its context directly, draws, and reports nothing', async () => {
    const errors: Event[] = [];
    document.addEventListener('error', (e) => errors.push(e), true);
    const el = await mount({ lang: 'en' });
    expect(tried, 'the warm-up was tried once').to.equal(1);
    expect(BodyChain.renderStats()?.geometries ?? 0, 'the body is on the GPU').to.be.greaterThan(0);
    expect(el.regionPoint('calf')).to.not.equal(null);
    expect(errors.filter((e) => e instanceof CustomEvent).map((e) => (e as CustomEvent).detail)).to.deep.equal([]);
  });
});
