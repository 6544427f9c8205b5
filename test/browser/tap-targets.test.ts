import { expect } from '@open-wc/testing';
import type { BodyChain } from '../../src/components/body-chain.component.js';
import { REGIONS } from '../../src/model/atlas.js';
import type { RegionId } from '../../src/model/graph.js';
import { cleanup, emulate, mount, settle, tap } from './helpers.js';

/**
 * Every region the element says can be tapped (`regionPoint`) is taken by a finger's tap there,
 * on the smallest phone, in each view, with every chain and the meridian's points on offer: no
 * neighbour, and no small target's mark nearby (the SI joint's, a meridian point's), takes it.
 */

const SMALL_PHONE = { width: 320, height: 568, touch: true, dpr: 1 } as const;
const ALL = Object.keys(REGIONS) as RegionId[];

for (const view of ['back', 'deep', 'front'] as const) {
  describe(`on a 320×568 phone, in the ${view} view`, () => {
    afterEach(cleanup);

    it('a tap at each region’s point selects that region', async () => {
      await emulate(SMALL_PHONE);
      const el: BodyChain = await mount({ view, overlay: 'bladder-meridian', chains: 'back-line psoas-kidney nerve-back nerve-front si-stability' });
      el.scrollIntoView({ block: 'start' });
      await settle(300);
      const taken: string[] = [];
      const wrong: string[] = [];
      for (const id of ALL) {
        el.selected = '';
        await settle(600);
        const at = el.regionPoint(id);
        if (!at) continue;
        await tap(at);
        await el.updateComplete;
        if (el.selected === id) taken.push(id);
        else wrong.push(`${id} → ${el.selected || 'nothing'}`);
      }
      expect(wrong, `taps that took another region (taken: ${taken.join(', ')})`).to.deep.equal([]);
      // The view shows enough to be worth the check: most of what it is for can be tapped.
      expect(taken.length, taken.join(', ')).to.be.at.least({ back: 6, deep: 4, front: 3 }[view]);
    });
  });
}
