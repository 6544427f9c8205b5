// The same app, bundled by esbuild, which leaves new URL(..., import.meta.url) alone.
import 'body-chain';
import type { BodyChainErrorDetail, RegionSelectDetail } from 'body-chain';
import { record } from '../record.js';

const el = document.querySelector('body-chain')!;
el.view = 'back';
el.addEventListener('region-select', (e) => {
  const intensity: number = e.detail.propagation[0].intensity;
  const detail: RegionSelectDetail = e.detail;
  record('region-select', { region: detail.region, intensity });
});
el.addEventListener('load', (e) => {
  record('load', { preview: e.detail.preview });
  if (!e.detail.preview) el.selected = 'calf';
});
el.addEventListener('error', (e) => {
  const detail: BodyChainErrorDetail = e.detail;
  record('error', detail);
});
// Bubbling to the document is typed too.
document.addEventListener('region-select', (e) => record('document:region-select', { region: e.detail.region }));
