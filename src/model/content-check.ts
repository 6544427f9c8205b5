/**
 * The content checker: reads a content pack as a clinic wrote it and reports, per string with
 * its JSON path, what would be shown wrongly or could break Japanese advertising rules:
 * format errors (from `validatePack`), promises of cure or effect, guarantees, superlatives,
 * testimonials, fear appeals, offers, treatment methods, the clinics' explanatory models
 * without their label, missing or misgraded warning signs, stretches without position or
 * dose, and texts too long for a phone. Every finding is explained in Japanese and English
 * and links to its rule (`content-rules.ts`, `docs/content.md`).
 *
 * Pure TypeScript with no DOM and no Node APIs, so the same code runs in the tests, in the
 * command line tool (`bin/body-chain.mjs`) and on the demo page (`demo/check.html`). It is not
 * part of the element's bundle.
 */
import { parsePack, validatePack } from './content.js';
import { MODEL_LABEL, URGENCIES, type Caution, type ContentPack, type LocalePack } from './content-types.js';
import {
  GRADE_SIGNS,
  LABEL_CORE,
  LABEL_VARIANTS,
  MODEL_TRIGGERS,
  PATTERNS,
  RULES,
  RULES_DOC,
  type RuleId,
  type Severity,
} from './content-rules.js';

export { MODEL_LABEL, RULES, type RuleId, type Severity };

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** JSON path of the string, e.g. `ja.regions.calf.selfCare[0]`, or `(root)`. */
  path: string;
  /** What triggered it: the words found (with a little context) or the format error. */
  detail: string;
  title: { ja: string; en: string };
  why: { ja: string; en: string };
  /** The rule's section in docs/content.md, then the laws it rests on. */
  links: string[];
}

export interface CheckReport {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** True when there is no error (warnings and notices do not fail a pack). */
  ok: boolean;
}

export interface CheckOptions {
  /**
   * Treat every language in the pack as complete, as the default content is: every region
   * must then carry graded cautions. Off by default, because a clinic's pack usually changes
   * a few texts and keeps the default warning signs.
   */
  complete?: boolean;
}

/** Paragraph and list-item limits (characters), and the limit for one region's texts. */
export const LIMITS = {
  ja: { paragraph: 160, item: 180, panel: 800, invite: 14 },
  en: { paragraph: 400, item: 450, panel: 2000, invite: 28 },
} as const;

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
const len = (s: string) => [...s].length;
const limitsFor = (s: string) => (CJK.test(s) ? LIMITS.ja : LIMITS.en);

/** Parses and checks the text of a pack (a JSON file as a clinic wrote it). */
export function checkPackText(text: string, options: CheckOptions = {}): CheckReport {
  const { errors } = parsePack(text);
  if (errors.length === 1 && errors[0].startsWith('(root): invalid JSON')) {
    return report([finding('schema', '(root)', errors[0].replace(/^\(root\): /, ''))]);
  }
  return checkPack(JSON.parse(text.replace(/^\uFEFF/, '')), options);
}

/** Checks a parsed pack. */
export function checkPack(input: unknown, options: CheckOptions = {}): CheckReport {
  const out: Finding[] = [];
  const { pack, errors } = validatePack(input);
  for (const e of errors) {
    const i = e.indexOf(': ');
    out.push(finding('schema', i > 0 ? e.slice(0, i) : '(root)', i > 0 ? e.slice(i + 2) : e));
  }
  let usesCautions = false;
  for (const [lang, value] of Object.entries(pack)) {
    if (lang === 'version' || lang === '$schema' || typeof value !== 'object' || !value) continue;
    usesCautions = checkLocale(lang, value as LocalePack, options, out) || usesCautions;
  }
  if (usesCautions && (pack.version ?? 1) < 2) {
    out.push(finding('version', 'version', pack.version === undefined ? '(no version)' : `version ${pack.version}`));
  }
  return report(out);
}

function report(findings: Finding[]): CheckReport {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings, counts, ok: counts.error === 0 };
}

function finding(rule: RuleId, path: string, detail: string): Finding {
  const r = RULES[rule];
  const laws = 'laws' in r ? [...r.laws] : [];
  return { rule, severity: r.severity, path, detail, title: r.title, why: r.why, links: [`${RULES_DOC}#${rule}`, ...laws] };
}

