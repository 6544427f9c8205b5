import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { cleanup, DESKTOP, emulate, mount, once, panelTitle, PHONE, settle, sleep, swipe } from './helpers.js';

describe('pointer, touch and keyboard input', () => {
  afterEach(cleanup);

  it('a mouse drag that starts on a region turns the body and does not select', async () => {
    await emulate(DESKTOP);
    const el = await mount();
    await settle(300);
    const start = el.regionPoint('hamstrings')!;
    let selected = false;
    el.addEventListener('region-select', () => (selected = true));
    await sendMouse({ type: 'move', position: [Math.round(start.x), Math.round(start.y)] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 6; i++) await sendMouse({ type: 'move', position: [Math.round(start.x + i * 20), Math.round(start.y)] });
    await sendMouse({ type: 'up' });
    await settle(300);
    expect(selected).to.equal(false);
    expect(el.selected).to.equal('');
    const moved = el.regionPoint('hamstrings');
    expect(moved === null || Math.abs(moved.x - start.x) > 5, 'the body turned').to.equal(true);
  });

  it('a mouse click on a region selects it', async () => {
    await emulate(DESKTOP);
    const el = await mount();
    await settle(300);
    const p = el.regionPoint('erector-spinae')!;
    const event = once(el, 'region-select', 5000);
    await sendMouse({ type: 'click', position: [Math.round(p.x), Math.round(p.y)] });
    await event;
    expect(el.selected).to.equal('erector-spinae');
  });

  it('on a phone a vertical swipe over the body scrolls the page and selects nothing', async () => {
    await emulate(PHONE);
    const spacer = document.createElement('div');
    spacer.style.height = '2000px';
    const el = await mount();
    document.body.append(spacer);
    window.scrollTo(0, 0);
    await settle(300);
    const rect = el.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = Math.min(rect.top + rect.height * 0.6, innerHeight - 60);
    await swipe({ x, y }, { x, y: y - 300 }, 12);
    await sleep(600);
    expect(window.scrollY).to.be.greaterThan(100);
    expect(el.selected).to.equal('');
    spacer.remove();
  });

  it('on a phone a horizontal swipe turns the body without scrolling or selecting', async () => {
    await emulate(PHONE);
    const el = await mount();
    window.scrollTo(0, 0);
    await settle(300);
    const p = el.regionPoint('hamstrings')!;
    await swipe(p, { x: p.x + 150, y: p.y }, 12);
    await settle(300);
    expect(el.selected).to.equal('');
    const moved = el.regionPoint('hamstrings');
    expect(moved === null || Math.abs(moved.x - p.x) > 5).to.equal(true);
  });

  it('keyboard only: Tab to a station, Enter and Space select, Escape closes and returns focus', async () => {
    await emulate(DESKTOP);
    const el = await mount({ lang: 'ja' });
    const root = el.shadowRoot!;
    // Tab from the start of the page until a station button has focus.
    let focused: Element | null = null;
    for (let i = 0; i < 12 && !focused?.classList.contains('station'); i++) {
      await sendKeys({ press: 'Tab' });
      focused = root.activeElement;
    }
    expect(focused?.getAttribute('data-region')).to.equal('sole');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('sole');
    expect(panelTitle(el)).to.equal(DEFAULT_CONTENT.ja.regions.sole.title);
    const live = root.querySelector('[aria-live="polite"][role="status"]')!;
    expect(live.textContent).to.contain(DEFAULT_CONTENT.ja.regions.sole.title);
    expect(live.textContent).to.contain(DEFAULT_CONTENT.ja.regions.calf.title);

    await sendKeys({ press: 'Tab' }); // next station: calf
    expect(root.activeElement?.getAttribute('data-region')).to.equal('calf');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selected).to.equal('calf');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(panelTitle(el)).to.equal('');
    expect(root.activeElement?.getAttribute('data-region')).to.equal('calf');
  });

  it('a connection button in the panel selects that neighbour', async () => {
    await emulate(DESKTOP);
    const el = await mount({ selected: 'calf' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.connections button[data-region="hamstrings"]')!;
    expect(button).to.exist;
    button.click();
    await el.updateComplete;
    expect(el.selected).to.equal('hamstrings');
  });
});
