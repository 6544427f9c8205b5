import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { cleanup, DESKTOP, emulate, mount, PHONE } from './helpers.js';

declare const axe: typeof import('axe-core');

async function seriousViolations(context: Element) {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  afterEach(cleanup);

  for (const [name, device] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`finds nothing serious or critical on a ${name}, idle and with a region open`, async () => {
      await emulate(device);
      const el = await mount({}, { lang: 'ja' });
      expect(await seriousViolations(el.parentElement!)).to.deep.equal([]);
      el.selected = 'psoas';
      await el.updateComplete;
      expect(await seriousViolations(el.parentElement!)).to.deep.equal([]);
    });
  }

  it('touch targets of the lists and the panel are at least 44 px', async () => {
    await emulate(PHONE);
    const el = await mount({ selected: 'calf' });
    const targets = el.shadowRoot!.querySelectorAll('button, a');
    expect(targets.length).to.be.greaterThan(10);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue; // not rendered in this layout
      expect(Math.min(r.width, r.height), `${t.className || t.textContent}`).to.be.at.least(44);
    }
  });

  it('fits a 320 px wide screen without horizontal overflow', async () => {
    await emulate({ width: 320, height: 640, touch: true, dpr: 1 });
    const el = await mount({ selected: 'erector-spinae' });
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.regionPoint('erector-spinae')).to.not.equal(null);
  });
});
