import { expect } from '@open-wc/testing';
import type { BodyChain } from '../../src/components/body-chain.component.js';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import type { RegionId } from '../../src/model/graph.js';
import { BACK_LINE, cleanup, coloursAt, DESKTOP, emulate, isShown, mount, PHONE, settle, swipe, tap } from './helpers.js';

/** The phone moment: a tap on the body, and the whole chain it travels stays in sight, lit. */

const SMALL_PHONE = { width: 320, height: 568, touch: true, dpr: 1 } as const;
const PSOAS_KIDNEY: RegionId[] = ['kidney', 'psoas', 'pelvis', 'erector-spinae'];
/** A clinic's own highlight colour, far from every base colour of the body (skin, muscle, bone). */
const CLINIC_BLUE = '#1060ff';

function shadow(el: BodyChain) {
  return el.shadowRoot!;
}

/** Every station's point on screen, or the stations that have none. */
function points(el: BodyChain, ids: RegionId[]) {
  const found = ids.map((id) => [id, el.regionPoint(id)] as const);
  return { found, missing: found.filter(([, p]) => !p).map(([id]) => id) };
}

/**
 * Asserts that every station is in sight and drawn in the highlight colour. With the clinic's
 * blue, a lit station is bluer than it is red; unlit, every part of the body is the other way.
 */
async function expectChainInSightAndLit(el: BodyChain, ids: RegionId[], label: string) {
  const { found, missing } = points(el, ids);
  expect(missing, `${label}: stations out of sight`).to.deep.equal([]);
  const colours = await coloursAt(found.map(([, p]) => p!));
  found.forEach(([id], i) => {
    const [r, , b] = colours[i];
    expect(b - r, `${label}: ${id} lit (rgb ${colours[i].slice(0, 3).map(Math.round)})`).to.be.greaterThan(20);
  });
}

async function mountPhone(device: typeof PHONE | typeof SMALL_PHONE, attrs: Record<string, string> = {}) {
  await emulate(device);
  const el = await mount(attrs);
  el.style.setProperty('--body-chain-highlight', CLINIC_BLUE);
  el.scrollIntoView({ block: 'start' });
  await settle(300);
  return el;
}

for (const device of [PHONE, SMALL_PHONE]) {
  describe(`on a ${device.width}×${device.height} phone, a tap keeps the whole chain in sight`, () => {
    afterEach(cleanup);

    it('a tap on any back-line station: every station of the back line is in sight and lit', async () => {
      const el = await mountPhone(device);
      for (const id of BACK_LINE) {
        el.selected = '';
        await settle(900);
        const at = el.regionPoint(id);
        expect(at, `${id} can be tapped before the tap`).to.not.equal(null);
        await tap(at!);
        await settle(2600);
        expect(el.selected, `the tap at ${id}`).to.equal(id);
        await expectChainInSightAndLit(el, BACK_LINE, `after a tap on ${id}`);
      }
    });

    it('a tap on the psoas or kidney in the deep view: the whole psoas–kidney chain is in sight and lit', async () => {
      const el = await mountPhone(device, { view: 'deep' });
      for (const id of ['psoas', 'kidney'] as RegionId[]) {
        el.selected = '';
        await settle(900);
        const at = el.regionPoint(id);
        expect(at, `${id} can be tapped`).to.not.equal(null);
        await tap(at!);
        await settle(2600);
        expect(el.selected).to.equal(id);
        await expectChainInSightAndLit(el, PSOAS_KIDNEY, `after a tap on ${id}`);
      }
    });

    it('the toolbar keeps one row and the sheet opens low, then is pulled up to read and down again', async () => {
      const el = await mountPhone(device);
      const buttons = [...shadow(el).querySelectorAll('.views button, .toolbar .reset')].map((b) => b.getBoundingClientRect());
      const middles = buttons.map((r) => r.top + r.height / 2);
      expect(Math.max(...middles) - Math.min(...middles), 'toolbar buttons on one row').to.be.lessThan(3);
      for (const r of buttons) expect(r.height, 'toolbar targets').to.be.at.least(44);

      await tap(el.regionPoint('calf')!);
      await settle(2600);
      const panel = shadow(el).querySelector<HTMLElement>('.panel')!;
      const stage = shadow(el).querySelector<HTMLElement>('.stage')!.getBoundingClientRect();
      const handle = shadow(el).querySelector<HTMLButtonElement>('.handle')!;
      const low = panel.getBoundingClientRect().height;
      expect(handle.getAttribute('aria-expanded')).to.equal('false');
      expect(low, 'the low sheet leaves most of the stage to the body').to.be.lessThan(stage.height * 0.42);
      expect(isShown(shadow(el).querySelector('#panel-title')), 'title shown').to.equal(true);
      expect(isShown(shadow(el).querySelector('.structures')), 'structures shown').to.equal(true);
      expect(isShown(shadow(el).querySelector('.connections')), 'the rest waits until pulled up').to.equal(false);

      // A tap on the handle pulls the sheet up.
      const h = handle.getBoundingClientRect();
      await tap({ x: h.left + h.width / 2, y: h.top + h.height / 2 });
      await el.updateComplete;
      expect(handle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.getBoundingClientRect().height, 'pulled up').to.be.greaterThan(low + 100);
      expect(isShown(shadow(el).querySelector('.connections'))).to.equal(true);

      // A swipe down on the header lets it down; the body is framed as before.
      const header = panel.querySelector('header')!.getBoundingClientRect();
      const from = { x: header.left + header.width * 0.3, y: header.top + 30 };
      await swipe(from, { x: from.x, y: from.y + 120 });
      await el.updateComplete;
      await settle(900);
      expect(handle.getAttribute('aria-expanded')).to.equal('false');
      await expectChainInSightAndLit(el, BACK_LINE, 'after pulling the sheet down');

      // A swipe up pulls it up again.
      const header2 = panel.querySelector('header')!.getBoundingClientRect();
      const from2 = { x: header2.left + header2.width * 0.3, y: header2.top + 40 };
      await swipe(from2, { x: from2.x, y: from2.y - 120 });
      await el.updateComplete;
      expect(handle.getAttribute('aria-expanded')).to.equal('true');
    });
  });
}

