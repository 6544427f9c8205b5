import { expect } from '@open-wc/testing';

// The page script (src/embed.ts, built as dist/body-chain.js) in a fresh document, as a clinic
// page loads it: a heading and a paragraph, the element, and the script tag in the head. The
// page's first paint is held back 1.5 s by a render-blocking script (`blocking="render"`, where
// the browser has it), well after the page script has arrived: a page script that defined the
// element at once would define it before the first paint.
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<style>body-chain:not(:defined){display:block;height:clamp(360px,72svh,760px)}</style>
<script>
  window.defined = new Promise((resolve) => customElements.whenDefined('body-chain').then(() => resolve(performance.now())));
  window.shifts = [];
  new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  window.fcp = new Promise((resolve) => new PerformanceObserver((list) => {
    const e = list.getEntriesByName('first-contentful-paint')[0];
    if (e) resolve(e.startTime);
  }).observe({ type: 'paint', buffered: true }));
</script>
<script async blocking="render" src="${new URL('./fixtures/hold-first-paint.js', import.meta.url).pathname}?delay=1500"></script>
<script type="module" src="${new URL('../../src/embed.ts', import.meta.url).pathname}"></script>
</head><body><h1>体のつながり</h1><p>足の裏から頭まで。</p><p>当院では、痛みのある場所だけでなく、つながりをたどって考えます。</p>
<body-chain loading="lazy"></body-chain><h2>ご予約</h2><p>お電話で。</p></body></html>`;

describe('the page script (dist/body-chain.js)', () => {
  it('defines <body-chain> only after the page’s first contentful paint; the element then renders, and nothing on screen moves', async () => {
    const frame = document.createElement('iframe');
    // The element's place (the README's rule) reaches past the first screen, as on a phone.
    frame.style.cssText = 'width:390px;height:600px;border:0';
    frame.srcdoc = PAGE;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { defined: Promise<number>; fcp: Promise<number>; shifts: number[] };
      const timeout = (what: string) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within 20 s`)), 20_000));
      const [defined, fcp] = await Promise.race([Promise.all([win.defined, win.fcp]), timeout('definition or first paint')]);
      expect(defined, `defined at ${defined.toFixed(0)} ms, first contentful paint at ${fcp.toFixed(0)} ms`).to.be.greaterThan(fcp);
      const el = frame.contentDocument!.querySelector('body-chain') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="stage"]'), 'the element rendered its stage').to.not.equal(null);
      const heading = frame.contentDocument!.querySelector('h2')!.getBoundingClientRect();
      expect(heading.top, 'the text under the element was below the first screen').to.be.greaterThan(600);
      await new Promise((r) => setTimeout(r, 300));
      // Between its definition and its first render the element keeps its stage's height
      // (:host min-height): collapsing, it would bring the text under it into view for a moment.
      expect(win.shifts, 'layout shifts').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('on a page with nothing but the element (nothing contentful to wait for), defines it within a moment', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:390px;height:600px;border:0';
    frame.srcdoc = `<!doctype html><html><head><script>window.defined = new Promise((r) => customElements.whenDefined('body-chain').then(() => r(performance.now())));</script>
<script type="module" src="${new URL('../../src/embed.ts', import.meta.url).pathname}"></script></head><body><body-chain loading="lazy"></body-chain></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { defined: Promise<number> };
      const defined = await Promise.race([win.defined, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('not defined within 10 s')), 10_000))]);
      expect(defined).to.be.a('number');
    } finally {
      frame.remove();
    }
  });
});
