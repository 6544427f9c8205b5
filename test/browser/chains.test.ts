import { expect } from '@open-wc/testing';
import type { BodyChainErrorDetail, RegionSelectDetail } from '../../src/components/body-chain.component.js';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { CHAIN_IDS, regionsOf, type RegionId } from '../../src/model/graph.js';
import { BACK_LINE, cleanup, emulate, mount, once, PHONE, settle, tap, TABLET } from './helpers.js';

type El = HTMLElementTagNameMap['body-chain'];

const PSOAS_KIDNEY = regionsOf(['psoas-kidney']);

/** The region ids of the station buttons, per listed chain heading id. */
function listed(el: El): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const section of el.shadowRoot!.querySelectorAll('.chain')) {
    const id = section.querySelector('h2')!.id.replace(/^chain-/, '');
    out[id] = [...section.querySelectorAll<HTMLElement>('.station')].map((b) => b.dataset.region!);
  }
  return out;
}

function connections(el: El): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.connections button[data-region]')].map((b) => b.dataset.region!);
}

async function select(el: El, id: string): Promise<RegionSelectDetail> {
  if (el.selected === id) {
    el.selected = '';
    await el.updateComplete;
  }
  const event = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
  el.selected = id;
  const { detail } = await event;
  await el.updateComplete;
  return detail;
}

async function tapRegion(el: El, id: RegionId): Promise<RegionSelectDetail> {
  const point = el.regionPoint(id);
  expect(point, `regionPoint(${id})`).to.not.equal(null);
  const event = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
  await tap(point!);
  const { detail } = await event;
  await el.updateComplete;
  return detail;
}

const reached = (d: RegionSelectDetail) => d.propagation.map((s) => s.region);

describe('chains="back-line" on a phone', () => {
  let el: El;
  before(async () => {
    await emulate(PHONE);
    el = await mount({ chains: 'back-line' }, { lang: 'ja' });
    el.scrollIntoView({ block: 'start' });
    await settle(300);
  });
  after(cleanup);

  it('lists only the back line', () => {
    expect(listed(el)).to.deep.equal({ 'back-line': BACK_LINE });
  });

  for (const id of ['calf', 'pelvis', 'erector-spinae'] as const) {
    it(`a touch tap on ${id} lights only back-line regions`, async () => {
      await settle(900);
      if (!el.regionPoint(id) && el.selected) {
        el.selected = '';
        await el.updateComplete;
        await settle(900);
      }
      const detail = await tapRegion(el, id);
      expect(detail.region).to.equal(id);
      expect(reached(detail).length).to.be.greaterThan(1);
      for (const r of reached(detail)) expect(BACK_LINE, `${id} lights ${r}`).to.include(r);
    });
  }

  it('the pelvis reaches the whole back line and neither psoas nor kidney; the panel links only back-line neighbours', async () => {
    const detail = await select(el, 'pelvis');
    expect([...reached(detail)].sort()).to.deep.equal([...BACK_LINE].sort());
    expect(connections(el).sort()).to.deep.equal(['erector-spinae', 'hamstrings']);
  });

  it('refuses a region of another chain with an error, keeping the selection', async () => {
    await select(el, 'calf');
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error', 5000);
    el.selected = 'kidney';
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.kind).to.equal('region');
    expect(detail.message).to.contain('kidney');
    expect(el.selected).to.equal('calf');
  });
});

describe('chains on a tablet', () => {
  let el: El;
  before(async () => {
    await emulate(TABLET);
    el = await mount({ chains: 'psoas-kidney' }, { lang: 'en' });
    el.scrollIntoView({ block: 'start' });
    await settle(300);
  });
  after(cleanup);

  it('chains="psoas-kidney": a tap on the psoas in the deep view reaches only its chain', async () => {
    expect(listed(el)).to.deep.equal({ 'psoas-kidney': PSOAS_KIDNEY });
    el.view = 'deep';
    await el.updateComplete;
    await settle(1200);
    const detail = await tapRegion(el, 'psoas');
    expect([...reached(detail)].sort()).to.deep.equal([...PSOAS_KIDNEY].sort());
  });

  it('both chains: the pelvis passes tension along both, to the hamstrings and to the psoas', async () => {
    const changed = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
    el.chains = 'back-line psoas-kidney';
    await changed; // the psoas stays selected, now reaching along both chains
    await el.updateComplete;
    expect(Object.keys(listed(el))).to.deep.equal(['back-line', 'psoas-kidney']);
    const detail = await select(el, 'pelvis');
    expect(reached(detail)).to.include.members(['hamstrings', 'psoas', 'kidney', 'sole', 'skull']);
    expect(connections(el).sort()).to.deep.equal(['erector-spinae', 'hamstrings', 'psoas']);
    // The panel says which chain each neighbour belongs to.
    const via = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.connections li')].map((li) => [
        li.querySelector<HTMLElement>('button')!.dataset.region,
        li.querySelector('.via')?.textContent?.trim(),
      ]),
    );
    expect(via).to.deep.equal({
      hamstrings: DEFAULT_CONTENT.en.chains['back-line'].title,
      'erector-spinae': DEFAULT_CONTENT.en.chains['back-line'].title,
      psoas: DEFAULT_CONTENT.en.chains['psoas-kidney'].title,
    });
  });

  it('taking a chain away re-propagates the selection, or clears it if it is not on offer', async () => {
    await select(el, 'pelvis');
    let event = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
    el.chains = 'back-line';
    let { detail } = await event;
    expect(detail.region).to.equal('pelvis');
    expect(reached(detail)).to.not.include('psoas');
    await select(el, 'erector-spinae');
    el.chains = 'psoas-kidney';
    await el.updateComplete;
    await select(el, 'kidney');
    event = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
    el.chains = 'back-line';
    ({ detail } = await event);
    expect(detail.region).to.equal(null);
    expect(el.selected).to.equal('');
  });

  it('an unknown chain id gives an error event and leaves out only that id', async () => {
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error', 5000);
    el.chains = 'back-line spiral-line';
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.kind).to.equal('region');
    expect(detail.message).to.contain('spiral-line');
    expect(Object.keys(listed(el))).to.deep.equal(['back-line']);
    const all = once<CustomEvent<BodyChainErrorDetail>>(el, 'error', 5000);
    el.chains = 'nothing-known';
    await all;
    await el.updateComplete;
    expect(Object.keys(listed(el)), 'no known id: every chain').to.deep.equal(CHAIN_IDS);
    el.chains = '';
    await el.updateComplete;
    expect(Object.keys(listed(el))).to.deep.equal(CHAIN_IDS);
  });
});
