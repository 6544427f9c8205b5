/**
 * The English texts load only when shown (content/shipped.ts): a Japanese page never fetches
 * them; an English element waits for them before it renders, so no Japanese label shows first;
 * a page that switches language is followed. (This file imports no texts itself, so that the
 * page's module requests are the element's.)
 */
import { expect } from '@open-wc/testing';
import type { BodyChain } from '../../src/body-chain.js';
import { cleanup, mount } from './helpers.js';

/** Requests of the English texts' module, made by the page so far. */
const englishRequests = () => performance.getEntriesByType('resource').filter((e) => /\/src\/content\/en\.ts(\?|$)/.test(e.name)).length;
/** The first view button's label (背面 / Back). */
const viewLabel = (el: BodyChain) => el.shadowRoot!.querySelector('[part="view-button"]')?.textContent?.trim();

describe('languages: English loaded when shown', () => {
  afterEach(cleanup);

  it('a Japanese element never fetches the English texts; an English one fetches them once and renders only in English', async () => {
    const ja = await mount({}, { lang: 'ja', waitForLoad: 'first' });
    expect(viewLabel(ja)).to.equal('背面');
    expect(englishRequests(), 'no English texts for a Japanese page').to.equal(0);

    // Every render of an English element is English, from its first.
    const labels: (string | undefined)[] = [];
    const en = document.createElement('body-chain') as BodyChain;
    en.lang = 'en';
    const seen = () => labels.push(viewLabel(en));
    const observer = new MutationObserver(seen);
    const box = document.createElement('div'); // (cleanup() removes each element's parent)
    document.body.append(box);
    box.append(en);
    // (The shadow root exists once connected; the first render comes later.)
    observer.observe(en.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await en.updateComplete;
    await new Promise((r) => setTimeout(r));
    seen();
    const second = document.createElement('body-chain') as BodyChain;
    second.lang = 'en-GB';
    const box2 = document.createElement('div');
    document.body.append(box2);
    box2.append(second);
    await second.updateComplete;
    observer.disconnect();
    expect(labels.filter((l) => l !== undefined), 'every render of the English element').to.deep.equal(labels.filter((l) => l !== undefined).map(() => 'Back'));
    expect(labels.some((l) => l === 'Back')).to.equal(true);
    expect(viewLabel(second)).to.equal('Back');
    expect(englishRequests(), 'one request for both').to.equal(1);
    // The Japanese element, made before the English texts came (for another element), switches.
    ja.lang = 'en';
    await ja.updateComplete;
    expect(viewLabel(ja)).to.equal('Back');
  });

  it('follows a page that switches to English, once the texts are here', async () => {
    const el = await mount({}, { lang: 'ja', waitForLoad: 'first' });
    expect(viewLabel(el)).to.equal('背面');
    el.parentElement!.lang = 'en';
    // The ancestor's change reaches the element through a MutationObserver, then the texts load.
    const deadline = performance.now() + 10_000;
    while (viewLabel(el) !== 'Back' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(viewLabel(el)).to.equal('Back');
    el.lang = 'ja';
    await el.updateComplete;
    expect(viewLabel(el)).to.equal('背面');
  });
});
