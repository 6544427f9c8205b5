/**
 * Memory: the heap, the renderer's GPU resources and the WebGL contexts after load and after
 * insert/remove cycles; the WebGL contexts with four instances on one page.
 */
import type { Browser } from 'playwright-core';
import { gcHeap, gpuStats, heapSnapshot, open, waitForLoads } from '../lib/browser.js';
import { PHONE_MOUSE, sleep, type Kind } from '../lib/common.js';
import { MV_ATTRS } from '../lib/pages.js';

/** Past the element's 1 s disposal delay. */
export const DISPOSE_WAIT = 1200;

export async function memory(browser: Browser, origin: string, kind: Kind, cycles: number) {
  const { context, page: p, cdp } = await open(browser, origin, `/${kind}.html`, PHONE_MOUSE);
  try {
    await p.goto(`/${kind}.html`);
    await waitForLoads(p, 1);
    await sleep(1500);
    const heap = await gcHeap(cdp);
    const snapshot = await heapSnapshot(cdp);
    const stats = await gpuStats(p, kind);
    const contexts = await p.evaluate(() => (window as any).__bench.contextStats());
    let reinsert = 'same element';
    const series: number[] = []; // JS heap after GC, after each cycle's load
    let snapshotFirst: Awaited<ReturnType<typeof heapSnapshot>> | undefined;
    for (let i = 0; i < cycles; i++) {
      const loads = await p.evaluate(() => (window as any).__bench.loads as number);
      if (reinsert === 'same element') {
        await p.evaluate(() => {
          const el = document.querySelector('body-chain, model-viewer')!;
          (window as any).__el = el;
          el.remove();
        });
        await sleep(DISPOSE_WAIT);
        await p.evaluate(() => document.body.append((window as any).__el));
        try {
          await waitForLoads(p, loads + 1, kind === 'mv' && i === 0 ? 10_000 : 60_000);
          series.push(await gcHeap(cdp));
          if (i === 0) snapshotFirst = await heapSnapshot(cdp);
          continue;
        } catch (e) {
          if (kind !== 'mv' || i !== 0) throw e;
          // model-viewer shows a re-inserted element again without a new `load`: use new elements.
          reinsert = 'a new element each cycle (a re-inserted one fires no new load)';
        }
      }
      await p.evaluate(() => {
        document.querySelector('model-viewer')?.remove();
        (window as any).__el = null;
      });
      await sleep(DISPOSE_WAIT);
      const before = await p.evaluate(() => (window as any).__bench.loads as number);
      await p.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), `<model-viewer ${MV_ATTRS}></model-viewer>`);
      await waitForLoads(p, before + 1);
      series.push(await gcHeap(cdp));
      if (i === 0) snapshotFirst = await heapSnapshot(cdp);
    }
    await p.evaluate(() => ((window as any).__el = null));
    await sleep(1500);
    const heapAfter = await gcHeap(cdp);
    const snapshotAfter = await heapSnapshot(cdp);
    const statsAfter = await gpuStats(p, kind);
    const contextsAfter = await p.evaluate(() => (window as any).__bench.contextStats());
    return { heap, snapshot, stats, contexts, cycles, reinsert, series, snapshotFirst, heapAfter, snapshotAfter, statsAfter, contextsAfter };
  } finally {
    await context.close();
  }
}

export async function fourInstances(browser: Browser, origin: string, kind: Kind) {
  const { context, page: p } = await open(browser, origin, `/${kind}4.html`, PHONE_MOUSE);
  try {
    await p.goto(`/${kind}4.html`);
    await waitForLoads(p, 4);
    await sleep(500);
    return await p.evaluate(() => (window as any).__bench.contextStats());
  } finally {
    await context.close();
  }
}
