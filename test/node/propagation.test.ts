import { test, describe } from 'node:test';
import assert from 'node:assert/strict';

import { CHAIN_IDS, CHAINS, LINKS, linkBetween, regionsOf, type ChainId, type Link, type RegionId } from '../../src/model/graph.js';

/** Every station of a chain (an overlay's points are on no chain and pass nothing on). */
const REGION_IDS = regionsOf();
import { MIN_INTENSITY, propagate, type PropagationStep } from '../../src/model/propagation.js';

const byRegion = (steps: PropagationStep[]) => new Map(steps.map((s) => [s.region, s]));

describe('propagate', () => {
  for (const source of REGION_IDS) {
    test(`${source}: source first with intensity 1 and delay 0, every region reached once`, () => {
      const steps = propagate(source);
      assert.deepEqual(steps[0], { region: source, intensity: 1, delay: 0, from: null, link: null, chains: [] });
      assert.deepEqual(steps.map((s) => s.region).sort(), [...REGION_IDS].sort());
      for (const s of steps) {
        assert.ok(s.intensity > 0 && s.intensity <= 1, `${s.region} intensity ${s.intensity}`);
        assert.ok(s.intensity >= MIN_INTENSITY, `${s.region} below MIN_INTENSITY`);
        assert.ok(Number.isFinite(s.delay) && s.delay >= 0, `${s.region} delay ${s.delay}`);
      }
      // Sorted by arrival time, so an animation can play it in order.
      for (let i = 1; i < steps.length; i++) assert.ok(steps[i].delay >= steps[i - 1].delay);
    });

    test(`${source}: each step arrives over a real link from an earlier, stronger step`, () => {
      const map = byRegion(propagate(source));
      for (const s of map.values()) {
        if (s.from === null) continue;
        const prev = map.get(s.from);
        assert.ok(prev, `${s.region} from ${s.from}`);
        const link = linkBetween(s.region, s.from);
        assert.ok(link, `no link ${s.from}–${s.region}`);
        assert.ok(Math.abs(s.intensity - prev.intensity * link.transmission) < 1e-9);
        assert.equal(s.delay, prev.delay + link.delay);
      }
    });

    test(`${source}: along each chain, in both directions, intensity never rises and delay never falls away from the source`, () => {
      for (const chain of CHAINS) {
        if (!chain.stations.includes(source)) continue;
        // With that chain alone on offer (other chains may reach a station more strongly).
        const map = byRegion(propagate(source, [chain.id]));
        // Walk the chain's own links outwards from the source (a chain may fork: the nerves to
        // the front and inner thigh, the guards around the sacroiliac joint).
        const links = LINKS.filter((l) => l.chain === chain.id);
        const seen = new Set<RegionId>([source]);
        let ring: RegionId[] = [source];
        while (ring.length) {
          const next: RegionId[] = [];
          for (const from of ring) {
            for (const l of links) {
              const to = l.a === from ? l.b : l.b === from ? l.a : null;
              if (!to || seen.has(to)) continue;
              seen.add(to);
              next.push(to);
              const prev = map.get(from)!, cur = map.get(to)!;
              assert.ok(cur.intensity <= prev.intensity + 1e-12, `${chain.id}: ${cur.region} stronger than ${prev.region}`);
              assert.ok(cur.delay >= prev.delay, `${chain.id}: ${cur.region} earlier than ${prev.region}`);
            }
          }
          ring = next;
        }
      }
    });
  }

  test('calf reaches hamstrings, erector spinae and sole with intensity falling by distance', () => {
    const map = byRegion(propagate('calf'));
    const calf = map.get('calf')!;
    const hamstrings = map.get('hamstrings')!;
    const sole = map.get('sole')!;
    const pelvis = map.get('pelvis')!;
    const erector = map.get('erector-spinae')!;
    const skull = map.get('skull')!;
    // One link away: the hamstrings and the sole, equally strong.
    assert.ok(hamstrings.intensity < calf.intensity);
    assert.ok(Math.abs(hamstrings.intensity - sole.intensity) < 1e-12);
    assert.equal(hamstrings.from, 'calf');
    assert.equal(sole.from, 'calf');
    // Further up the back line: weaker and later with every station.
    assert.ok(pelvis.intensity < hamstrings.intensity && pelvis.delay > hamstrings.delay);
    assert.ok(erector.intensity < pelvis.intensity && erector.delay > pelvis.delay);
    assert.ok(skull.intensity < erector.intensity && skull.delay > erector.delay);
    assert.ok(erector.intensity < sole.intensity);
  });

  test('the low back is reached from the feet: sole → erector spinae along the back line', () => {
    const map = byRegion(propagate('sole'));
    const path: RegionId[] = [];
    for (let r: RegionId | null = 'erector-spinae'; r; r = map.get(r)!.from) path.unshift(r);
    assert.deepEqual(path, ['sole', 'calf', 'hamstrings', 'pelvis', 'erector-spinae']);
  });

  test('psoas and kidney are strongly linked, more than psoas with the back line', () => {
    const fromKidney = byRegion(propagate('kidney'));
    const fromPsoas = byRegion(propagate('psoas'));
    const psoas = fromKidney.get('psoas')!;
    assert.equal(psoas.from, 'kidney');
    assert.ok(psoas.intensity >= 0.8, `psoas from kidney: ${psoas.intensity}`);
    assert.ok(fromPsoas.get('kidney')!.intensity >= 0.8);
    for (const other of ['pelvis', 'erector-spinae'] as const) {
      assert.ok(fromPsoas.get('kidney')!.intensity > fromPsoas.get(other)!.intensity, other);
    }
    // The kidney reaches the low back through the psoas.
    assert.equal(fromKidney.get('erector-spinae')!.from, 'psoas');
    assert.equal(fromKidney.get('pelvis')!.from, 'psoas');
  });

  test('symmetric: a link passes the same share either way', () => {
    for (const link of LINKS) {
      const ab = byRegion(propagate(link.a)).get(link.b)!;
      const ba = byRegion(propagate(link.b)).get(link.a)!;
      assert.ok(ab.intensity >= link.transmission - 1e-12, link.id);
      assert.ok(ba.intensity >= link.transmission - 1e-12, link.id);
    }
  });

  test('a weak graph stops below MIN_INTENSITY', () => {
    const weak = LINKS.map((l) => ({ ...l, transmission: 0.1 }));
    const steps = propagate('sole', CHAIN_IDS, weak);
    assert.deepEqual(steps.map((s) => s.region), ['sole', 'calf']);
  });
});

