/**
 * The rules of the content checker (`content-check.ts`): what each one looks for, how serious
 * it is, and a plain explanation in Japanese and English with a link to where the rule is
 * written down. Pure data; kept apart from the engine so that a clinic, an editor or a lawyer
 * can read the whole list in one place. Each rule has a section of the same name in
 * `docs/content.md` (the `docs` link), and the laws it rests on are linked where there is one.
 */

export type Severity = 'error' | 'warning' | 'notice';

export interface Rule {
  severity: Severity;
  /** Short name of the rule, for the report. */
  title: { ja: string; en: string };
  /** Why it matters and what to do, in plain words. */
  why: { ja: string; en: string };
  /** Laws or guidelines the rule rests on. */
  laws?: string[];
}

/** Where the rules are explained (docs/content.md in the repository); each rule id is a heading (anchor) there. */
export const RULES_DOC = 'https://github.com/body-chain/body-chain/blob/main/docs/content.md';

export const LAW = {
  /** あん摩マツサージ指圧師、はり師、きゆう師等に関する法律 (あはき法), 第7条: what may be advertised. */
  ahaki: 'https://laws.e-gov.go.jp/law/322AC0000000217',
  /** 柔道整復師法, 第24条: the same limits for bone-setting clinics. */
  jusei: 'https://laws.e-gov.go.jp/law/345AC0000000019',
  /** 不当景品類及び不当表示防止法 (景品表示法), 第5条: no misleading claims; applies to 整体 too. */
  keihyo: 'https://laws.e-gov.go.jp/law/337AC0000000134',
} as const;

/** Short names of the laws, for link labels. */
export const LAW_NAMES: Record<string, { ja: string; en: string }> = {
  [LAW.ahaki]: { ja: 'あはき法 第7条', en: 'Act on Massage, Acupuncture and Moxibustion Practitioners, art. 7' },
  [LAW.jusei]: { ja: '柔道整復師法 第24条', en: 'Judo Therapists Act, art. 24' },
  [LAW.keihyo]: { ja: '景品表示法 第5条', en: 'Act against Unjustifiable Premiums and Misleading Representations, art. 5' },
};

const ADS = [LAW.ahaki, LAW.jusei, LAW.keihyo];

