import { expect } from '@open-wc/testing';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import type { RegionSelectDetail } from '../../src/components/body-chain.component.js';
import type { RegionId } from '../../src/model/graph.js';
import { BACK_LINE, cleanup, emulate, isShown, mount, once, panelTitle, PHONE, settle, tap, TABLET } from './helpers.js';

async function tapRegion(el: HTMLElementTagNameMap['body-chain'], id: RegionId) {
  const point = el.regionPoint(id);
  expect(point, `regionPoint(${id})`).to.not.equal(null);
  const event = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
  await tap(point!);
  const { detail } = await event;
  await el.updateComplete;
  return detail;
}

function checkDetail(detail: RegionSelectDetail, id: RegionId) {
  expect(detail.region).to.equal(id);
  const [first, ...rest] = detail.propagation;
  expect(first).to.deep.equal({ region: id, intensity: 1, delay: 0 });
  expect(rest.length).to.be.greaterThan(0);
  for (const step of rest) {
    expect(step.intensity).to.be.greaterThan(0).and.at.most(1);
    expect(step.delay).to.be.greaterThan(0);
  }
}

for (const [name, device, lang] of [
  ['phone', PHONE, 'ja'],
  ['tablet', TABLET, 'en'],
] as const) {
  describe(`touch taps on a ${name} (${device.width}×${device.height}, lang ${lang})`, () => {
    let el: HTMLElementTagNameMap['body-chain'];
    before(async () => {
      await emulate(device);
      el = await mount({}, { lang });
      el.scrollIntoView({ block: 'start' });
      await settle(300);
    });
    after(cleanup);

    for (const id of BACK_LINE) {
      it(`selects ${id} by a touch tap in the back view`, async () => {
        // The panel of the previous tap stays open, as it would for a person. On a phone the
        // sheet keeps the last region in frame; if this one is out of sight, close the sheet
        // with a tap on its close button, as a person would.
        await settle(900);
        if (!el.regionPoint(id) && el.selected) {
          const close = el.shadowRoot!.querySelector('.close')!.getBoundingClientRect();
          await tap({ x: close.left + close.width / 2, y: close.top + close.height / 2 });
          await el.updateComplete;
          expect(el.selected, 'closing the panel clears the selection').to.equal('');
          await settle(900);
        }
        const detail = await tapRegion(el, id);
        checkDetail(detail, id);
        expect(el.selected).to.equal(id);
        expect(el.getAttribute('selected')).to.equal(id);
        expect(panelTitle(el)).to.equal(DEFAULT_CONTENT[lang].regions[id].title);
        expect(isShown(el.shadowRoot!.querySelector('#panel-title'))).to.equal(true);
      });
    }

    for (const id of ['psoas', 'kidney'] as const) {
      it(`selects ${id} by a touch tap in the deep view`, async () => {
        el.selected = '';
        el.view = 'deep';
        await el.updateComplete;
        await settle(1200);
        const detail = await tapRegion(el, id);
        checkDetail(detail, id);
        expect(el.selected).to.equal(id);
        expect(panelTitle(el)).to.equal(DEFAULT_CONTENT[lang].regions[id].title);
        expect(isShown(el.shadowRoot!.querySelector('#panel-title'))).to.equal(true);
        el.view = 'back';
        await el.updateComplete;
      });
    }
  });
}
