import { expect } from '@open-wc/testing';
import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { cleanup, DESKTOP, emulate, mount } from './helpers.js';

function box(el: HTMLElement) {
  return el.shadowRoot!.querySelector('[part="caution"]') as HTMLElement | null;
}

describe('warning signs in the panel', () => {
  before(() => emulate(DESKTOP));
  afterEach(cleanup);

  it('groups a region\'s signs by urgency, most urgent first, as text, with 119 the most prominent', async () => {
    const el = await mount({ lang: 'ja' }, { waitForLoad: false });
    el.selected = 'calf';
    await el.updateComplete;
    const caution = box(el)!;
    expect(caution, 'part="caution"').to.exist;
    expect(caution.getAttribute('role')).to.equal('note');
    const groups = [...caution.querySelectorAll('.urgency')] as HTMLElement[];
    expect(groups.map((g) => g.dataset.urgency)).to.deep.equal(['119', 'today', 'soon']);
    const ui = DEFAULT_CONTENT.ja.ui;
    expect(groups.map((g) => g.querySelector('h4')!.textContent!.trim())).to.deep.equal([ui.caution119, ui.cautionToday, ui.cautionSoon]);
    const items = groups.flatMap((g) => [...g.querySelectorAll('li')].map((li) => li.textContent!.trim()));
    expect(items).to.deep.equal(DEFAULT_CONTENT.ja.regions.calf.cautions!.map((c) => c.text));
    const edge = (g: HTMLElement) => parseFloat(getComputedStyle(g).borderLeftWidth);
    expect(edge(groups[0])).to.be.greaterThan(edge(groups[2]));
  });

  it('shows a version-1 caution under the default graded signs, as text, never as markup', async () => {
    const el = await mount({ lang: 'en' }, { waitForLoad: false });
    el.content = { version: 1, en: { regions: { kidney: { caution: '<b>Ask</b> our staff if unsure.' } } } };
    el.selected = 'kidney';
    await el.updateComplete;
    const caution = box(el)!;
    expect([...caution.querySelectorAll('.urgency')].map((g) => (g as HTMLElement).dataset.urgency)).to.deep.equal(['119', 'today', 'soon']);
    const legacy = caution.querySelector('.legacy')!;
    expect(legacy.textContent).to.equal('<b>Ask</b> our staff if unsure.');
    expect(legacy.querySelector('b')).to.equal(null);
  });

  it('a pack that lists only "soon" signs gets only that group', async () => {
    const el = await mount({ lang: 'ja' }, { waitForLoad: false });
    el.content = { version: 2, ja: { regions: { sole: { cautions: [{ urgency: 'soon', text: 'かかとの痛みが一日じゅう続く' }] } } } };
    el.selected = 'sole';
    await el.updateComplete;
    const groups = [...box(el)!.querySelectorAll('.urgency')] as HTMLElement[];
    expect(groups.map((g) => g.dataset.urgency)).to.deep.equal(['soon']);
    expect(groups[0].textContent).to.contain('かかとの痛みが一日じゅう続く');
  });
});