describe('propagate along the chains on offer', () => {
  for (const chain of CHAINS) {
    test(`${chain.id} alone: from each of its stations, only its stations light, over its links`, () => {
      const stations = new Set<RegionId>(chain.stations);
      for (const source of chain.stations) {
        const steps = propagate(source, [chain.id]);
        for (const s of steps) {
          assert.ok(stations.has(s.region), `${chain.id}: ${source} lights ${s.region}, which is not on ${chain.id}`);
          if (s.from === null) continue;
          assert.deepEqual(s.chains, [chain.id], `${s.region}: chains ${s.chains.join(', ')}`);
          const link = LINKS.find((l) => l.id === s.link)!;
          assert.equal(link.chain, chain.id);
          assert.deepEqual([link.a, link.b].sort(), [s.from, s.region].sort());
        }
        // A chain is connected: every station is reached.
        assert.deepEqual(steps.map((s) => s.region).sort(), [...stations].sort(), `${chain.id} from ${source}`);
      }
    });
  }

  test('chains="back-line" never lights the psoas or the kidney, from any back-line station', () => {
    for (const source of regionsOf(['back-line'])) {
      const lit = propagate(source, ['back-line']).map((s) => s.region);
      assert.ok(!lit.includes('psoas') && !lit.includes('kidney'), `${source}: ${lit.join(', ')}`);
    }
  });

  test('a region on two offered chains passes tension along both', () => {
    const map = byRegion(propagate('pelvis', ['back-line', 'psoas-kidney']));
    assert.deepEqual(map.get('hamstrings')!.chains, ['back-line']);
    assert.deepEqual(map.get('psoas')!.chains, ['psoas-kidney']);
    assert.equal(map.get('psoas')!.from, 'pelvis');
    assert.equal(map.get('hamstrings')!.from, 'pelvis');
    // With only one of them on offer, the other's neighbours stay dark.
    assert.ok(!byRegion(propagate('pelvis', ['psoas-kidney'])).has('hamstrings'));
    assert.ok(!byRegion(propagate('pelvis', ['back-line'])).has('psoas'));
  });

  test('no chain on offer: only the source', () => {
    assert.deepEqual(propagate('calf', []).map((s) => s.region), ['calf']);
  });

  test('two chains linking the same two regions: the step names both, in the order offered', () => {
    const extra = { ...LINKS.find((l) => l.id === 'calf--hamstrings')!, id: 'calf--hamstrings--psoas-kidney', chain: 'psoas-kidney', transmission: 0.5 } as unknown as Link;
    const links = [...LINKS, extra];
    const both: ChainId[] = ['back-line', 'psoas-kidney'];
    const step = byRegion(propagate('calf', both, links)).get('hamstrings')!;
    assert.equal(step.link, 'calf--hamstrings', 'the stronger link carries the tension');
    assert.deepEqual(step.chains, both);
    assert.deepEqual(byRegion(propagate('calf', ['psoas-kidney'], links)).get('hamstrings')!.chains, ['psoas-kidney']);
  });
});