/** Returns true if the locale uses graded cautions. */
function checkLocale(lang: string, loc: LocalePack, options: CheckOptions, out: Finding[]): boolean {
  const hasDefaults = /^(ja|en)(-|$)/.test(lang);
  let usesCautions = false;

  for (const [key, s] of Object.entries(loc.ui ?? {})) {
    if (typeof s !== 'string') continue;
    const path = `${lang}.ui.${key}`;
    checkText(s, path, out);
    const needs = key === 'announceSelect' ? ['{region}', '{list}'] : key === 'errorRegion' ? ['{id}'] : [];
    const missing = needs.filter((p) => !s.includes(p));
    if (missing.length) out.push(finding('placeholder', path, missing.join(' ')));
    if ((key === 'inviteTouch' || key === 'invitePointer') && len(s) > limitsFor(s).invite) {
      out.push(finding('ui-length', path, `${len(s)} / ${limitsFor(s).invite}`));
    }
  }
  for (const [id, chain] of Object.entries(loc.chains ?? {})) {
    for (const [key, s] of Object.entries(chain ?? {})) {
      if (typeof s === 'string') checkProse(s, `${lang}.chains.${id}.${key}`, out);
    }
  }
  for (const [id, link] of Object.entries(loc.links ?? {})) {
    if (typeof link?.body === 'string') checkProse(link.body, `${lang}.links.${id}.body`, out);
  }
  for (const [id, region] of Object.entries(loc.regions ?? {})) {
    if (!region) continue;
    const base = `${lang}.regions.${id}`;
    const panel: string[] = [];
    for (const key of ['title', 'structures'] as const) if (region[key]) checkText(region[key]!, `${base}.${key}`, out);
    if (region.body) {
      checkProse(region.body, `${base}.body`, out);
      panel.push(region.body);
    }
    for (const key of ['causes', 'selfCare'] as const) {
      region[key]?.forEach((item, i) => {
        checkItem(item, `${base}.${key}[${i}]`, out);
        if (key === 'selfCare') checkExercise(item, `${base}.${key}[${i}]`, out);
        panel.push(item);
      });
    }
    region.links?.forEach((l, i) => checkText(l.label, `${base}.links[${i}].label`, out));
    if (region.cautions) {
      usesCautions = true;
      if (region.cautions.length === 0) out.push(finding('caution-missing', `${base}.cautions`, '[]'));
      region.cautions.forEach((c, i) => {
        checkItem(c.text, `${base}.cautions[${i}].text`, out);
        checkGrade(c, `${base}.cautions[${i}]`, out);
        panel.push(c.text);
      });
    }
    if (region.caution) {
      checkProse(region.caution, `${base}.caution`, out);
      out.push(finding('caution-legacy', `${base}.caution`, excerpt(region.caution, 0, 0)));
      panel.push(region.caution);
    }
    const hasSigns = (region.cautions?.length ?? 0) > 0 || !!region.caution;
    if (!hasSigns && !region.cautions) {
      if (options.complete) out.push(finding('caution-missing', `${base}.cautions`, '(none)'));
      else if (!hasDefaults && (region.body || region.selfCare)) {
        out.push(finding('caution-missing', `${base}.cautions`, `(none: the ${lang} panel would show the English signs)`));
      }
    }
    const total = panel.reduce((n, s) => n + len(s), 0);
    const limit = limitsFor(panel.join('')).panel;
    if (total > limit) out.push(finding('panel-long', base, `${total} / ${limit}`));
  }
  return usesCautions;
}

/** Long texts: every text rule, then paragraph length. */
function checkProse(s: string, path: string, out: Finding[]): void {
  checkText(s, path, out);
  const limit = limitsFor(s).paragraph;
  s.split(/\n\s*\n/).forEach((p, i, all) => {
    const n = len(p.trim());
    if (n > limit) out.push(finding('paragraph-long', path, `${all.length > 1 ? `paragraph ${i + 1}: ` : ''}${n} / ${limit}`));
  });
}

/** List items: every text rule, then item length. */
function checkItem(s: string, path: string, out: Finding[]): void {
  checkText(s, path, out);
  const limit = limitsFor(s).item;
  if (len(s) > limit) out.push(finding('paragraph-long', path, `${len(s)} / ${limit}`));
}

