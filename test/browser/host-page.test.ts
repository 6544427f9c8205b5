import { expect } from '@open-wc/testing';
import { cleanup, emulate, mount, PHONE, settle, tap } from './helpers.js';

// A WordPress-like page with heavy-handed global CSS and a second copy of the script.
describe('on a hostile host page', () => {
  const style = document.createElement('link');
  before(async () => {
    const css = `
      * { box-sizing: content-box !important; margin: 3px; line-height: 0.9; letter-spacing: 0.1em; }
      button { display: none !important; background: red !important; }
      canvas { width: 5px !important; height: 5px !important; }
      html { font-size: 11px; }
      div { transform: translateZ(0); }
    `;
    style.rel = 'stylesheet';
    style.href = `data:text/css,${encodeURIComponent(css)}`;
    const ready = new Promise((r) => (style.onload = r));
    document.head.append(style);
    await ready;
    // Loading the entry twice (two plugins, say) must not throw.
    await import('../../src/body-chain.js?again' as string).catch(() => undefined);
  });
  after(() => {
    style.remove();
    cleanup();
  });

  it('page styles do not reach inside: the body can be tapped and the lists keep 44 px targets', async () => {
    await emulate(PHONE);
    const el = await mount({ lang: 'ja' });
    el.scrollIntoView();
    await settle(400);
    const p = el.regionPoint('hamstrings');
    expect(p).to.not.equal(null);
    await tap(p!);
    await el.updateComplete;
    expect(el.selected).to.equal('hamstrings');
    const station = el.shadowRoot!.querySelector('.station')!;
    const r = station.getBoundingClientRect();
    expect(r.height).to.be.at.least(44);
    expect(getComputedStyle(station).display).to.not.equal('none');
  });
});
