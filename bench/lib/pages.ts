/**
 * The bench's pages: one element filling a phone viewport, ours or model-viewer showing the
 * same body.glb, and four of each on one page (for the WebGL context count).
 */
export const MODEL_URL = '/dist/body.glb';
export const page = (head: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<style>html,body{margin:0;background:#fff}</style>${head}</head><body>${body}</body></html>`;
/**
 * Ours, as a page loads it: the page script, which imports the element after the first paint.
 * BENCH_OURS_SCRIPT=/dist/body-chain-element.js loads the element at once instead, as an app's bundle would.
 */
export const OURS_HEAD = `<script type="module" src="${process.env.BENCH_OURS_SCRIPT ?? '/dist/body-chain.js'}"></script>`;
export const MV_HEAD =
  `<script>self.ModelViewerElement = { meshoptDecoderLocation: '/mv/meshopt_decoder.js' };</script>` +
  `<script type="module" src="/mv/model-viewer.min.js"></script>`;
export const MV_ATTRS = `src="${MODEL_URL}" loading="eager" camera-controls interaction-prompt="none" alt="body"`;
/** Four elements, each a quarter of the viewport (clipped to it), all on screen at once. */
export const QUARTERS = (tag: string) =>
  `${tag}{display:block;position:absolute;width:50vw;height:50svh;overflow:hidden}` +
  `${tag}:nth-child(2n){left:50vw}${tag}:nth-child(n+3){top:50svh}`;
/** One element at the top of the page filling the phone viewport (the 3D stage is 100svh tall for both). */
export const PAGES: Record<string, string> = {
  '/ours.html': page(
    OURS_HEAD + `<style>body-chain{display:block;width:100vw;--body-chain-stage-height:100svh}</style>`,
    // loading="eager", as model-viewer's page below: both start at once (the host page measures the default, auto).
    `<body-chain loading="eager"></body-chain>`,
  ),
  '/mv.html': page(MV_HEAD + `<style>model-viewer{display:block;width:100vw;height:100svh}</style>`, `<model-viewer ${MV_ATTRS}></model-viewer>`),
  // Four instances, all on screen (2 × 2), for the WebGL context count.
  '/ours4.html': page(
    OURS_HEAD + `<style>${QUARTERS('body-chain')}body-chain{--body-chain-stage-height:50svh}</style>`,
    `<main>${'<body-chain></body-chain>'.repeat(4)}</main>`,
  ),
  '/mv4.html': page(
    MV_HEAD + `<style>${QUARTERS('model-viewer')}</style>`,
    `<main>${`<model-viewer ${MV_ATTRS}></model-viewer>`.repeat(4)}</main>`,
  ),
};
