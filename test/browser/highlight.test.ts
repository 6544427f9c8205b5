import { expect } from '@open-wc/testing';
import { cleanup, colourAt, colourDrawnNextFrame, coloursAt, coloursDrawnNextFrame, colourDistance, emulate, mount, reducedMotion, settle, TABLET } from './helpers.js';

describe('the travelling highlight', () => {
  afterEach(async () => {
    cleanup();
    await reducedMotion(false);
  });

  it('selecting calf visibly changes the colour drawn at the hamstrings, erector spinae and sole', async () => {
    await emulate(TABLET);
    const el = await mount();
    await settle(400);
    const targets = ['hamstrings', 'erector-spinae', 'sole'] as const;
    const points = Object.fromEntries(targets.map((id) => [id, el.regionPoint(id)]));
    for (const id of targets) expect(points[id], id).to.not.equal(null);
    const beforeColours = await coloursAt(targets.map((id) => points[id]!));
    const before = Object.fromEntries(targets.map((id, i) => [id, beforeColours[i]]));

    el.selected = 'calf';
    await el.updateComplete;
    await settle(2600); // the wave reaches the skull after ~1.3 s, then settles

    for (const id of targets) {
      // The camera did not move: the same points still show the same regions.
      expect(el.regionPoint(id), `${id} still visible`).to.not.equal(null);
      const after = await colourAt(points[id]!);
      expect(colourDistance(before[id], after), `${id}: ${before[id]} → ${after}`).to.be.greaterThan(30);
    }
    // Strongest at the source: the calf is drawn in a more saturated colour (chroma: the spread
    // of its channels) than the erector spinae, three links away, which takes a paler tint.
    const chroma = (c: number[]) => Math.max(c[0], c[1], c[2]) - Math.min(c[0], c[1], c[2]);
    const [calfLit, erectorLit] = await coloursAt([el.regionPoint('calf')!, points['erector-spinae']!]);
    expect(chroma(calfLit), `calf ${calfLit}, erector spinae ${erectorLit}`).to.be.greaterThan(chroma(erectorLit) + 10);
  });

  it('travels outwards: the near end lights up before the far one', async () => {
    await emulate(TABLET);
    const el = await mount();
    await settle(400);
    const ids = ['calf', 'hamstrings', 'skull'] as const;
    const points = ids.map((id) => el.regionPoint(id)!);
    el.resetView(); // (the same pose: only so that a frame is drawn to read the unlit colours from)
    const base = await coloursDrawnNextFrame(el, points);
    const firstLit: (number | null)[] = ids.map(() => null);
    const t0 = performance.now();
    el.selected = 'calf';
    // Every frame drawn is read back from the WebGL buffer (a screenshot per sample would be
    // slower than the wave on a loaded machine, and could see two regions light in one sample).
    while (firstLit.includes(null) && performance.now() - t0 < 8000) {
      const now = await coloursDrawnNextFrame(el, points);
      const t = performance.now() - t0;
      points.forEach((_, i) => {
        if (firstLit[i] === null && colourDistance(base[i], now[i]) > 12) firstLit[i] = t;
      });
    }
    const [calf, hamstrings, skull] = firstLit;
    expect(firstLit, 'every region lit').to.not.include(null);
    expect(calf!).to.be.at.most(hamstrings!);
    expect(hamstrings!, `hamstrings at ${hamstrings} ms, skull at ${skull} ms`).to.be.lessThan(skull!);
  });

  it('with prefers-reduced-motion shows the static gradient at once', async () => {
    await reducedMotion(true);
    await emulate(TABLET);
    const el = await mount();
    await settle(400);
    const skull = el.regionPoint('skull')!;
    const base = await colourAt(skull);
    el.selected = 'calf';
    await el.updateComplete;
    // The first frame drawn after the change already shows the final colour at the far end
    // (the wave would take 1.3 s to get there).
    const first = await colourDrawnNextFrame(el, skull);
    await settle(600);
    const final = await colourAt(skull);
    expect(colourDistance(base, final), `lit: ${base} → ${final}`).to.be.greaterThan(15);
    expect(colourDistance(first, final), `first frame ${first}, settled ${final}`).to.be.lessThan(10);
  });
});