export const RULES = {
  schema: {
    severity: 'error',
    title: { ja: '形式の誤り', en: 'Format error' },
    why: {
      ja: 'この部分はコンテンツパックの形式に合わないため、表示されず、標準の説明が使われます。場所と内容を確かめて直してください。',
      en: 'This part does not fit the content pack format, so it is not shown and the default text is used instead. Check the place and fix it.',
    },
  },
  'cure-promise': {
    severity: 'error',
    title: { ja: '「治る」という約束', en: 'A promise of cure' },
    why: {
      ja: '「治る」「完治」「根本改善」のように治ることを約束する言葉は、施術所の広告では使えません。体の仕組みの説明にとどめてください。',
      en: 'Words that promise a cure ("cure", "heal", "fix the root cause") may not appear in a Japanese clinic\'s advertising. Explain how the body works instead.',
    },
    laws: ADS,
  },
  'effect-claim': {
    severity: 'error',
    title: { ja: '効果をうたう表現', en: 'An effect claim' },
    why: {
      ja: '「効きます」「楽になります」「改善します」など、施術やセルフケアの効果をうたう表現は広告できません。「楽になる方もいます」も効果の表現にあたります。',
      en: 'Claims that treatment or self-care works ("relieves pain", "you will feel better", "effective") may not be advertised. "Some people find relief" is an effect claim too.',
    },
    laws: ADS,
  },
  absolute: {
    severity: 'error',
    title: { ja: '断定・保証の言葉', en: 'Certainty or a guarantee' },
    why: {
      ja: '「必ず」「絶対」「100%」「二度と」などは、結果を保証しているように読めます。体の反応は人によって違います。（「必ず医師に相談を」のような受診の呼びかけは対象外です）',
      en: '"Always", "guaranteed", "100%", "never again" read as a guarantee of results, and bodies differ. (Urging people to see a doctor is fine.)',
    },
    laws: ADS,
  },
  superlative: {
    severity: 'error',
    title: { ja: '最上級・比較の表現', en: 'Superlatives and comparisons' },
    why: {
      ja: '「日本一」「最高」「唯一」「最先端」などは、根拠を示せない優良誤認の表示になりやすく、施術所の広告では使えません。',
      en: '"Best", "No. 1", "the only", "cutting-edge" are claims of superiority that cannot be shown to be true, and are not allowed in clinic advertising.',
    },
    laws: ADS,
  },
  testimonial: {
    severity: 'error',
    title: { ja: '体験談・施術前後の比較', en: 'Testimonials and before/after' },
    why: {
      ja: '患者さんの声や体験談、施術前後の比較、「1回で」のような回数の約束は、2025年のあはき・柔整広告ガイドラインで認められていません。「個人の感想です」と添えても同じです。',
      en: 'Patient testimonials, before/after comparisons and promises such as "in one session" are not allowed under the 2025 advertising guideline, even with an "individual results" note.',
    },
    laws: ADS,
  },
  fear: {
    severity: 'warning',
    title: { ja: '不安をあおる表現', en: 'Fear appeal' },
    why: {
      ja: '「放っておくと悪化します」「手遅れになる前に」のように不安をあおって来院を促す表現は、ガイドラインで避けるよう求められています。受診が必要なサインは、注意事項（cautions）に具体的に書いてください。',
      en: 'Phrases that frighten people into coming ("if left untreated", "before it is too late") are to be avoided under the guideline. Put real warning signs in the cautions, specifically.',
    },
    laws: ADS,
  },
  inducement: {
    severity: 'warning',
    title: { ja: '割引・限定などの誘い', en: 'Discounts and limited offers' },
    why: {
      ja: '割引、先着、期間限定、無料などは、体の説明の中に置くものではありません。施術所の広告では載せられる事項も限られています。',
      en: 'Discounts, "first N people", limited-time or free offers do not belong in a body explanation, and clinic advertising may carry very few such details.',
    },
    laws: ADS,
  },
  'treatment-method': {
    severity: 'warning',
    title: { ja: '施術方法の説明', en: 'A treatment method' },
    why: {
      ja: 'あはき法と柔道整復師法では、施術方法を広告することができません（整体も、ガイドラインで同じ考え方が示されています）。体の仕組みとご自宅でのケアの説明にとどめてください。',
      en: 'Acupuncture, massage and bone-setting clinics may not advertise their treatment methods (the guideline asks the same of seitai). Keep to how the body works and what a reader can do at home.',
    },
    laws: ADS,
  },
  'medical-words': {
    severity: 'warning',
    title: { ja: '医療を思わせる言葉', en: 'Medical wording' },
    why: {
      ja: '「治療」「診断」は医師の行為です。施術所の説明では「施術」を使い、病気が疑われるときは医療機関をすすめてください。',
      en: '"Treatment" and "diagnosis" are what doctors do. A clinic\'s text should speak of sessions or care, and send readers to a doctor when illness is possible.',
    },
  },
  'model-unlabelled': {
    severity: 'warning',
    title: { ja: '説明のモデルに目印がない', en: 'Explanatory model without its label' },
    why: {
      ja: '腎臓と大腰筋の反射、脳脊髄液と「脳疲労」、脚から引っ張られる神経、「先にほぐすと悪化する」といった考えは、施術者による説明で、確かめられた仕組みではありません。同じ文の中に、決まった一文「これは一部の施術者による説明で、医学的に確かめられた仕組みではありません。」を添えてください。',
      en: 'The kidney–psoas reflex, cerebrospinal fluid and "brain fatigue", nerves pulled from the legs and "releasing first makes it worse" are how practitioners explain things, not established physiology. Add the fixed sentence "This is how some practitioners explain it, not established physiology." to the same text.',
    },
    laws: [LAW.keihyo],
  },
  'model-label-variant': {
    severity: 'notice',
    title: { ja: '目印の言い回しが違う', en: 'A different wording of the label' },
    why: {
      ja: '説明のモデルには、どの場所でも同じ一文を使うと読み手に伝わりやすくなります：「これは一部の施術者による説明で、医学的に確かめられた仕組みではありません。」',
      en: 'Readers recognise the label when it is the same everywhere: "This is how some practitioners explain it, not established physiology."',
    },
  },
  'caution-missing': {
    severity: 'warning',
    title: { ja: '受診の目安がない', en: 'No warning signs' },
    why: {
      ja: 'どの部位の説明にも、医療機関にかかるべきサインを、緊急度（119・今日・早めに）つきで載せてください。空の一覧にすると標準のサインも消えてしまいます。',
      en: 'Every part should list the signs that need medical help, each with its urgency (119, today, soon). An empty list removes the default signs too.',
    },
  },
  'caution-grade': {
    severity: 'warning',
    title: { ja: '緊急度が合っていない', en: 'Urgency does not match the sign' },
    why: {
      ja: '脳卒中のサイン、ふくらはぎの腫れをともなう胸の痛みや息苦しさ、突然の裂けるような背中やおなかの痛みは119番です。股のしびれや排尿の異常、腎臓のあたりの痛みと発熱、片方のふくらはぎの腫れと痛みは、その日のうちの受診が必要です。',
      en: 'Stroke signs, chest pain or breathlessness with a swollen calf, and sudden tearing back or belly pain mean calling 119. Numbness between the legs or bladder trouble, fever with flank pain, kidney colic and a swollen painful calf need a hospital the same day.',
    },
  },
  'caution-legacy': {
    severity: 'notice',
    title: { ja: '緊急度のない注意書き（版1）', en: 'Ungraded caution (version 1)' },
    why: {
      ja: '`caution` は版1の書き方です。表示はされますが、緊急度つきのサインの下に添えられるだけです。`cautions` に、緊急度（"119"・"today"・"soon"）ごとに分けて書き直してください。',
      en: '`caution` is the version-1 field. It is still shown, under the graded signs. Rewrite it as `cautions`, one sign per item with its urgency ("119", "today", "soon").',
    },
  },
  'selfcare-dose': {
    severity: 'warning',
    title: { ja: 'ストレッチの書き方が足りない', en: 'Stretch without position or dose' },
    why: {
      ja: 'ストレッチや体操には、始める姿勢、保つ時間（秒）、回数を書いてください。読む人が安全に同じことをできるようにするためです。',
      en: 'A stretch or exercise needs its starting position, how long to hold (seconds) and how many times, so that readers can do it safely as meant.',
    },
  },
  'paragraph-long': {
    severity: 'warning',
    title: { ja: '段落が長い', en: 'Long paragraph' },
    why: {
      ja: 'スマートフォンでは長い段落は読まれません。空行（\\n\\n）で分けるか、短くしてください（日本語は1段落160字まで、一覧の1項目は180字までが目安）。',
      en: 'Long paragraphs go unread on a phone. Split them with a blank line (\\n\\n) or shorten them (about 400 characters per paragraph, 450 per list item).',
    },
  },
  'panel-long': {
    severity: 'warning',
    title: { ja: '説明全体が長い', en: 'Long panel' },
    why: {
      ja: '一つの部位の説明（本文・習慣・ケア・受診の目安）が長すぎると、スマートフォンで壁のような文章になります。日本語は合計800字、英語は2000字までが目安です。',
      en: 'When one part\'s texts (body, habits, self-care, warning signs) run long, they become a wall of text on a phone. Aim for at most about 2000 characters in English, 800 in Japanese.',
    },
  },
  'ui-length': {
    severity: 'warning',
    title: { ja: '画面上の文字が長い', en: 'Label too long for the screen' },
    why: {
      ja: '3D表示の上に出る案内（inviteTouch・invitePointer）は、全角14字までにしてください。長いと体の図に重なります。',
      en: 'The invitations drawn on the 3D view (inviteTouch, invitePointer) must stay short (about 28 characters) or they cover the body.',
    },
  },
  placeholder: {
    severity: 'error',
    title: { ja: '差し込み記号がない', en: 'Missing placeholder' },
    why: {
      ja: '{region} や {list}、{id} は、表示のときに部位名などへ置き換わる記号です。書き換えるときも残してください。',
      en: '{region}, {list} and {id} are replaced with names when shown. Keep them when you rewrite the text.',
    },
  },
  markup: {
    severity: 'notice',
    title: { ja: 'HTMLのタグ', en: 'HTML tags' },
    why: {
      ja: '説明はすべて文字として表示され、HTMLのタグはそのまま見えてしまいます。リンクは `links` に書いてください。',
      en: 'All texts are shown as plain text; HTML tags appear as typed. Put links in `links`.',
    },
  },
  version: {
    severity: 'notice',
    title: { ja: '版の指定', en: 'Pack version' },
    why: {
      ja: 'このパックは版1として読まれます。緊急度つきの `cautions` を使うときは `"version": 2` と書いてください。',
      en: 'This pack is read as version 1. Write `"version": 2` when you use graded `cautions`.',
    },
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** Phrases each text rule looks for. Japanese and English patterns run on every string. */
export const PATTERNS: Partial<Record<RuleId, RegExp[]>> = {
  'cure-promise': [
    /治(る|り|せ|し|す)/, /完治/, /根治/, /根本(的に|から)?(の)?(改善|解決|治|原因に)/,
    /\bcur(e|es|ed|ing)\b/i, /\bheal(s|ed|ing)?\b/i, /\bfix(es|ed)? (your|the|back|pain)/i, /\broot cause/i,
    /\bget rid of\b/i, /\beliminat/i,
  ],
  'effect-claim': [
    /効(き|く|い|け)/, /効果/, /楽に(なり|なる|なっ|なれ)/, /軽く(なり|なる|なっ)/, /改善/, /解消/, /即効/, /劇的/,
    /(痛み|こり|張り|つらさ)(が|を)?(和ら|やわら|取れ|消え|なくな)/, /すっきり(します|する|した)/, /と(感じる|実感する|実感される)方(も|が)/, /\bsome people (feel|find|notice)\b/i,
    /\brelie(f|ve|ves|ved)\b/i, /\beffective(ly)?\b/i, /\bworks (for|on|wonders)\b/i, /\binstant(ly)?\b/i,
    /\bdramatic(ally)?\b/i, /\bmiracle/i, /\b(feel|get) better\b/i,
    /\b(reduc|eas|lessen|eras)\w* (the |your )?(pain|ache|stiffness|tension)/i, /\bimprove(s|d)? (your|the)\b/i,
  ],
  absolute: [
    /必ず(?![^。]{0,15}(医師|医療機関|病院|受診|119|相談))/, /絶対/, /100\s*[%％]/, /確実に/, /誰でも/, /保証/, /二度と/,
    /再発(しない|しません|させない)/, /\bguarantee/i, /\b100 ?%/, /\balways works\b/i, /\bnever (come|comes) back\b/i,
    /\bpermanent(ly)?\b/i, /\bproven (to|results|treatment)\b/i, /\bcertain(ly)? (to|that you)\b/i,
  ],
  superlative: [
    /日本一/, /ナンバーワン/, /No\.?\s?1/i, /最高/, /最先端/, /唯一/, /(世界|日本|業界|地域)初/,
    /\bbest\b/i, /\bnumber one\b/i, /\bthe only (clinic|one|treatment)\b/i, /\bcutting[- ]edge\b/i, /\bworld'?s first\b/i,
  ],
  testimonial: [
    /(患者|お客|利用者)(様|さま)?の声/, /喜びの声/, /体験談/, /口コミ/, /個人の感想/, /ビフォー(・)?アフター|ビフォア/, /施術(前|の前)(と|後)/,
    /[0-9０-９一二三]+回(の施術)?で/, /\btestimonial/i, /\b(customer|patient|client|our|google) reviews?\b/i, /\bpatients (say|said|told)\b/i,
    /\bbefore(\s*(and|&|\/)\s*)after\b/i, /\bin (just )?(one|a single|\d+) (session|visit|treatment)s?\b/i,
  ],
  fear: [
    /放(って|置)(おく|す)と/, /手遅れ/, /取り返しが/, /寝たきりに/, /\bif (left )?untreated\b/i, /\btoo late\b/i,
    /\bwill (only )?get worse\b/i,
  ],
  inducement: [
    /割引/, /先着/, /限定/, /無料/, /残り\s*[0-9０-９]+\s*名/, /今だけ/, /キャンペーン/,
    /\bdiscount/i, /\bfree (of charge|session|consultation|trial)\b/i, /\blimited (time|offer|places)\b/i,
    /\bfirst \d+ (people|patients|customers)\b/i, /\bspecial offer\b/i,
  ],
  'treatment-method': [
    /当院(では|の施術)/, /施術(院|所)(も|では)/, /矯正/, /頭蓋(骨)?の?調整/, /クラニオ/, /施術方法/, /(施術|手技)で(整え|ゆるめ|緩め|調整)/,
    /\bour (treatment|therapy|technique|method)s?\b/i, /\bwe (correct|adjust|treat|release|realign)\b/i,
    /\b(pelvic|posture|postural) correction\b/i, /\bcraniosacral\b/i, /\badjustments?\b/i,
  ],
  'medical-words': [/治療/, /診断(し|します|でき)/, /\btreat(s|ing|ment|ments)?\b/i],
};

/** Texts that present a clinic model (the label must be in the same string). */
export const MODEL_TRIGGERS: RegExp[] = [
  /脳脊髄液/, /脳疲労/, /腎臓(の|が)疲れ/, /反射(的|で)/, /神経を(引っ張|引っぱ)/, /(先に|いきなり)ほぐす/,
  /\bcerebrospinal\b/i, /\bbrain fatigue\b/i, /\b(tired|fatigued) kidney|kidney fatigue|tires the kidney/i,
  /\bby reflex\b|\breflexive(ly)?\b/i, /\bpull(s|ed|ing)? on (this|the|these|a) nerve/i, /\bloosening (those|the) muscles first\b/i,
];

/** The core of the standard label, per language, and other wordings that should use it. */
export const LABEL_CORE = { ja: '医学的に確かめられた仕組みではありません', en: 'not established physiology' } as const;
export const LABEL_VARIANTS: RegExp[] = [
  /証明された(仕組み|関係|もの)ではありません/, /証明されていません/, /(医学|科学)的(な)?根拠は(ありません|ない)/,
  /\bnot (a )?proven\b/i, /\bnot scientifically\b/i, /\bno scientific (proof|evidence)\b/i,
];

/** Signs that must be graded `119`, or at least `today`, wherever they appear in a caution. */
export const GRADE_SIGNS: { urgency: '119' | 'today'; pattern: RegExp }[] = [
  { urgency: '119', pattern: /ろれつ|顔の片側|胸の痛み|息苦し|裂ける|slurred|face droops|chest pain|breathless|tearing/i },
  {
    urgency: 'today',
    pattern: /股のあいだ|尿が出にく|もれ|両脚|波のように|熱があり|片方のふくらはぎ|between the legs|passing urine|both legs|in waves|fever|one calf/i,
  },
];