describe('the sheet from the keyboard', () => {
  afterEach(cleanup);

  it('Enter on the handle pulls the sheet up and lets it down', async () => {
    const el = await mountPhone(PHONE);
    el.selected = 'hamstrings';
    await el.updateComplete;
    const handle = shadow(el).querySelector<HTMLButtonElement>('.handle')!;
    handle.focus();
    handle.click(); // what Enter and Space do on a button (a click with detail 0)
    await el.updateComplete;
    expect(handle.getAttribute('aria-expanded')).to.equal('true');
    expect(handle.getAttribute('aria-label')).to.equal(el.shadowRoot!.querySelector('.handle')!.getAttribute('aria-label'));
    handle.click();
    await el.updateComplete;
    expect(handle.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('the invitation to touch', () => {
  afterEach(cleanup);

  it('on a phone: shown on the stage with the touch text, ring on the calf, gone after the first tap', async () => {
    const el = await mountPhone(PHONE);
    const invite = shadow(el).querySelector('.invite');
    expect(isShown(invite), 'invitation shown').to.equal(true);
    const text = invite!.querySelector('p')!;
    expect(isCoarse(), 'a touch phone reports a coarse pointer').to.equal(true);
    expect(text.innerText.trim()).to.equal(textOf(el, 'inviteTouch'));
    expect(shadow(el).querySelector<HTMLElement>('.hint')!.innerText.trim()).to.equal(textOf(el, 'hintTouch'));
    const stage = shadow(el).querySelector('.stage')!.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    expect(box.top >= stage.top && box.bottom <= stage.bottom, 'on the stage itself').to.equal(true);
    const ring = invite!.querySelector('.ring')!.getBoundingClientRect();
    const calf = el.regionPoint('calf')!;
    expect(Math.hypot(ring.left + ring.width / 2 - calf.x, ring.top + ring.height / 2 - calf.y), 'ring on the calf').to.be.lessThan(40);
    await tap(calf);
    await el.updateComplete;
    expect(shadow(el).querySelector('.invite')).to.equal(null);
    el.selected = '';
    await el.updateComplete;
    expect(shadow(el).querySelector('.invite'), 'does not come back').to.equal(null);
  });

  it('with a mouse: the pointer texts', async () => {
    await emulate(DESKTOP);
    const el = await mount({ lang: 'en' });
    expect(isCoarse(), 'a mouse is a fine pointer').to.equal(false);
    const invite = shadow(el).querySelector<HTMLElement>('.invite p')!;
    expect(invite.innerText.trim()).to.equal(textOf(el, 'invitePointer'));
    expect(shadow(el).querySelector<HTMLElement>('.hint')!.innerText.trim()).to.equal(textOf(el, 'hint'));
  });
});

describe('intensity reads as intensity in the station bars', () => {
  afterEach(cleanup);

  it('bar length is the intensity on one scale, whatever the button width; the source is longest', async () => {
    const el = await mountPhone(PHONE);
    el.selected = 'calf';
    await el.updateComplete;
    await settle(300);
    const steps = new Map<string, number>();
    for (const b of shadow(el).querySelectorAll<HTMLElement>('.station')) {
      steps.set(b.dataset.region!, parseFloat(getComputedStyle(b, '::after').width));
    }
    const full = steps.get('calf')!;
    expect(full).to.be.greaterThan(20);
    // The hamstrings button is much wider than the sole's, yet both are one link from the calf.
    expect(steps.get('hamstrings')).to.be.closeTo(steps.get('sole')!, 0.5);
    const order = BACK_LINE.slice(1).map((id) => steps.get(id)!); // calf → up the line
    for (let i = 1; i < order.length; i++) expect(order[i], `${BACK_LINE[i + 1]}`).to.be.below(order[i - 1]);
  });
});

function isCoarse() {
  return matchMedia('(pointer: coarse)').matches;
}

function textOf(el: BodyChain, key: 'inviteTouch' | 'invitePointer' | 'hint' | 'hintTouch') {
  // The default texts of the element's language (its lang attribute, else the page's, else ja).
  const lang = (el.lang || document.documentElement.lang || 'ja') as keyof typeof DEFAULT_CONTENT;
  return (DEFAULT_CONTENT[lang] ?? DEFAULT_CONTENT.ja).ui[key];
}
