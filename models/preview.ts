/**
 * Renders preview PNGs of models/body.glb in headless Chromium (system browser, SwiftShader).
 *
 *   npm run models:preview
 *
 * Writes models/preview/<view>.png and copies the back-line and deep views to docs/. Views:
 * back, front, side, face, hand (skin); backline, deep (the regions); nerves, hip (the nerves and
 * piriformis from behind, muscles faded); pelvis, thigh (the deep layer from the front); meridian,
 * sole (the overlay on the skin); heel, head, neck (close-ups).
 * `npm run models:preview -- back,deep preview` renders body-preview.glb instead, to <view>-preview.png.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = `${here}preview/`;
const views = (process.argv[2]?.split(',') ?? ['back', 'front', 'side', 'backline', 'deep', 'face', 'hand', 'nerves', 'hip', 'pelvis', 'meridian']);
const light = process.argv[3] === 'preview';

await mkdir(outDir, { recursive: true });
const server = await createServer({
  root: `${here}preview-page`,
  publicDir: here,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  configFile: false,
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const view of views) {
    await page.goto(`http://127.0.0.1:${port}/?view=${view}${light ? '&model=body-preview.glb' : ''}`);
    await page.waitForFunction(() => (window as unknown as { previewReady?: boolean }).previewReady === true, null, { timeout: 60000 });
    const file = `${outDir}${view}${light ? '-preview' : ''}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (!light && views.includes('backline')) await copyFile(`${outDir}backline.png`, `${here}../docs/model-back.png`);
if (!light && views.includes('deep')) await copyFile(`${outDir}deep.png`, `${here}../docs/model-deep.png`);
