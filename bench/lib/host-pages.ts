/**
 * A clinic's page as a host would serve it (issue 13): a heading, a paragraph and the 3D
 * element in the first screen, then more text; the same page with no 3D element, with
 * `<body-chain>` and with `<model-viewer>` on the same body.glb. The page's own style sheet gives
 * the element its place before its script has run (README, "Holding its place"), as a host that
 * follows the README does.
 */
import { MODEL_URL, MV_HEAD, OURS_HEAD } from './pages.js';

export type HostKind = 'none' | 'ours' | 'reveal' | 'mv';
export const HOST_KINDS: HostKind[] = ['none', 'ours', 'reveal', 'mv'];
export const HOST_LABEL: Record<HostKind, string> = {
  none: 'no 3D element',
  ours: '<body-chain>',
  reveal: '<body-chain reveal="interaction" poster>',
  mv: '<model-viewer>',
};

const TEXT =
  '当院では、腰や首の痛みを「その場所だけ」で考えません。足の裏からふくらはぎ、太もも、骨盤、背中、頭までつながる筋膜の流れをたどり、' +
  '痛みの元になっている場所を一緒に探します。初めての方は問診に30分ほどお時間をいただきます。';

const hostPage = (head: string, element: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>さくら整骨院 | 体のつながり</title><meta name="description" content="足裏から頭まで、体のつながりを3Dで。">` +
  `<style>body{margin:0;font:16px/1.7 system-ui,sans-serif;color:#2b2622;background:#fbf8f4}main{max-width:720px;margin:0 auto;padding:0 16px}` +
  `h1{font-size:1.5rem;margin:16px 0 8px}p{margin:0 0 12px}` +
  // The README's rule: the element holds its place before it is defined.
  `body-chain:not(:defined){display:block;height:clamp(360px,72svh,760px)}` +
  `model-viewer{display:block;width:100%;height:clamp(360px,72svh,760px)}</style>` +
  `${head}</head><body><main><h1>体のつながりを見てみましょう</h1><p>${TEXT}</p>${element}` +
  `<h2>ご予約</h2><p>${TEXT}</p><p>${TEXT}</p></main></body></html>`;

export const HOST_PAGES: Record<string, string> = {
  '/host-none.html': hostPage('', ''),
  '/host-ours.html': hostPage(OURS_HEAD, '<body-chain></body-chain>'),
  // The 3D view waits for the visitor; the poster (the first frame's picture) shows meanwhile.
  '/host-reveal.html': hostPage(OURS_HEAD, '<body-chain reveal="interaction" poster="/dist/body-chain-poster.webp"></body-chain>'),
  '/host-mv.html': hostPage(MV_HEAD, `<model-viewer src="${MODEL_URL}" camera-controls interaction-prompt="none" alt="体の模型"></model-viewer>`),
};
