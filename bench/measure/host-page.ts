/**
 * The host's page (issue 13): Lighthouse (mobile, its default simulated throttling: 4× CPU,
 * slow 4G) on the clinic page with no 3D element, with ours and with model-viewer, in the
 * system Chromium; performance score, TBT, LCP, CLS, FCP and the long tasks each script caused.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import type { HostKind } from '../lib/host-pages.js';

export interface LongTask {
  /** The script the task is attributed to (Lighthouse's long-tasks audit), or 'other'. */
  url: string;
  start: number;
  duration: number;
}
export interface HostRun {
  score: number;
  tbt: number;
  lcp: number;
  fcp: number;
  cls: number;
  si: number;
  lcpElement: string;
  /** Long tasks (≥ 50 ms, as Lighthouse's simulation estimates them on its throttled CPU). */
  longTasks: LongTask[];
  /** Of those, the ones whose script is the element's (ours: /dist/, model-viewer: /mv/). */
  ownTasks: LongTask[];
}

/** One Lighthouse run of a URL in a fresh headless Chromium (chrome-launcher), performance category only. */
export async function lighthouseOnce(url: string, additionalTraceCategories: string[] = []): Promise<RunnerResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, additionalTraceCategories.length ? { extends: 'lighthouse:default', settings: { additionalTraceCategories: additionalTraceCategories.join(',') } } : undefined);
    if (!result) throw new Error('Lighthouse gave no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    await chrome.kill();
  }
}

/** The host page's figures from one Lighthouse run. */
export async function lighthouseRun(origin: string, kind: HostKind): Promise<HostRun> {
  const { lhr } = await lighthouseOnce(`${origin}/host-${kind}.html`);
  const audit = (id: string) => lhr.audits[id];
  type Item = { url?: string; startTime?: number; duration?: number };
  const items = ((audit('long-tasks')?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
  const longTasks = items.map((t) => ({ url: shortUrl(t.url ?? 'other'), start: Math.round(t.startTime ?? 0), duration: Math.round(t.duration ?? 0) }));
  const own = kind === 'ours' || kind === 'reveal' ? /\/dist\// : kind === 'mv' ? /\/mv\// : /^$/;
  const lcpItems = (audit('largest-contentful-paint-element')?.details as { items?: { items?: { node?: { nodeLabel?: string; selector?: string } }[] }[] } | undefined)?.items;
  const node = lcpItems?.[0]?.items?.[0]?.node;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    tbt: audit('total-blocking-time').numericValue ?? NaN,
    lcp: audit('largest-contentful-paint').numericValue ?? NaN,
    fcp: audit('first-contentful-paint').numericValue ?? NaN,
    cls: audit('cumulative-layout-shift').numericValue ?? NaN,
    si: audit('speed-index').numericValue ?? NaN,
    lcpElement: node ? `${node.selector ?? ''}${node.nodeLabel ? ` (“${node.nodeLabel.slice(0, 24)}”)` : ''}` : '?',
    longTasks,
    ownTasks: longTasks.filter((t) => own.test(t.url)),
  };
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return url;
  }
}
