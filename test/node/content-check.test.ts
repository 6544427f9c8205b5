import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { DEFAULT_CONTENT } from '../../src/content/index.js';
import { checkPack, checkPackText, formatReport, type Finding } from '../../src/model/content-check.js';
import { LAW, RULES, RULES_DOC, type RuleId } from '../../src/model/content-rules.js';
import { MAX_ITEMS } from '../../src/model/content.js';
import { CONTENT_VERSION, MODEL_LABEL, URGENCIES } from '../../src/model/content-types.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('src/content/body-chain-content.schema.json', root), 'utf8'));
const doc = readFileSync(new URL('docs/content.md', root), 'utf8');

/** `rule path` pairs, sorted, for compact assertions. */
const hits = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.path}`).sort();
const has = (findings: Finding[], rule: RuleId, path: string) =>
  assert.ok(findings.some((f) => f.rule === rule && f.path === path), `expected ${rule} at ${path}; got:\n${hits(findings).join('\n')}`);

describe('checkPack: advertising wording (ja)', () => {
  const { findings, ok, counts } = checkPack({
    version: 2,
    ja: {
      regions: {
        calf: {
          body: 'ふくらはぎをほぐせば、腰痛は必ず治ります。',
          causes: ['日本一の技術で根本改善'],
          selfCare: ['ほぐすと楽になります。', '効果には個人差があります。'],
          links: [{ label: '患者様の声', href: '/voice.html' }],
        },
        pelvis: { body: '当院では骨盤矯正で整えます。放っておくと悪化します。今なら初回割引。' },
        skull: { body: 'ビフォーアフターの写真をご覧ください。1回で変化を実感できます。' },
      },
      ui: { disclaimer: '気になる症状があるときは、必ず医師にご相談ください。' },
    },
  });

  test('each forbidden expression is found at its path', () => {
    has(findings, 'cure-promise', 'ja.regions.calf.body');
    has(findings, 'absolute', 'ja.regions.calf.body');
    has(findings, 'superlative', 'ja.regions.calf.causes[0]');
    has(findings, 'cure-promise', 'ja.regions.calf.causes[0]');
    has(findings, 'effect-claim', 'ja.regions.calf.selfCare[0]');
    has(findings, 'effect-claim', 'ja.regions.calf.selfCare[1]');
    has(findings, 'testimonial', 'ja.regions.calf.links[0].label');
    has(findings, 'treatment-method', 'ja.regions.pelvis.body');
    has(findings, 'fear', 'ja.regions.pelvis.body');
    has(findings, 'inducement', 'ja.regions.pelvis.body');
    has(findings, 'testimonial', 'ja.regions.skull.body');
    assert.equal(ok, false);
    assert.ok(counts.error >= 8 && counts.warning >= 3, JSON.stringify(counts));
  });

  test('urging people to see a doctor is not a guarantee', () => {
    assert.deepEqual(findings.filter((f) => f.path === 'ja.ui.disclaimer'), []);
  });

  test('each finding quotes the words, explains itself in both languages and links its rule', () => {
    for (const f of findings) {
      assert.ok(f.detail.length > 0, f.path);
      assert.ok(f.title.ja && f.title.en && f.why.ja && f.why.en, f.rule);
      assert.equal(f.links[0], `${RULES_DOC}#${f.rule}`);
    }
    const cure = findings.find((f) => f.rule === 'cure-promise' && f.path === 'ja.regions.calf.body')!;
    assert.match(cure.detail, /治ります/);
    assert.ok(cure.links.includes(LAW.ahaki));
  });
});

describe('checkPack: advertising wording (en)', () => {
  test('English equivalents are found', () => {
    const { findings } = checkPack({
      en: {
        regions: {
          calf: {
            body: 'Our treatment will cure your back pain for good: guaranteed results, the best clinic in Kobe.',
            causes: ['Patients say they feel better after just one session.'],
            selfCare: ['This stretch relieves pain instantly.', 'See before and after photos.'],
          },
          pelvis: { body: 'If left untreated it will get worse. Book now for a discount.' },
        },
      },
    });
    has(findings, 'cure-promise', 'en.regions.calf.body');
    has(findings, 'absolute', 'en.regions.calf.body');
    has(findings, 'superlative', 'en.regions.calf.body');
    has(findings, 'treatment-method', 'en.regions.calf.body');
    has(findings, 'testimonial', 'en.regions.calf.causes[0]');
    has(findings, 'effect-claim', 'en.regions.calf.causes[0]');
    has(findings, 'effect-claim', 'en.regions.calf.selfCare[0]');
    has(findings, 'testimonial', 'en.regions.calf.selfCare[1]');
    has(findings, 'fear', 'en.regions.pelvis.body');
    has(findings, 'inducement', 'en.regions.pelvis.body');
  });

  test('plain anatomy and safety advice raise nothing', () => {
    const { findings } = checkPack({ version: 2, en: DEFAULT_CONTENT.en, ja: DEFAULT_CONTENT.ja }, { complete: true });
    assert.deepEqual(hits(findings), []);
  });
});