/** Phrase rules, the explanatory-model label and HTML. */
function checkText(s: string, path: string, out: Finding[]): void {
  for (const [rule, patterns] of Object.entries(PATTERNS) as [RuleId, RegExp[]][]) {
    const hits: string[] = [];
    for (const re of patterns) {
      const m = re.exec(s);
      if (m) hits.push(excerpt(s, m.index, m[0].length));
    }
    if (hits.length) out.push(finding(rule, path, [...new Set(hits)].join(' / ')));
  }
  const labelled = s.includes(LABEL_CORE.ja) || s.includes(LABEL_CORE.en);
  if (!labelled) {
    const m = MODEL_TRIGGERS.map((re) => re.exec(s)).find((x) => x);
    if (m) out.push(finding('model-unlabelled', path, excerpt(s, m.index, m[0].length)));
    const v = LABEL_VARIANTS.map((re) => re.exec(s)).find((x) => x);
    if (v) out.push(finding('model-label-variant', path, excerpt(s, v.index, v[0].length)));
  }
  const tag = /<\/?[a-z][^>]*>/i.exec(s);
  if (tag) out.push(finding('markup', path, excerpt(s, tag.index, tag[0].length)));
}

const EXERCISE = /^[^。：:.]{1,28}[：:]|ストレッチ|\bstretch(es)?\b/i;
const STRETCH = /伸ば|ストレッチ|stretch/i;
const REPEATS = /[0-9０-９一二三四五六七八九十]+\s*回|\b\d+ times\b|\b(once|twice)\b/i;
const HOLD = /[0-9０-９]+\s*秒|\bseconds?\b/i;
const POSITION = /座|腰かけ|立|寝|あお向け|うつ伏せ|ひざ|膝|椅子|いす|床|\bsit|\bstand|\blie\b|\blying\b|\bkneel|\bchair\b|\bfloor\b/i;

/** Self-care that reads as an exercise needs a starting position, a hold time (stretches) and repeats. */
function checkExercise(s: string, path: string, out: Finding[]): void {
  if (!EXERCISE.test(s)) return;
  const missing: string[] = [];
  if (!POSITION.test(s)) missing.push('start position / 始める姿勢');
  if (STRETCH.test(s) && !HOLD.test(s)) missing.push('hold time / 保つ秒数');
  if (!REPEATS.test(s)) missing.push('repeats / 回数');
  if (missing.length) out.push(finding('selfcare-dose', path, `missing: ${missing.join(', ')}`));
}

/** A caution naming a 119 or same-day sign must not be graded lower. */
function checkGrade(c: Caution, path: string, out: Finding[]): void {
  for (const { urgency, pattern } of GRADE_SIGNS) {
    const m = pattern.exec(c.text);
    if (m && URGENCIES.indexOf(c.urgency) > URGENCIES.indexOf(urgency)) {
      out.push(finding('caution-grade', `${path}.urgency`, `"${c.urgency}" → "${urgency}": ${excerpt(c.text, m.index, m[0].length)}`));
      return;
    }
  }
}

function excerpt(s: string, index: number, length: number): string {
  const flat = s.replace(/\s+/g, ' ');
  const from = Math.max(0, index - 14);
  const to = Math.min(flat.length, index + length + 14);
  return `${from > 0 ? '…' : ''}${flat.slice(from, to)}${to < flat.length ? '…' : ''}`;
}

/** A plain-text report, for the command line. `lang` picks the explanations shown. */
export function formatReport(result: CheckReport, lang: 'ja' | 'en' | 'both' = 'both'): string {
  const { error, warning, notice } = result.counts;
  const lines = [
    `${error} error(s), ${warning} warning(s), ${notice} notice(s)` +
      (lang !== 'en' ? ` ／ エラー ${error}件・警告 ${warning}件・お知らせ ${notice}件` : ''),
  ];
  const order: Severity[] = ['error', 'warning', 'notice'];
  const sorted = [...result.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  for (const f of sorted) {
    lines.push('', `${f.severity.toUpperCase()}  ${f.path}  [${f.rule}]`, `  ${f.detail}`);
    if (lang !== 'en') lines.push(`  ${f.title.ja}：${f.why.ja}`);
    if (lang !== 'ja') lines.push(`  ${f.title.en}: ${f.why.en}`);
    lines.push(`  → ${f.links.join('  ')}`);
  }
  if (!result.findings.length) lines.push('', lang === 'en' ? 'No findings.' : '指摘はありません。 No findings.');
  return lines.join('\n');
}

export type { ContentPack };
