import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { DEFAULT_CONTENT } from '../../src/content/index.js';
import {
  HREF_PATTERN,
  LANG_PATTERN,
  MAX_HREF,
  MAX_ITEMS,
  MAX_STRING,
  REGION_KEYS,
  UI_KEYS,
  format,
  mergeContent,
  parsePack,
  placeholders,
  resolveLang,
  validatePack,
} from '../../src/model/content.js';
import { checkPack } from '../../src/model/content-check.js';
import { CONTENT_VERSION, LANGS, MODEL_LABEL, URGENCIES, type LocaleContent } from '../../src/model/content-types.js';
import { CHAIN_IDS, LINK_IDS, REGION_IDS, type RegionId } from '../../src/model/graph.js';
import { REGIONS } from '../../src/model/atlas.js';

const schema = JSON.parse(
  readFileSync(new URL('../../src/content/body-chain-content.schema.json', import.meta.url), 'utf8'),
);

/** Every string in a locale, with a path, for the phrase checks. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  }
  return out;
}

const nonEmpty = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

describe('default content: completeness', () => {
  for (const lang of LANGS) {
    const c: LocaleContent = DEFAULT_CONTENT[lang];

    test(`${lang}: every UI string is present and non-empty`, () => {
      for (const key of UI_KEYS) assert.ok(nonEmpty(c.ui[key]), `${lang}.ui.${key}`);
      assert.deepEqual(Object.keys(c.ui).sort(), [...UI_KEYS].sort());
    });

    test(`${lang}: every chain has a title and summary`, () => {
      assert.deepEqual(Object.keys(c.chains).sort(), [...CHAIN_IDS].sort());
      for (const id of CHAIN_IDS) {
        assert.ok(nonEmpty(c.chains[id].title), `${lang}.chains.${id}.title`);
        assert.ok(nonEmpty(c.chains[id].summary), `${lang}.chains.${id}.summary`);
      }
    });

    test(`${lang}: every region has title, structures, body and graded cautions; lists are non-empty strings`, () => {
      assert.deepEqual(Object.keys(c.regions).sort(), [...REGION_IDS].sort());
      for (const id of REGION_IDS) {
        const r = c.regions[id];
        for (const f of ['title', 'structures', 'body'] as const) {
          assert.ok(nonEmpty(r[f]), `${lang}.regions.${id}.${f}`);
        }
        for (const f of ['causes', 'selfCare'] as const) {
          for (const [i, item] of (r[f] ?? []).entries()) assert.ok(nonEmpty(item), `${lang}.regions.${id}.${f}[${i}]`);
        }
        // The kidney is an organ, a point a place: no "habits that stiffen it" list.
        if (id !== 'kidney' && REGIONS[id].kind !== 'point') assert.ok((r.causes ?? []).length > 0, `${lang}.regions.${id}.causes`);
        assert.ok((r.cautions ?? []).length > 0, `${lang}.regions.${id}.cautions`);
        for (const [i, w] of (r.cautions ?? []).entries()) {
          assert.ok(URGENCIES.includes(w.urgency) && nonEmpty(w.text), `${lang}.regions.${id}.cautions[${i}]`);
        }
        assert.equal(r.caution, undefined, `${lang}.regions.${id}.caution is the version-1 field`);
      }
    });

    test(`${lang}: every link has a body`, () => {
      assert.deepEqual(Object.keys(c.links).sort(), [...LINK_IDS].sort());
      for (const id of LINK_IDS) assert.ok(nonEmpty(c.links[id].body), `${lang}.links.${id}`);
    });

    test(`${lang}: the default content passes the pack validator unchanged`, () => {
      const { pack, errors } = validatePack({ version: CONTENT_VERSION, [lang]: c });
      assert.deepEqual(errors, []);
      assert.deepEqual(pack[lang], c);
    });

    test(`${lang}: bodies have at most 4 short paragraphs`, () => {
      for (const [path, text] of strings(c, lang)) {
        if (!/\.(body|summary)$/.test(path)) continue;
        const paragraphs = text.split('\n\n');
        assert.ok(paragraphs.length <= 4, `${path}: ${paragraphs.length} paragraphs`);
        for (const p of paragraphs) assert.equal(p.trim(), p, `${path}: stray whitespace`);
      }
    });
  }

  test('templates: every placeholder in the ja text is also in the en text, and vice versa', () => {
    for (const key of UI_KEYS) {
      const jaP = placeholders(DEFAULT_CONTENT.ja.ui[key]).sort();
      const enP = placeholders(DEFAULT_CONTENT.en.ui[key]).sort();
      assert.deepEqual(enP, jaP, `ui.${key}`);
    }
    assert.deepEqual(placeholders(DEFAULT_CONTENT.ja.ui.announceSelect).sort(), ['list', 'region']);
    assert.deepEqual(placeholders(DEFAULT_CONTENT.ja.ui.errorRegion), ['id']);
  });

  test('ja texts are in Japanese, en texts are not', () => {
    const kana = /[\u3040-\u30ff]/;
    for (const [path, text] of strings(DEFAULT_CONTENT.ja, 'ja')) {
      if (/\.urgency$/.test(path)) continue; // "119" | "today" | "soon": keys, not text
      assert.match(text, /[\u3040-\u30ff\u4e00-\u9fff]/, path);
    }
    for (const [path, text] of strings(DEFAULT_CONTENT.en, 'en')) assert.doesNotMatch(text, kana, path);
  });
});

describe('default content: safety wording', () => {
  test('the default packs pass the content checker with no finding at all (errors, warnings or notices)', () => {
    const report = checkPack({ version: CONTENT_VERSION, ja: DEFAULT_CONTENT.ja, en: DEFAULT_CONTENT.en }, { complete: true });
    assert.deepEqual(
      report.findings.map((f) => `${f.severity} ${f.path} [${f.rule}] ${f.detail}`),
      [],
    );
  });

  test('the clinics\' models carry the one label, word for word, and no other wording of it', () => {
    const ja = DEFAULT_CONTENT.ja;
    const en = DEFAULT_CONTENT.en;
    const labelled = [
      ['chains', 'psoas-kidney', 'summary'], ['links', 'psoas--kidney', 'body'], ['regions', 'psoas', 'body'],
      ['regions', 'kidney', 'body'], ['regions', 'pelvis', 'body'], ['regions', 'hamstrings', 'body'],
    ] as const;
    for (const [section, id, key] of labelled) {
      const get = (c: LocaleContent) => (c[section] as unknown as Record<string, Record<string, string>>)[id][key];
      assert.ok(get(ja).includes(MODEL_LABEL.ja), `ja.${section}.${id}.${key}`);
      assert.ok(get(en).includes(MODEL_LABEL.en), `en.${section}.${id}.${key}`);
    }
    for (const lang of LANGS) {
      for (const [path, text] of strings(DEFAULT_CONTENT[lang], lang)) {
        assert.doesNotMatch(text, /証明された|説明のモデル|施術院の説明|explanatory model|not a proven/, path);
      }
    }
  });

  test('texts mentioning cerebrospinal fluid, brain fatigue or a reflex carry the label', () => {
    for (const lang of LANGS) {
      for (const [path, text] of strings(DEFAULT_CONTENT[lang], lang)) {
        if (!/脳脊髄液|脳疲労|反射|cerebrospinal|brain fatigue|reflex/i.test(text)) continue;
        assert.ok(text.includes(MODEL_LABEL[lang]), path);
      }
    }
  });

  const signs = (lang: 'ja' | 'en', id: RegionId, urgency: string) =>
    (DEFAULT_CONTENT[lang].regions[id].cautions ?? []).filter((c) => c.urgency === urgency).map((c) => c.text).join(' ');

  test('red flags: each region carries its own, graded as in issue 9', () => {
    // 119
    assert.match(signs('ja', 'skull', '119'), /ろれつ/);
    assert.match(signs('en', 'skull', '119'), /slurred/);
    assert.match(signs('ja', 'calf', '119'), /胸の痛み/);
    assert.match(signs('en', 'calf', '119'), /Chest pain/);
    for (const id of ['erector-spinae', 'psoas', 'kidney'] as const) {
      assert.match(signs('ja', id, '119'), /裂ける/, id);
      assert.match(signs('en', id, '119'), /tearing/, id);
    }
    // today
    for (const id of ['hamstrings', 'pelvis', 'erector-spinae', 'psoas'] as const) {
      assert.match(signs('ja', id, 'today'), /股のあいだ.*両脚.*尿/, id);
      assert.match(signs('en', id, 'today'), /between the legs.*both legs.*urine/, id);
    }
    assert.match(signs('ja', 'kidney', 'today'), /波のように.*熱があり/);
    assert.match(signs('en', 'kidney', 'today'), /in waves.*fever/);
    assert.match(signs('ja', 'calf', 'today'), /片方のふくらはぎ/);
    assert.match(signs('en', 'calf', 'today'), /One calf/);
    // soon
    assert.match(signs('ja', 'erector-spinae', 'soon'), /体重.*がん.*50歳.*ステロイド.*転/);
    assert.match(signs('en', 'erector-spinae', 'soon'), /weight.*cancer.*50.*steroid.*fall/);
    assert.match(signs('ja', 'pelvis', 'soon'), /妊娠/);
    assert.match(signs('ja', 'sole', 'soon'), /糖尿病/);
    assert.match(signs('en', 'sole', 'soon'), /diabetes/);
    assert.match(signs('ja', 'kidney', 'soon'), /尿に血/);
    assert.match(signs('en', 'kidney', 'soon'), /Blood in your urine/);
    // The same sign is worded the same way wherever it appears.
    for (const lang of LANGS) {
      const seen = new Map<string, string>();
      for (const id of REGION_IDS) {
        for (const c of DEFAULT_CONTENT[lang].regions[id].cautions ?? []) {
          const prev = seen.get(c.text);
          assert.ok(!prev || prev === c.urgency, `${lang}: 「${c.text}」 graded twice`);
          seen.set(c.text, c.urgency);
        }
      }
    }
  });

  test('ja and en carry the same signs with the same urgency in every region', () => {
    for (const id of REGION_IDS) {
      const u = (lang: 'ja' | 'en') => (DEFAULT_CONTENT[lang].regions[id].cautions ?? []).map((c) => c.urgency);
      assert.deepEqual(u('en'), u('ja'), id);
    }
  });

  test('pelvis explains stability before release; the disclaimer says results vary and it is not a diagnosis', () => {
    assert.match(DEFAULT_CONTENT.ja.regions.pelvis.body, /安定が先/);
    assert.match(DEFAULT_CONTENT.en.regions.pelvis.body, /stability should come first/);
    assert.match(DEFAULT_CONTENT.ja.ui.disclaimer, /個人差/);
    assert.match(DEFAULT_CONTENT.ja.ui.disclaimer, /診断ではありません/);
    assert.match(DEFAULT_CONTENT.ja.ui.disclaimer, /医師/);
    assert.match(DEFAULT_CONTENT.en.ui.disclaimer, /not a diagnosis/);
    assert.match(DEFAULT_CONTENT.en.ui.disclaimer, /doctor/);
  });

  test('one term per thing: 脊柱起立筋, never 背骨沿いの筋肉 or a bare 起立筋', () => {
    for (const [path, text] of strings(DEFAULT_CONTENT.ja, 'ja')) {
      assert.doesNotMatch(text, /背骨沿いの筋肉|(?<!脊柱)起立筋/, path);
    }
  });

  test('the interface does not say tension travels to every region', () => {
    assert.doesNotMatch(DEFAULT_CONTENT.ja.ui.announceSelect, /張り/);
    assert.doesNotMatch(DEFAULT_CONTENT.en.ui.announceSelect, /[Tt]ension/);
    assert.doesNotMatch(DEFAULT_CONTENT.ja.ui.canvasAlt, /張り/);
    assert.doesNotMatch(DEFAULT_CONTENT.en.ui.canvasAlt, /tension/);
  });

  test('the on-stage invitations stay short (≤ 14 characters in Japanese)', () => {
    for (const key of ['inviteTouch', 'invitePointer'] as const) {
      assert.ok([...DEFAULT_CONTENT.ja.ui[key]].length <= 14, key);
    }
  });
});

describe('validatePack', () => {
  test('an empty pack is valid', () => {
    assert.deepEqual(validatePack({}), { pack: {}, errors: [] });
  });

  test('a valid partial pack is kept as it is', () => {
    const input = {
      $schema: './body-chain-content.schema.json',
      version: 1,
      ja: {
        ui: { hint: '体を回して見てください。' },
        chains: { 'back-line': { title: 'バックライン' } },
        regions: {
          calf: {
            title: 'ふくらはぎ(下腿三頭筋)',
            selfCare: ['ゆっくり伸ばします。'],
            links: [
              { label: '当院の施術', href: 'https://example.jp/menu' },
              { label: 'アクセス', href: '/access.html' },
              { label: '料金', href: 'price.html#calf' },
            ],
          },
        },
        links: { 'psoas--kidney': { body: '当院での説明です。' } },
      },
      'pt-BR': { ui: { close: 'Fechar' } },
    };
    const { pack, errors } = validatePack(input);
    assert.deepEqual(errors, []);
    assert.deepEqual(pack, input);
  });

  test('input that is not an object is rejected', () => {
    for (const bad of [null, 1, 'x', [], true]) {
      const { pack, errors } = validatePack(bad);
      assert.deepEqual(pack, {});
      assert.equal(errors.length, 1);
      assert.match(errors[0], /^\(root\): expected a JSON object/);
    }
  });

  test('invalid JSON gives a clear error', () => {
    const { pack, errors } = parsePack('{ "ja": { "regions": ');
    assert.deepEqual(pack, {});
    assert.equal(errors.length, 1);
    assert.match(errors[0], /invalid JSON/);
  });

  test('parsePack accepts a BOM and validates', () => {
    const { pack, errors } = parsePack('\uFEFF{"version":1,"en":{"ui":{"close":"Close"}}}');
    assert.deepEqual(errors, []);
    assert.deepEqual(pack, { version: 1, en: { ui: { close: 'Close' } } });
  });

  test('wrong types are reported with a JSON path and dropped; the rest is kept', () => {
    const { pack, errors } = validatePack({
      ja: {
        ui: { hint: 42, close: '閉じる' },
        regions: {
          calf: { title: '', body: 'ふくらはぎの説明です。', causes: '靴', selfCare: ['伸ばす', 3, ' '] },
          sole: 'not an object',
        },
        chains: { 'back-line': { title: ['x'] } },
        links: { 'sole--calf': { body: null } },
      },
    });
    assert.deepEqual(pack, {
      ja: {
        ui: { close: '閉じる' },
        regions: { calf: { body: 'ふくらはぎの説明です。', selfCare: ['伸ばす'] } },
        chains: { 'back-line': {} },
        links: { 'sole--calf': {} },
      },
    });
    assert.deepEqual(errors.sort(), [
      'ja.chains.back-line.title: expected a non-empty string',
      'ja.links.sole--calf.body: expected a non-empty string',
      'ja.regions.calf.causes: expected an array of strings',
      'ja.regions.calf.selfCare[1]: expected a non-empty string',
      'ja.regions.calf.selfCare[2]: expected a non-empty string',
      'ja.regions.calf.title: expected a non-empty string',
      'ja.regions.sole: expected an object',
      'ja.ui.hint: expected a non-empty string',
    ]);
  });

  test('unknown region, link, chain, UI and field keys are errors', () => {
    const { pack, errors } = validatePack({
      ja: {
        regions: { knee: { title: '膝' }, calf: { title: 'ふくらはぎ', color: 'red' } },
        links: { 'hamstrings--calf': { body: '…' } },
        chains: { 'front-line': { title: '…' } },
        ui: { tooltip: '…' },
        extra: {},
      },
      JA: {},
      version: 1,
      ja_JP: {},
    });
    assert.deepEqual(pack, { version: 1, ja: { regions: { calf: { title: 'ふくらはぎ' } }, links: {}, chains: {}, ui: {} } });
    const joined = errors.join('\n');
    assert.match(joined, /^ja\.regions\.knee: unknown region id/m);
    assert.match(joined, /^ja\.regions\.calf\.color: unknown key/m);
    assert.match(joined, /^ja\.links\.hamstrings--calf: unknown link id \(did you mean "calf--hamstrings"\?\)/m);
    assert.match(joined, /^ja\.chains\.front-line: unknown chain id/m);
    assert.match(joined, /^ja\.ui\.tooltip: unknown UI string/m);
    assert.match(joined, /^ja\.extra: unknown key/m);
    assert.match(joined, /^JA: unknown key/m);
    assert.match(joined, /^ja_JP: unknown key/m);
    assert.equal(errors.length, 8);
  });

  test('link hrefs must be http(s) or relative', () => {
    const hrefs = [
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'mailto:a@b.jp', 'ftp://x', 'https://a b', '',
    ];
    const { pack, errors } = validatePack({
      en: {
        regions: {
          calf: {
            links: [
              ...hrefs.map((href) => ({ label: 'x', href })),
              { label: 'ok', href: 'https://clinic.example/calf' },
              { label: 'no href' },
              { href: '/x' },
              { label: 'ok2', href: '../calf.html?lang=en#top' },
              'not an object',
            ],
          },
        },
      },
    });
    assert.deepEqual((pack.en as { regions: { calf: { links: unknown } } }).regions.calf.links, [
      { label: 'ok', href: 'https://clinic.example/calf' },
      { label: 'ok2', href: '../calf.html?lang=en#top' },
    ]);
    for (let i = 0; i < hrefs.length; i++) {
      assert.ok(errors.some((e) => e.startsWith(`en.regions.calf.links[${i}].href: `)), `href ${JSON.stringify(hrefs[i])}`);
    }
    assert.ok(errors.includes(`en.regions.calf.links[${hrefs.length + 1}].href: required`));
    assert.ok(errors.includes(`en.regions.calf.links[${hrefs.length + 2}].label: required`));
    assert.ok(errors.includes(`en.regions.calf.links[${hrefs.length + 4}]: expected an object`));
  });

  test('a future version is rejected whole; an invalid version too', () => {
    for (const version of [CONTENT_VERSION + 1, 0, 1.5, '1']) {
      const { pack, errors } = validatePack({ version, ja: { ui: { close: '閉じる' } } });
      assert.deepEqual(pack, {}, `version ${version}`);
      assert.equal(errors.length, 1);
      assert.match(errors[0], /^version: /);
    }
    assert.match(validatePack({ version: CONTENT_VERSION + 1 }).errors[0], /newer/);
  });

  test('strings and lists have maximum lengths', () => {
    const long = 'あ'.repeat(MAX_STRING + 1);
    const { pack, errors } = validatePack({
      ja: {
        regions: { calf: { body: long, title: '𠮷'.repeat(MAX_STRING), causes: Array(MAX_ITEMS + 3).fill('靴') } },
        ui: { hint: 'a'.repeat(MAX_STRING) },
      },
    });
    const calf = (pack.ja as { regions: { calf: { body?: string; title?: string; causes?: string[] } } }).regions.calf;
    assert.equal(calf.body, undefined);
    assert.equal(calf.title?.length, MAX_STRING * 2, 'astral characters count once');
    assert.equal(calf.causes?.length, MAX_ITEMS);
    assert.deepEqual(errors.sort(), [
      `ja.regions.calf.body: string longer than ${MAX_STRING} characters`,
      `ja.regions.calf.causes: more than ${MAX_ITEMS} items; the rest are ignored`,
    ]);
  });

  test('a prototype-polluting key does nothing', () => {
    const { pack, errors } = parsePack('{"__proto__":{"polluted":1},"ja":{"regions":{"__proto__":{"x":1}}}}');
    assert.equal(({} as { polluted?: number }).polluted, undefined);
    assert.equal(errors.length, 2);
    assert.deepEqual(pack, { ja: { regions: {} } });
  });
});

describe('mergeContent', () => {
  const snapshot = JSON.stringify(DEFAULT_CONTENT);

  test('a partial valid pack replaces only what it names; defaults are kept elsewhere', () => {
    const { pack, errors } = validatePack({
      ja: {
        regions: { calf: { title: 'ふくらはぎ(当院の説明)', selfCare: ['当院のおすすめです。'] } },
        ui: { hint: 'ドラッグで回転' },
        links: { 'sole--calf': { body: '足裏とふくらはぎの説明です。' } },
      },
      en: { regions: { calf: { title: 'Calf (our take)', nope: 1 } } },
    });
    assert.equal(errors.length, 1);
    const merged = mergeContent(DEFAULT_CONTENT, pack);
    assert.equal(merged.ja.regions.calf.title, 'ふくらはぎ(当院の説明)');
    assert.deepEqual(merged.ja.regions.calf.selfCare, ['当院のおすすめです。']);
    assert.equal(merged.ja.regions.calf.body, DEFAULT_CONTENT.ja.regions.calf.body);
    assert.deepEqual(merged.ja.regions.calf.causes, DEFAULT_CONTENT.ja.regions.calf.causes);
    assert.equal(merged.ja.ui.hint, 'ドラッグで回転');
    assert.equal(merged.ja.ui.close, DEFAULT_CONTENT.ja.ui.close);
    assert.equal(merged.ja.links['sole--calf'].body, '足裏とふくらはぎの説明です。');
    assert.deepEqual(merged.ja.regions.psoas, DEFAULT_CONTENT.ja.regions.psoas);
    assert.deepEqual(merged.ja.chains, DEFAULT_CONTENT.ja.chains);
    assert.equal(merged.en.regions.calf.title, 'Calf (our take)');
    assert.deepEqual(merged.en.regions.sole, DEFAULT_CONTENT.en.regions.sole);
  });

  test('neither the defaults nor the pack are mutated, and nothing is shared', () => {
    const { pack } = validatePack({ ja: { regions: { calf: { causes: ['靴'] } } } });
    const packSnapshot = JSON.stringify(pack);
    const merged = mergeContent(DEFAULT_CONTENT, pack);
    merged.ja.regions.sole.title = 'changed';
    merged.ja.regions.sole.causes?.push('changed');
    merged.ja.regions.calf.causes?.push('changed');
    merged.en.ui.close = 'changed';
    assert.equal(JSON.stringify(DEFAULT_CONTENT), snapshot);
    assert.equal(JSON.stringify(pack), packSnapshot);
  });

  test('a language without defaults is completed from English, a regional variant from its language', () => {
    const { pack, errors } = validatePack({
      ko: { regions: { calf: { title: '종아리' } } },
      'ja-JP': { ui: { close: 'とじる' } },
    });
    assert.deepEqual(errors, []);
    const merged = mergeContent(DEFAULT_CONTENT, pack);
    assert.deepEqual(Object.keys(merged).sort(), ['en', 'ja', 'ja-JP', 'ko']);
    assert.equal(merged.ko.regions.calf.title, '종아리');
    assert.equal(merged.ko.regions.calf.body, DEFAULT_CONTENT.en.regions.calf.body);
    assert.equal(merged.ko.ui.disclaimer, DEFAULT_CONTENT.en.ui.disclaimer);
    assert.equal(merged['ja-JP'].ui.close, 'とじる');
    assert.equal(merged['ja-JP'].ui.hint, DEFAULT_CONTENT.ja.ui.hint);
    assert.equal(JSON.stringify(DEFAULT_CONTENT), snapshot);
  });

  test('an empty pack gives a copy of the defaults', () => {
    const merged = mergeContent(DEFAULT_CONTENT, {});
    assert.deepEqual(merged, DEFAULT_CONTENT);
    assert.notEqual(merged.ja, DEFAULT_CONTENT.ja);
    assert.notEqual(merged.ja.regions.calf, DEFAULT_CONTENT.ja.regions.calf);
  });
});

describe('resolveLang and format', () => {
  const available = ['ja', 'en', 'pt-BR'];

  test('resolves regional and odd-cased tags, falls back to ja', () => {
    assert.equal(resolveLang('ja-JP', available), 'ja');
    assert.equal(resolveLang('ja', available), 'ja');
    assert.equal(resolveLang('en-US', available), 'en');
    assert.equal(resolveLang('EN_gb', available), 'en');
    assert.equal(resolveLang('pt-br', available), 'pt-BR');
    assert.equal(resolveLang('pt', available), 'pt-BR');
    assert.equal(resolveLang('fr', available), 'ja');
    assert.equal(resolveLang('', available), 'ja');
    assert.equal(resolveLang(null, available), 'ja');
    assert.equal(resolveLang(undefined, available), 'ja');
    assert.equal(resolveLang('ko', ['ja', 'en', 'ko']), 'ko');
    assert.equal(resolveLang('zh-Hant-TW', ['ja', 'zh-Hant']), 'zh-Hant');
  });

  test('fills placeholders and leaves unknown ones', () => {
    assert.equal(format('{region}を選びました:{list}', { region: 'ふくらはぎ', list: '太もも裏、足裏' }), 'ふくらはぎを選びました:太もも裏、足裏');
    assert.equal(format('{a} {b} {a}', { a: '1' }), '1 {b} 1');
    assert.equal(format('{toString}', {}), '{toString}');
    assert.equal(format(DEFAULT_CONTENT.en.ui.errorRegion, { id: 'knee' }), 'There is no body part called "knee". Please choose one from the list.');
  });
});

describe('docs/content.md', () => {
  test('the example pack is valid and merges', () => {
    const doc = readFileSync(new URL('../../docs/content.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(doc);
    assert.ok(block, 'no json example');
    const { pack, errors } = parsePack(block[1]);
    assert.deepEqual(errors, []);
    const merged = mergeContent(DEFAULT_CONTENT, pack);
    assert.equal(merged.ja.regions.hamstrings.links?.length, 1);
    assert.equal(merged.ja.regions.sole.cautions?.length, 4);
    assert.deepEqual(merged.ja.regions.sole.cautions?.slice(0, 3), DEFAULT_CONTENT.ja.regions.sole.cautions);
    assert.deepEqual(merged.ja.regions.calf, DEFAULT_CONTENT.ja.regions.calf);
    assert.deepEqual(merged.en, DEFAULT_CONTENT.en);
    const report = checkPack(pack);
    assert.deepEqual(report.findings.map((f) => `${f.rule} ${f.path}`), [], 'the example passes the checker');
  });

  test('a version-1 caution string is kept beside the default graded cautions, never instead of them', () => {
    const { pack, errors } = validatePack({ version: 1, ja: { regions: { calf: { caution: '気になるときは医師にご相談ください。' } } } });
    assert.deepEqual(errors, []);
    const merged = mergeContent(DEFAULT_CONTENT, pack);
    assert.equal(merged.ja.regions.calf.caution, '気になるときは医師にご相談ください。');
    assert.deepEqual(merged.ja.regions.calf.cautions, DEFAULT_CONTENT.ja.regions.calf.cautions);
  });
});

describe('JSON Schema matches the validator', () => {
  test('identity and draft', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'body-chain-content.schema.json');
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.version.maximum, CONTENT_VERSION);
  });

  test('same language pattern, href pattern and limits', () => {
    assert.deepEqual(Object.keys(schema.patternProperties), [LANG_PATTERN.source]);
    assert.equal(schema.$defs.contentLink.properties.href.pattern, HREF_PATTERN.source);
    assert.equal(schema.$defs.contentLink.properties.href.maxLength, MAX_HREF);
    assert.equal(schema.$defs.text.maxLength, MAX_STRING);
    assert.equal(schema.$defs.textList.maxItems, MAX_ITEMS);
    assert.equal(schema.$defs.region.properties.links.maxItems, MAX_ITEMS);
  });

  test('same ids and keys', () => {
    const locale = schema.$defs.locale.properties;
    assert.deepEqual(Object.keys(locale.ui.properties), UI_KEYS);
    assert.deepEqual(Object.keys(locale.chains.properties), [...CHAIN_IDS]);
    assert.deepEqual(Object.keys(locale.regions.properties), [...REGION_IDS]);
    assert.deepEqual(Object.keys(locale.links.properties), [...LINK_IDS]);
    assert.deepEqual(Object.keys(schema.$defs.region.properties), REGION_KEYS);
    assert.deepEqual(Object.keys(schema.$defs.chain.properties), ['title', 'summary']);
    assert.deepEqual(Object.keys(schema.$defs.link.properties), ['body']);
    for (const def of ['locale', 'chain', 'region', 'link', 'contentLink']) {
      assert.equal(schema.$defs[def].additionalProperties, false, def);
    }
    for (const obj of Object.values(locale) as { additionalProperties: boolean }[]) assert.equal(obj.additionalProperties, false);
  });
});
