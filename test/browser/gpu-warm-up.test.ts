import { expect } from '@open-wc/testing';
import { BodyChain } from '../../src/components/body-chain.component.js';
import { cleanup, DESKTOP, emulate, mount } from './helpers.js';

// What happens before the element's WebGL context is made, in order: the workers constructed,
// their answers, and each getContext('webgl2') on a page canvas. Recorded by wrapping the
// constructors at this module's evaluation, before any element starts.
const log: string[] = [];
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    log.push(`worker ${String(url).split(':')[0]}`);
    this.addEventListener('message', () => log.push('worker answered'));
  }
};
const nativeGetContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
  if (type === 'webgl2') log.push('page context');
  return (nativeGetContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
} as typeof nativeGetContext;

describe('the GPU warm-up (start-up off the main thread)', () => {
  afterEach(() => {
    cleanup();
    document.querySelectorAll('div:empty').forEach((d) => d.remove());
  });

  it('makes one worker from a blob: URL for the page, and the page context only after it answered; two elements both draw', async () => {
    await emulate(DESKTOP);
    // Side by side, both in the first screen, so both start at once.
    const row = document.createElement('div');
    row.style.cssText = 'display:grid;grid-template-columns:1fr 1fr';
    document.body.append(row);
    const [a, b] = await Promise.all([
      mount({ lang: 'en', style: '--body-chain-stage-height:600px' }, { parent: row }),
      mount({ lang: 'en', style: '--body-chain-stage-height:600px' }, { parent: row }),
    ]);
    expect(BodyChain.renderStats()?.geometries ?? 0, 'the body is on the GPU').to.be.greaterThan(0);
    expect(a.regionPoint('calf'), 'the first element shows the body').to.not.equal(null);
    expect(b.regionPoint('calf'), 'the second element shows the body').to.not.equal(null);
    if (typeof OffscreenCanvas !== 'function') {
      // No OffscreenCanvas (older WebKit): no worker is tried.
      expect(log).to.deep.equal(['page context']);
      return;
    }
    expect(log).to.deep.equal(['worker blob', 'worker answered', 'page context']);
  });
});
