import { expect } from '@open-wc/testing';
import type { BodyChain, BodyChainErrorDetail, RegionSelectDetail } from '../../src/components/body-chain.component.js';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { pointsOf } from '../../src/model/atlas.js';
import type { RegionId } from '../../src/model/graph.js';
import { cleanup, coloursAt, emulate, mount, once, panelTitle, settle, tap, TABLET } from './helpers.js';

/** The bladder meridian overlay, and guarding drawn apart from tension, as a person meets them. */

const DOWN_THE_BACK: RegionId[] = ['bl10', 'bl23', 'bl25', 'bl36', 'bl40', 'bl57', 'bl60'];

function toggle(el: BodyChain): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('.overlay-toggle')!;
}

async function tapButton(button: HTMLElement) {
  const r = button.getBoundingClientRect();
  await tap({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

describe('the bladder meridian overlay on a tablet', () => {
  let el: BodyChain;
  before(async () => {
    await emulate(TABLET);
    el = await mount({ lang: 'ja' });
    el.scrollIntoView({ block: 'start' });
    await settle(300);
  });
  after(cleanup);

  it('off: its points are neither drawn nor selectable', async () => {
    for (const id of pointsOf()) expect(el.regionPoint(id), id).to.equal(null);
    const error = once<CustomEvent<BodyChainErrorDetail>>(el, 'error', 5000);
    el.selected = 'bl40';
    expect((await error).detail.message).to.contain('bl40');
    await el.updateComplete;
    expect(el.selected).to.equal('');
  });

  it('the toolbar toggle turns it on: the points sit in order down the back and each opens its panel', async () => {
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    await tapButton(toggle(el));
    await el.updateComplete;
    await settle(600);
    expect(el.overlay).to.equal('bladder-meridian');
    expect(el.getAttribute('overlay'), 'reflected').to.equal('bladder-meridian');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    const at = DOWN_THE_BACK.map((id) => [id, el.regionPoint(id)] as const);
    for (const [id, p] of at) expect(p, `${id} drawn and in sight`).to.not.equal(null);
    for (let i = 1; i < at.length; i++) {
      expect(at[i][1]!.y, `${at[i - 1][0]} above ${at[i][0]}`).to.be.greaterThan(at[i - 1][1]!.y);
    }
    for (const [id, p] of at) {
      const selected = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
      await tap(p!);
      expect((await selected).detail.region, `a tap on ${id}`).to.equal(id);
      await el.updateComplete;
      expect(panelTitle(el)).to.equal(DEFAULT_CONTENT.ja.regions[id].title);
      expect(el.shadowRoot!.querySelector('.eyebrow')!.textContent!.trim()).to.equal(DEFAULT_CONTENT.ja.ui.overlayBladderMeridian);
      // Each point leads to the back-line station it lies on.
      expect(el.shadowRoot!.querySelectorAll('.connections button[data-region]').length, `${id}: its station`).to.equal(1);
    }
  });

  it('turned off again: the selected point is cleared and the points are gone', async () => {
    el.selected = 'bl23';
    await el.updateComplete;
    await tapButton(toggle(el));
    await el.updateComplete;
    await settle(400);
    expect(el.overlay).to.equal('');
    expect(el.selected).to.equal('');
    for (const id of DOWN_THE_BACK) expect(el.regionPoint(id), id).to.equal(null);
  });
});

describe('guarding is drawn apart from tension', () => {
  afterEach(cleanup);

  it('chains="si-stability": the SI joint reaches its guards and the stabilisers; the guards take the guarding colour, dashed bars and a legend', async () => {
    await emulate(TABLET);
    const el = await mount({ chains: 'si-stability', lang: 'en' });
    el.scrollIntoView({ block: 'start' });
    await settle(300);
    const selected = once<CustomEvent<RegionSelectDetail>>(el, 'region-select', 5000);
    el.selected = 'si-joint';
    const { detail } = await selected;
    const reached = detail.propagation.map((s) => s.region);
    expect(reached).to.include.members(['erector-spinae', 'gluteals', 'hamstrings', 'deep-stabilizers']);
    await el.updateComplete;
    await settle(2600);
    const guards = ['erector-spinae', 'gluteals', 'hamstrings'] as const;
    for (const id of guards) {
      expect(el.shadowRoot!.querySelector(`.station[data-region="${id}"]`)!.classList.contains('guarding'), `${id} bar`).to.equal(true);
    }
    expect(el.shadowRoot!.querySelector('.station[data-region="deep-stabilizers"]')!.classList.contains('guarding')).to.equal(false);
    const legend = el.shadowRoot!.querySelector('.legend');
    expect(legend?.textContent).to.contain(DEFAULT_CONTENT.en.ui.legendGuarding);
    // The default guarding colour is a blue, the tension's an amber: a guard is drawn bluer than red.
    const points = guards.map((id) => el.regionPoint(id));
    for (const [i, id] of guards.entries()) expect(points[i], `${id} in sight`).to.not.equal(null);
    const colours = await coloursAt(points.map((p) => p!));
    for (const [i, id] of guards.entries()) {
      const [r, , b] = colours[i];
      expect(b - r, `${id}: rgb ${colours[i].slice(0, 3).map(Math.round)}`).to.be.greaterThan(10);
    }
  });
});