describe('checkPack: explanatory models, cautions, self-care, length', () => {
  test('a clinic model without the label is a warning; with the label it passes; other wordings get a notice', () => {
    const { findings } = checkPack({
      ja: {
        regions: {
          kidney: { body: '腎臓が疲れると脳脊髄液の流れが滞り、脳疲労が起こります。' },
          psoas: { body: `腎臓の疲れが大腰筋を反射的にこわばらせる、と説明する施術者もいます。${MODEL_LABEL.ja}` },
        },
        links: { 'psoas--kidney': { body: '腎臓の疲れが大腰筋に伝わります。医学的に証明された仕組みではありません。' } },
      },
      en: { regions: { kidney: { body: 'A tired kidney slows the cerebrospinal fluid.' } } },
    });
    has(findings, 'model-unlabelled', 'ja.regions.kidney.body');
    has(findings, 'model-unlabelled', 'en.regions.kidney.body');
    has(findings, 'model-unlabelled', 'ja.links.psoas--kidney.body');
    has(findings, 'model-label-variant', 'ja.links.psoas--kidney.body');
    assert.ok(!findings.some((f) => f.path === 'ja.regions.psoas.body'));
  });

  test('cautions: empty list, wrong grade, version-1 text, a new language without signs, complete packs', () => {
    const { findings } = checkPack({
      version: 2,
      ja: {
        regions: {
          calf: { cautions: [] },
          skull: { cautions: [{ urgency: 'soon', text: 'ろれつが回らない' }] },
          'erector-spinae': { cautions: [{ urgency: 'soon', text: '尿が出にくい' }, { urgency: '119', text: '尿が出にくい' }] },
          sole: { caution: '強い痛みがあるときは医師にご相談ください。' },
        },
      },
      ko: { regions: { calf: { body: '종아리 설명입니다.' } } },
    });
    has(findings, 'caution-missing', 'ja.regions.calf.cautions');
    has(findings, 'caution-grade', 'ja.regions.skull.cautions[0].urgency');
    has(findings, 'caution-grade', 'ja.regions.erector-spinae.cautions[0].urgency');
    assert.ok(!findings.some((f) => f.path === 'ja.regions.erector-spinae.cautions[1].urgency'), 'more urgent than needed is fine');
    has(findings, 'caution-legacy', 'ja.regions.sole.caution');
    has(findings, 'caution-missing', 'ko.regions.calf.cautions');

    const partial = checkPack({ version: 2, ja: { regions: { calf: { title: 'ふくらはぎ' } } } });
    assert.deepEqual(hits(partial.findings), [], 'a pack that keeps the default signs is fine');
    const complete = checkPack({ version: 2, ja: { regions: { calf: { title: 'ふくらはぎ' } } } }, { complete: true });
    assert.deepEqual(hits(complete.findings), ['caution-missing ja.regions.calf.cautions']);
  });

  test('graded cautions in a pack without version 2 get a notice', () => {
    const { findings, ok } = checkPack({ ja: { regions: { calf: { cautions: [{ urgency: 'today', text: '片方のふくらはぎが腫れて痛む' }] } } } });
    assert.deepEqual(hits(findings), ['version version']);
    assert.equal(ok, true);
  });

  test('stretches need a start position, a hold time and repeats', () => {
    const { findings } = checkPack({
      ja: {
        regions: {
          calf: {
            selfCare: [
              'ふくらはぎのストレッチをしましょう。',
              '壁で伸ばす：壁に両手をつき、片足を引いて、かかとを床につけたまま10秒ほど。',
              '壁で伸ばす：壁に両手をつき、片足を引いて、かかとを床につけたまま10秒ほど。左右5回ずつ。',
              '伸ばしている最中にしびれが出たら、そこでやめてください。',
            ],
          },
        },
      },
    });
    const dose = findings.filter((f) => f.rule === 'selfcare-dose');
    assert.deepEqual(dose.map((f) => f.path), ['ja.regions.calf.selfCare[0]', 'ja.regions.calf.selfCare[1]']);
    assert.match(dose[0].detail, /start position.*hold time.*repeats/);
    assert.match(dose[1].detail, /^missing: repeats/);
  });

  test('long paragraphs, long panels, long invitations, lost placeholders and HTML', () => {
    const long = 'あ'.repeat(170);
    const { findings } = checkPack({
      ja: {
        ui: { inviteTouch: 'ここをタップして説明を読んでください', announceSelect: '{region}を選びました', errorRegion: '見つかりません' },
        regions: {
          calf: { body: `${long}\n\n短い段落です。`, causes: ['い'.repeat(190)] },
          pelvis: { body: ['う'.repeat(150), 'え'.repeat(150), 'お'.repeat(150), 'か'.repeat(150), 'き'.repeat(150), 'く'.repeat(150)].join('\n\n') },
          sole: { body: '<b>足裏</b>の説明です。' },
        },
      },
    });
    has(findings, 'paragraph-long', 'ja.regions.calf.body');
    assert.match(findings.find((f) => f.path === 'ja.regions.calf.body')!.detail, /paragraph 1: 170 \/ 160/);
    has(findings, 'paragraph-long', 'ja.regions.calf.causes[0]');
    has(findings, 'panel-long', 'ja.regions.pelvis');
    has(findings, 'ui-length', 'ja.ui.inviteTouch');
    has(findings, 'placeholder', 'ja.ui.announceSelect');
    has(findings, 'placeholder', 'ja.ui.errorRegion');
    has(findings, 'markup', 'ja.regions.sole.body');
  });
});

