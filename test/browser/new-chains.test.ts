import { expect } from '@open-wc/testing';
import type { BodyChain, RegionSelectDetail } from '../../src/components/body-chain.component.js';
import type { RegionId } from '../../src/model/graph.js';
import { viewShowing } from '../../src/scene/views.js';
import { cleanup, emulate, mount, once, PHONE, settle, tap, TABLET } from './helpers.js';

/** Issue 11's regions, each tapped with a finger where it is drawn, on a phone and a tablet. */

const NEW_REGIONS: RegionId[] = [
  'lumbar-nerves',
  'piriformis',
  'gluteals',
  'sciatic-nerve',
  'front-thigh',
  'inner-thigh',
  'si-joint',
  'deep-stabilizers',
];

async function tapRegion(el: BodyChain, id: RegionId): Promise<RegionSelectDetail> {
  el.selected = '';
  el.view = viewShowing(id, 'back'); // the view a person would choose to see it
  await el.updateComplete;
  await settle(1200);
  const at = el.regionPoint(id);
  expect(at, `${id} is drawn where a finger can take it in the ${el.view} view`).to.not.equal(null);
  const selected = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
  await tap(at!);
  return (await selected).detail;
}

for (const device of [PHONE, TABLET]) {
  describe(`issue 11's regions on a ${device.width} px screen`, () => {
    let el: BodyChain;
    before(async () => {
      await emulate(device);
      el = await mount({ lang: 'ja' });
      el.scrollIntoView({ block: 'start' });
      await settle(300);
    });
    after(cleanup);

    for (const id of NEW_REGIONS) {
      it(`${id} can be tapped and lights its chain`, async () => {
        const { region, propagation } = await tapRegion(el, id);
        expect(region).to.equal(id);
        expect(propagation.length, 'the tension reaches along its chain').to.be.greaterThan(1);
      });
    }

    it('chains="nerve-back": a tap on the piriformis reaches the roots, the sciatic nerve, the hamstrings and the calf', async () => {
      el.chains = 'nerve-back';
      await el.updateComplete;
      const { propagation } = await tapRegion(el, 'piriformis');
      expect(propagation.map((s) => s.region)).to.include.members(['lumbar-nerves', 'sciatic-nerve', 'hamstrings', 'calf']);
      el.chains = '';
      await el.updateComplete;
    });
  });
}
