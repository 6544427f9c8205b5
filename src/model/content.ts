/**
 * Content packs: validation, merging over the defaults, language resolution and
 * `{placeholder}` formatting. Pure TypeScript, no DOM, no dependencies: it ships
 * in the element's bundle. The JSON Schema in `src/content/body-chain-content.schema.json`
 * describes exactly what `validatePack` accepts; keep the two in step.
 */
import { CHAIN_IDS, LINK_IDS, REGION_IDS } from './graph.js';
import {
  CONTENT_VERSION,
  URGENCIES,
  type Caution,
  type ContentPack,
  type LocaleContent,
  type LocalePack,
  type RegionContent,
  type UiStrings,
} from './content-types.js';

/** Language keys of a pack: BCP-47-ish, lower-case primary subtag (`ja`, `en`, `pt-BR`, `zh-Hant`). */
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
/** Link hrefs: http(s) URLs, or relative ones (no scheme, no spaces or control characters). */
export const HREF_PATTERN = /^(?:https?:\/\/[^\s\x00-\x1f\x7f]+|(?![A-Za-z][A-Za-z0-9+.-]*:)[^\s\x00-\x1f\x7f]+)$/;
/** Longest string accepted anywhere in a pack (in characters, i.e. code points). */
export const MAX_STRING = 4000;
/** Longest href accepted. */
export const MAX_HREF = 2000;
/** Most items accepted in one list (causes, selfCare, links). */
export const MAX_ITEMS = 20;

// Records typed against the interfaces, so the compiler reports a missing or extra key.
const UI_KEY_SET: Record<keyof UiStrings, 1> = {
  label: 1, canvasAlt: 1, hint: 1, hintTouch: 1, inviteTouch: 1, invitePointer: 1,
  sheetExpand: 1, sheetCollapse: 1, legendTension: 1, legendGuarding: 1, overlayBladderMeridian: 1,
  pointStationHeading: 1, viewsLabel: 1, viewBack: 1, viewSide: 1, viewFront: 1,
  viewDeep: 1, resetView: 1, close: 1, chainsLabel: 1, connectionsHeading: 1, causesHeading: 1,
  selfCareHeading: 1, cautionHeading: 1, caution119: 1, cautionToday: 1, cautionSoon: 1, linksHeading: 1, disclaimer: 1, announceSelect: 1,
  announceClear: 1, loading: 1, errorWebgl: 1, errorModel: 1, errorContent: 1, errorRegion: 1,
  dismiss: 1, stepsLabel: 1, stepPrev: 1, stepNext: 1, stepPlay: 1, stepPause: 1, inkToggle: 1, inkUndo: 1,
  inkClear: 1, share: 1, shareHeading: 1, shareScan: 1, shareQrAlt: 1, shareCopy: 1, shareCopied: 1, shareSend: 1,
  sharePrivacy: 1, shareClose: 1, sharedFromClinic: 1,
};
export const UI_KEYS = Object.keys(UI_KEY_SET) as (keyof UiStrings)[];

