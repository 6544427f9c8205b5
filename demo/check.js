// The content checker page: the same checker as `npx body-chain check-content`, imported from
// the self-contained bin/body-chain.mjs (it runs in browsers too). Findings are rendered as
// text only (textContent), never as HTML: a pack is untrusted input.
import { checkPackText, LAW_NAMES } from '../bin/body-chain.mjs';

const $ = (id) => document.getElementById(id);

const EXAMPLE = {
  version: 2,
  ja: {
    regions: {
      calf: {
        body: 'ふくらはぎをほぐせば、腰痛は必ず治ります。当院独自の骨盤矯正で根本改善！',
        selfCare: ['ふくらはぎのストレッチをしましょう。楽になる方が多いです。'],
        cautions: [{ urgency: 'soon', text: '胸の痛みや息苦しさがあり、ふくらはぎも腫れている' }],
      },
      kidney: { body: '腎臓が疲れると脳脊髄液の流れが滞り、脳疲労が起こります。' },
    },
  },
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function run() {
  const lang = $('lang').value;
  const text = $('pack').value.trim();
  const list = $('findings');
  list.replaceChildren();
  if (!text) {
    $('summary').textContent = 'パックを貼り付けてください。 / Paste a pack first.';
    return;
  }
  const { findings, counts } = checkPackText(text);
  $('summary').textContent =
    `エラー ${counts.error}件・警告 ${counts.warning}件・お知らせ ${counts.notice}件 / ` +
    `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)` +
    (findings.length ? '' : ' — 指摘はありません。 No findings.');
  const order = ['error', 'warning', 'notice'];
  for (const f of [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity))) {
    const item = el(
      'li',
      { class: 'finding', 'data-severity': f.severity },
      el('div', { class: 'head' }, el('span', { class: 'badge', text: f.severity }), el('code', { text: f.path })),
      el('p', { class: 'detail', text: f.detail }),
    );
    if (lang !== 'en') item.append(el('p', { class: 'why', text: `${f.title.ja}：${f.why.ja}` }));
    if (lang !== 'ja') item.append(el('p', { class: 'why', lang: 'en', text: `${f.title.en}: ${f.why.en}` }));
    const links = el('p', { class: 'links' });
    f.links.forEach((href, i) =>
      links.append(
        el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: i === 0 ? `rule: ${f.rule}` : LAW_NAMES[href]?.[lang === 'en' ? 'en' : 'ja'] ?? href }),
      ),
    );
    item.append(links);
    list.append(item);
  }
}

$('run').addEventListener('click', run);
$('lang').addEventListener('change', () => $('findings').childElementCount && run());
$('example').addEventListener('click', () => {
  $('pack').value = JSON.stringify(EXAMPLE, null, 2);
  run();
});
$('file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  if (!file) return;
  $('pack').value = await file.text();
  run();
});