describe('checkPack: format errors', () => {
  test('validator errors become findings with their paths', () => {
    const { findings, ok } = checkPack({
      version: 2,
      ja: {
        regions: { knee: {}, calf: { title: 3, cautions: [{ urgency: 'later', text: 'x' }, { text: 'y' }, 'z'] } },
      },
    });
    assert.equal(ok, false);
    has(findings, 'schema', 'ja.regions.knee');
    has(findings, 'schema', 'ja.regions.calf.title');
    has(findings, 'schema', 'ja.regions.calf.cautions[0].urgency');
    has(findings, 'schema', 'ja.regions.calf.cautions[1].urgency');
    has(findings, 'schema', 'ja.regions.calf.cautions[2]');
  });

  test('text that is not JSON is one finding at the root; a future version another', () => {
    const bad = checkPackText('{ "ja": ');
    assert.deepEqual(hits(bad.findings), ['schema (root)']);
    assert.match(bad.findings[0].detail, /invalid JSON/);
    const future = checkPackText(JSON.stringify({ version: CONTENT_VERSION + 1 }));
    assert.deepEqual(hits(future.findings), ['schema version']);
  });

  test('a version-1 pack with a plain caution string stays valid (a notice only)', () => {
    const { ok, counts } = checkPackText(
      JSON.stringify({ version: 1, ja: { regions: { calf: { caution: 'ふくらはぎが急に腫れたときは、医療機関を受診してください。' } } } }),
    );
    assert.equal(ok, true);
    assert.deepEqual(counts, { error: 0, warning: 0, notice: 1 });
  });
});

describe('rules, schema and docs agree', () => {
  test('every rule has a section in docs/content.md and both languages', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      assert.match(doc, new RegExp(`^#### \`${id}\`$`, 'm'), `docs/content.md has no "#### \`${id}\`" heading`);
      assert.ok(rule.title.ja && rule.title.en && rule.why.ja && rule.why.en, id);
    }
  });

  test('the schema\'s caution matches the validator', () => {
    assert.equal(schema.properties.version.maximum, CONTENT_VERSION);
    assert.deepEqual(schema.$defs.caution.properties.urgency.enum, [...URGENCIES]);
    assert.deepEqual(schema.$defs.caution.required, ['urgency', 'text']);
    assert.equal(schema.$defs.caution.additionalProperties, false);
    assert.equal(schema.$defs.region.properties.cautions.maxItems, MAX_ITEMS);
    assert.equal(schema.$defs.region.properties.cautions.items.$ref, '#/$defs/caution');
  });

  test('formatReport prints paths, details and explanations in the chosen language', () => {
    const report = checkPack({ ja: { regions: { calf: { body: '必ず治ります。' } } } });
    const both = formatReport(report);
    assert.match(both, /ERROR {2}ja\.regions\.calf\.body {2}\[cure-promise\]/);
    assert.match(both, /「治る」という約束/);
    assert.match(both, /A promise of cure/);
    assert.doesNotMatch(formatReport(report, 'en'), /「治る」という約束/);
    assert.doesNotMatch(formatReport(report, 'ja'), /A promise of cure/);
  });
});

describe('command line: bin/body-chain.mjs', () => {
  const bin = fileURLToPath(new URL('bin/body-chain.mjs', root));
  const dir = mkdtempSync(join(tmpdir(), 'body-chain-check-'));
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  test('is up to date with the sources (else run `node scripts/build-cli.mjs`)', async () => {
    const { buildCli } = await import('../../scripts/build-cli.mjs');
    assert.equal(readFileSync(bin, 'utf8'), await buildCli(), 'bin/body-chain.mjs is stale: run `node scripts/build-cli.mjs`');
  });

  test('a clean pack exits 0; a pack with errors exits 1 and names the path', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ version: 2, ja: { regions: { calf: { title: 'ふくらはぎ' } } } }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ja: { regions: { calf: { body: '必ず治ります。' } } } }));
    const ok = await run(['check-content', good]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /0 error/);
    const ko = await run(['check-content', bad, '--lang', 'en']);
    assert.equal(ko.code, 1);
    assert.match(ko.stdout, /ja\.regions\.calf\.body/);
    assert.match(ko.stdout, /A promise of cure/);
    const json = await run(['check-content', bad, '--json']);
    assert.equal(JSON.parse(json.stdout).counts.error, 2);
  });

  test('a missing file or a wrong command exits 2 with the usage', async () => {
    const missing = await run(['check-content', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read/);
    const wrong = await run(['check']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /Usage: body-chain check-content/);
  });
});