type FieldKind = 'text' | 'list' | 'links' | 'cautions';
const REGION_FIELDS: Record<keyof RegionContent, FieldKind> = {
  title: 'text', structures: 'text', body: 'text', causes: 'list', selfCare: 'list',
  cautions: 'cautions', caution: 'text', links: 'links',
};
export const REGION_KEYS = Object.keys(REGION_FIELDS) as (keyof RegionContent)[];
const LOCALE_KEYS = ['ui', 'chains', 'regions', 'links'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const oneOf = (ids: readonly string[]) => `expected one of ${ids.join(', ')}`;

/**
 * Checks an untrusted content pack (already parsed from JSON) by hand. Versions 1 and 2 are
 * read the same way (version 2 only added `cautions`; a version-1 `caution` string stays valid).
 * Valid parts are kept, invalid ones dropped, each with an error naming its JSON path,
 * e.g. `ja.regions.calf.title: expected a non-empty string`. A pack that is not an object,
 * or whose `version` is invalid or newer than `CONTENT_VERSION`, is rejected whole.
 */
export function validatePack(input: unknown): { pack: ContentPack; errors: string[] } {
  const errors: string[] = [];
  const pack: ContentPack = {};
  const err = (path: string, msg: string) => errors.push(`${path}: ${msg}`);

  const text = (v: unknown, path: string, max = MAX_STRING): v is string => {
    if (typeof v !== 'string' || v.trim() === '') {
      err(path, 'expected a non-empty string');
      return false;
    }
    if (v.length > max && [...v].length > max) {
      err(path, `string longer than ${max} characters`);
      return false;
    }
    return true;
  };

  // Reads an object whose keys must come from `allowed`; calls `each` for the known ones.
  const members = (
    v: unknown,
    path: string,
    allowed: readonly string[],
    what: string,
    each: (key: string, value: unknown, path: string) => void,
  ): boolean => {
    if (!isObj(v)) {
      err(path, 'expected an object');
      return false;
    }
    for (const key of Object.keys(v)) {
      const p = `${path}.${key}`;
      if (!allowed.includes(key)) {
        const [x, y] = key.split('--');
        const hint = y && allowed.includes(`${y}--${x}`) ? ` (did you mean "${y}--${x}"?)` : '';
        err(p, `unknown ${what}${hint}; ${oneOf(allowed)}`);
      } else each(key, v[key], p);
    }
    return true;
  };

  const list = (v: unknown, path: string): string[] | undefined => {
    if (!Array.isArray(v)) return void err(path, 'expected an array of strings');
    if (v.length > MAX_ITEMS) err(path, `more than ${MAX_ITEMS} items; the rest are ignored`);
    return v.slice(0, MAX_ITEMS).filter((item, i) => text(item, `${path}[${i}]`));
  };

  const links = (v: unknown, path: string) => {
    if (!Array.isArray(v)) return void err(path, 'expected an array of { label, href } objects');
    if (v.length > MAX_ITEMS) err(path, `more than ${MAX_ITEMS} items; the rest are ignored`);
    const out: { label: string; href: string }[] = [];
    v.slice(0, MAX_ITEMS).forEach((item, i) => {
      const p = `${path}[${i}]`;
      const link: Obj = {};
      if (!members(item, p, ['label', 'href'], 'key', (k, x) => (link[k] = x))) return;
      let ok = true;
      if (!has(link, 'label')) ok = !!err(`${p}.label`, 'required') && false;
      else if (!text(link.label, `${p}.label`)) ok = false;
      if (!has(link, 'href')) ok = !!err(`${p}.href`, 'required') && false;
      else if (!text(link.href, `${p}.href`, MAX_HREF)) ok = false;
      else if (!HREF_PATTERN.test(link.href)) {
        err(`${p}.href`, 'expected an http(s) or relative URL without spaces (other schemes such as javascript: are not allowed)');
        ok = false;
      }
      if (ok) out.push({ label: link.label as string, href: link.href as string });
    });
    return out;
  };

  const cautions = (v: unknown, path: string): Caution[] | undefined => {
    if (!Array.isArray(v)) return void err(path, 'expected an array of { urgency, text } objects');
    if (v.length > MAX_ITEMS) err(path, `more than ${MAX_ITEMS} items; the rest are ignored`);
    const out: Caution[] = [];
    v.slice(0, MAX_ITEMS).forEach((item, i) => {
      const p = `${path}[${i}]`;
      const c: Obj = {};
      if (!members(item, p, ['urgency', 'text'], 'key', (k, x) => (c[k] = x))) return;
      let ok = true;
      if (!has(c, 'urgency')) ok = !!err(`${p}.urgency`, 'required') && false;
      else if (!(URGENCIES as readonly unknown[]).includes(c.urgency)) {
        err(`${p}.urgency`, `${oneOf(URGENCIES.map((u) => `"${u}"`))}`);
        ok = false;
      }
      if (!has(c, 'text')) ok = !!err(`${p}.text`, 'required') && false;
      else if (!text(c.text, `${p}.text`)) ok = false;
      if (ok) out.push({ urgency: c.urgency as Caution['urgency'], text: c.text as string });
    });
    return out;
  };

  const locale = (v: unknown, path: string): LocalePack | undefined => {
    const out: Obj = {};
    const ok = members(v, path, LOCALE_KEYS, 'key', (section, value, sp) => {
      const sec: Obj = {};
      if (section === 'ui') {
        members(value, sp, UI_KEYS, 'UI string', (k, s, kp) => {
          if (text(s, kp)) sec[k] = s;
        });
      } else if (section === 'chains') {
        members(value, sp, CHAIN_IDS, 'chain id', (id, c, cp) => {
          const chain: Obj = {};
          if (members(c, cp, ['title', 'summary'], 'key', (k, s, kp) => text(s, kp) && (chain[k] = s))) sec[id] = chain;
        });
      } else if (section === 'regions') {
        members(value, sp, REGION_IDS, 'region id', (id, r, rp) => {
          const region: Obj = {};
          const fine = members(r, rp, REGION_KEYS, 'key', (k, f, fp) => {
            const kind = REGION_FIELDS[k as keyof RegionContent];
            const val =
              kind === 'text' ? (text(f, fp) ? f : undefined)
              : kind === 'list' ? list(f, fp)
              : kind === 'cautions' ? cautions(f, fp)
              : links(f, fp);
            if (val !== undefined) region[k] = val;
          });
          if (fine) sec[id] = region;
        });
      } else {
        members(value, sp, LINK_IDS, 'link id', (id, l, lp) => {
          const link: Obj = {};
          if (members(l, lp, ['body'], 'key', (k, s, kp) => text(s, kp) && (link[k] = s))) sec[id] = link;
        });
      }
      if (isObj(value)) out[section] = sec;
    });
    return ok ? (out as LocalePack) : undefined;
  };

  if (!isObj(input)) {
    err('(root)', 'expected a JSON object');
    return { pack, errors };
  }
  if (has(input, 'version')) {
    const v = input.version;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      err('version', 'expected a positive integer; the pack was not used');
      return { pack: {}, errors };
    }
    if (v > CONTENT_VERSION) {
      err('version', `pack version ${v} is newer than this component supports (${CONTENT_VERSION}); the pack was not used`);
      return { pack: {}, errors };
    }
    pack.version = v;
  }
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (key === 'version') continue;
    if (key === '$schema') {
      if (typeof value === 'string') pack.$schema = value;
      else err('$schema', 'expected a string');
    } else if (!LANG_PATTERN.test(key)) {
      err(key, 'unknown key; expected "$schema", "version" or a language code such as "ja" or "en"');
    } else {
      const loc = locale(value, key);
      if (loc) pack[key] = loc;
    }
  }
  return { pack, errors };
}

