import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { BodyChain } from '../../src/components/body-chain.component.js';
import { cleanup, emulate, fullLoad, mount, once, PHONE, sleep } from './helpers.js';

/**
 * When the 3D view starts (issue 13): `loading="lazy"` starts nothing off screen,
 * `reveal="interaction"` waits for the visitor, and a poster shows until the first frame
 * without moving anything. No timing is asserted: only what happened, and in which order.
 */

/** Requests for the models since `from` (resource timing). */
const modelRequests = (from = 0) =>
  performance.getEntriesByType('resource').filter((r) => r.startTime >= from && /\.glb(\?|$)/.test(r.name)).map((r) => r.name);

/** A page already loaded and idle: the element's own wait for an idle moment is short. */
const quiet = () => sleep(1500);

/** A 1×1 PNG, as a poster. */
const POSTER = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('loading, reveal and poster', () => {
  // Each test starts with no 3D view on the page (the shared renderer goes with the last element).
  beforeEach(async () => {
    cleanup();
    await sleep(1200);
  });
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });

  it('loading="lazy" starts nothing while the element is off screen, and starts once it is scrolled to', async () => {
    await emulate(PHONE);
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    try {
      const from = performance.now();
      const el = await mount({ loading: 'lazy' }, { waitForLoad: false });
      await quiet();
      expect(BodyChain.renderStats(), 'no 3D view yet').to.equal(null);
      expect(modelRequests(from), 'no model requested').to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('canvas').length, 'no WebGL canvas in it').to.equal(1);
      const loaded = fullLoad(el);
      el.scrollIntoView();
      await loaded;
      expect(BodyChain.renderStats()).to.not.equal(null);
      expect(modelRequests(from).length).to.be.greaterThan(0);
    } finally {
      spacer.remove();
    }
  });

  it('loading="auto" (the default) starts by itself', async () => {
    await emulate(PHONE);
    const from = performance.now();
    const el = await mount({}, { waitForLoad: false });
    await once(el, 'load');
    expect(modelRequests(from).length).to.be.greaterThan(0);
  });

  it('reveal="interaction" loads nothing until the visitor touches the element, then starts', async () => {
    await emulate(PHONE);
    const from = performance.now();
    const el = await mount({ reveal: 'interaction' }, { waitForLoad: false });
    await quiet();
    expect(BodyChain.renderStats(), 'no 3D view yet').to.equal(null);
    expect(modelRequests(from), 'no model requested').to.deep.equal([]);
    const loaded = once(el, 'load');
    const r = el.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await loaded;
    expect(BodyChain.renderStats()).to.not.equal(null);
  });

  it('reveal="interaction" also starts when the element is reached with the keyboard', async () => {
    await emulate(PHONE);
    const el = await mount({ reveal: 'interaction' }, { waitForLoad: false });
    await quiet();
    expect(BodyChain.renderStats()).to.equal(null);
    const loaded = once(el, 'load');
    el.shadowRoot!.querySelector<HTMLElement>('button')!.focus();
    await loaded;
  });

  it('a poster shows on the stage until the first frame, then goes; nothing moves', async () => {
    await emulate(PHONE);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)));
    observer.observe({ type: 'layout-shift', buffered: false });
    const el = await mount({ poster: POSTER }, { waitForLoad: false });
    await el.updateComplete;
    const poster = () => el.shadowRoot!.querySelector<HTMLImageElement>('img[part="poster"]');
    expect(poster(), 'poster shown before the first frame').to.not.equal(null);
    expect(poster()!.getAttribute('src')).to.equal(POSTER);
    const stage = el.shadowRoot!.querySelector('.stage')!;
    const before = { el: el.getBoundingClientRect().toJSON(), stage: stage.getBoundingClientRect().toJSON() };
    await once(el, 'load');
    expect(poster(), 'poster gone with the first frame').to.equal(null);
    expect(el.getBoundingClientRect().toJSON()).to.deep.equal(before.el);
    expect(stage.getBoundingClientRect().toJSON()).to.deep.equal(before.stage);
    await sleep(100);
    observer.disconnect();
    expect(shifts, 'layout shifts').to.deep.equal([]);
  });
});
