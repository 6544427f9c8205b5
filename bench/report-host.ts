/**
 * The host-page part of the report (issue 13): Lighthouse on the clinic page with no 3D
 * element, with ours and with model-viewer; the longest tasks from navigation to the first
 * frame on the 4× throttled phone. Figures and method only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, ROOT } from './lib/common.js';
import { HOST_KINDS, HOST_LABEL, type HostKind } from './lib/host-pages.js';
import type { HostRun } from './measure/host-page.js';
import type { TaskProfile } from './measure/long-tasks.js';

export interface HostResults {
  host?: Record<HostKind, HostRun[]>;
  tasks?: TaskProfile[];
}

export function hostReport({ host, tasks }: HostResults): { table: string; targets: { name: string; ok: boolean; detail: string }[]; method: string } {
  const rows: string[][] = [];
  const targets: { name: string; ok: boolean; detail: string }[] = [];
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  if (host && host.ours.length) {
    const med = (kind: HostKind, f: (r: HostRun) => number) => median(host[kind].map(f));
    const each = (kind: HostKind, f: (r: HostRun) => number, fmt = (x: number) => x.toFixed(0)) => host[kind].map((r) => fmt(f(r))).join(', ');
    const row = (label: string, f: (r: HostRun) => number, fmt: (x: number) => string, target = '') =>
      rows.push([label, ...HOST_KINDS.map((k) => `${fmt(med(k, f))} (${each(k, f, (x) => fmt(x).replace(/ ms$/, ''))})`), target]);
    const score = med('ours', (r) => r.score), none = med('none', (r) => r.score), tbt = med('ours', (r) => r.tbt), cls = med('ours', (r) => r.cls);
    row('Lighthouse performance score', (r) => r.score, (x) => x.toFixed(0), `≥ 95, ≥ no element − 3: ${verdict(score >= 95 && score >= none - 3)}`);
    row('Total blocking time', (r) => r.tbt, ms, `≤ 150 ms ${verdict(tbt <= 150)}`);
    row('Largest contentful paint', (r) => r.lcp, ms);
    row('First contentful paint', (r) => r.fcp, ms);
    row('Speed index', (r) => r.si, ms);
    row('Cumulative layout shift', (r) => r.cls, (x) => x.toFixed(3), `0 ${verdict(cls === 0)}`);
    row('Long tasks of the element\'s scripts (count)', (r) => r.ownTasks.length, (x) => x.toFixed(0));
    row('  their total', (r) => r.ownTasks.reduce((s, t) => s + t.duration, 0), ms);
    row('  the longest', (r) => Math.max(0, ...r.ownTasks.map((t) => t.duration)), ms);
    row('Long tasks of the page (all, count)', (r) => r.longTasks.length, (x) => x.toFixed(0));
    rows.push(['LCP element (first run)', ...HOST_KINDS.map((k) => host[k][0]?.lcpElement ?? '?'), '']);
    targets.push({ name: 'Host page: Lighthouse mobile performance ≥ 95 and within 3 points of the page without the element', ok: score >= 95 && score >= none - 3, detail: `${score} (without: ${none}; model-viewer: ${med('mv', (r) => r.score)})` });
    targets.push({ name: 'Host page: total blocking time ≤ 150 ms', ok: tbt <= 150, detail: `${ms(tbt)} (without: ${ms(med('none', (r) => r.tbt))}; model-viewer: ${ms(med('mv', (r) => r.tbt))})` });
    targets.push({ name: 'Host page: cumulative layout shift 0', ok: cls === 0, detail: cls.toFixed(3) });
  }
  const taskRows: string[][] = [];
  if (tasks && tasks.length) {
    const longest = (t: TaskProfile, key: 'toFirst' | 'toFull') => t[key][0]?.duration ?? 0;
    const l1 = median(tasks.map((t) => longest(t, 'toFirst')));
    const l2 = median(tasks.map((t) => longest(t, 'toFull')));
    const over = (t: TaskProfile) => t.toFirst.filter((x) => x.duration > 50);
    taskRows.push(['Longest main-thread task, navigation → first frame', `${ms(l1)} (${tasks.map((t) => longest(t, 'toFirst')).join(', ')})`, `≤ 50 ms ${verdict(l1 <= 50)}`]);
    taskRows.push(['  tasks over 50 ms before the first frame: count / total', `${median(tasks.map((t) => over(t).length))} / ${ms(median(tasks.map((t) => over(t).reduce((s, x) => s + x.duration, 0))))}`, '']);
    taskRows.push(['  first frame at (same runs)', `${ms(median(tasks.map((t) => t.firstFrame)))} (${tasks.map((t) => t.firstFrame.toFixed(0)).join(', ')})`, '']);
    taskRows.push(['Longest task, first frame → full body drawn', `${ms(l2)} (${tasks.map((t) => longest(t, 'toFull')).join(', ')})`, '']);
    const mid = [...tasks].sort((a, b) => longest(a, 'toFirst') - longest(b, 'toFirst'))[Math.floor((tasks.length - 1) / 2)];
    mid.toFirst.slice(0, 5).forEach((t, i) => taskRows.push([`  ${i ? '' : 'median run, longest: '}${t.duration} ms at ${t.start} ms`, t.what, '']));
    targets.push({ name: 'Longest task of ours, navigation → first frame, 4× CPU ≤ 50 ms', ok: l1 <= 50, detail: `${ms(l1)}: ${mid.toFirst[0]?.what ?? ''}` });
  }
  const table = (head: string[], body: string[][]) => {
    if (!body.length) return '';
    const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => (r[i] ?? '').length)));
    const line = (r: string[]) => `| ${r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
    return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
  };
  const runs = host ? host.ours.length : 0;
  return {
    table: [
      table([`Host page, Lighthouse mobile (median of ${runs}; each run in brackets)`, ...HOST_KINDS.map((k) => HOST_LABEL[k]), 'target'], rows),
      table([`Start-up tasks of <body-chain>, phone, 4× CPU (${tasks?.length ?? 0} runs)`, 'figure', 'target'], taskRows),
    ]
      .filter(Boolean)
      .join('\n\n'),
    targets,
    method:
      `- **Host page**: Lighthouse ${lighthouseVersion()} (the \`lighthouse\` package, performance category, its default mobile settings: simulated throttling of 4× CPU and slow 4G, Moto G Power screen) in the system Chromium launched headless by chrome-launcher with the bench's flags, a new browser per run, on a clinic-like page served gzip by the bench's server: a heading, a paragraph, the 3D element in the first screen, then more text; the same page with no 3D element, with \`<body-chain>\` (loaded as the README says, by the page script \`body-chain.js\`; defaults: \`loading="auto"\`, \`reveal="auto"\`) and with \`<model-viewer>\` on the same \`body.glb\` (its defaults). The page's own CSS holds the element's place before it is defined (the README's rule). Pages alternate; median of ${runs}. Long tasks are Lighthouse's \`long-tasks\` audit (its estimate of each task on the throttled CPU), attributed to a script by URL: ours are those of \`/dist/\`, model-viewer's those of \`/mv/\`.\n` +
      `- **Start-up tasks**: the first-frame page (one element filling the phone viewport, 4× CPU through \`Emulation.setCPUThrottlingRate\`, no network throttling) traced with Chromium's \`devtools.timeline\` categories; the renderer main thread's top-level tasks (\`RunTask\`), except the navigation's own (committing it, before any script) and the harness's (scripts evaluated through the DevTools protocol, without a URL: Playwright's injected script and the bench's recorder), from navigation start to the first \`load\` (the preview drawn) and on to the full body's \`load\`. Each task is described by the script and function that started it and the biggest parts of its own work (for instance \`GLES2Implementation::…\` and \`ImplementationBase::WaitForCmd\`: waiting on the GPU process, which here is SwiftShader on the same two cores).`,
  };
}

function lighthouseVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '12';
  }
}