/** Parses and validates the text of a content pack (e.g. a fetched JSON file). */
export function parsePack(text: string): { pack: ContentPack; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { pack: {}, errors: [`(root): invalid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  return validatePack(data);
}

function assign<T extends object>(base: T, over: Partial<T> | undefined): T {
  const out = { ...base };
  if (over) for (const [k, v] of Object.entries(over)) if (v !== undefined) (out as Obj)[k] = v;
  // Lists are replaced, not concatenated; copy them so nothing is shared with the inputs.
  for (const [k, v] of Object.entries(out)) {
    if (Array.isArray(v)) (out as Obj)[k] = v.map((x) => (isObj(x) ? { ...x } : x));
  }
  return out;
}

function mapRecord<K extends string, V>(rec: Record<K, V>, fn: (key: K, value: V) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const key of Object.keys(rec) as K[]) out[key] = fn(key, rec[key]);
  return out;
}

function mergeLocale(base: LocaleContent, p: LocalePack): LocaleContent {
  return {
    ui: assign(base.ui, p.ui),
    chains: mapRecord(base.chains, (id, c) => assign(c, p.chains?.[id])),
    regions: mapRecord(base.regions, (id, r) => assign(r, p.regions?.[id])),
    links: mapRecord(base.links, (id, l) => assign(l, p.links?.[id])),
  };
}

/**
 * Deep-merges a validated pack over the default content. Neither input is mutated.
 * A pack language without defaults is completed from its primary language if there is one
 * (`ja-JP` from `ja`), otherwise from English. Lists (causes, selfCare, cautions, links) are
 * replaced whole. A version-1 `caution` string is kept beside the default `cautions`, never
 * instead of them, so a pack cannot drop the graded warning signs by accident.
 */
export function mergeContent(
  base: Record<string, LocaleContent>,
  pack: ContentPack,
): Record<string, LocaleContent> {
  const out: Record<string, LocaleContent> = {};
  for (const lang of Object.keys(base)) out[lang] = mergeLocale(base[lang], {});
  for (const lang of Object.keys(pack)) {
    const p = pack[lang];
    if (!LANG_PATTERN.test(lang) || !isObj(p)) continue;
    const from = base[lang] ?? base[lang.split('-')[0]] ?? base.en ?? base.ja ?? Object.values(base)[0];
    if (from) out[lang] = mergeLocale(from, p as LocalePack);
  }
  return out;
}

/**
 * Picks the available language for a request such as `ja-JP`, `en`, `EN_us` or `pt-BR`:
 * exact match, then ever shorter prefixes (`zh-Hant-TW` → `zh-Hant` → `zh`), then another
 * variant of the same primary language; anything else falls back to `ja`.
 */
export function resolveLang(requested: string | null | undefined, available: string[]): string {
  const fallback = available.includes('ja') || available.length === 0 ? 'ja' : available[0];
  if (!requested) return fallback;
  const lower = available.map((a) => a.toLowerCase());
  const parts = requested.trim().replace(/_/g, '-').toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const i = lower.indexOf(parts.slice(0, n).join('-'));
    if (i >= 0) return available[i];
  }
  const i = lower.findIndex((a) => a.split('-')[0] === parts[0]);
  return i >= 0 ? available[i] : fallback;
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (has(values, name) ? values[name] : whole));
}

/** The `{name}` placeholders a template uses, e.g. `['region', 'list']`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]);
}
