/**
 * What every bench script shares: paths, the devices and network profile, the two components
 * compared, logging and small statistics.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The build the bench serves: `dist/`, or another build's folder (BENCH_DIST) to compare two builds. */
export const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
export const MV_DIR = join(ROOT, 'node_modules/@google/model-viewer/dist');
export const MV_JS = join(MV_DIR, 'model-viewer.min.js');
// model-viewer loads its meshopt decoder location as a classic <script>; meshoptimizer's UMD build.
export const MESHOPT_DECODER = join(ROOT, 'node_modules/meshoptimizer/meshopt_decoder.cjs');

/** The phone of the first-frame runs: touch, DPR 3. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
/** Frame-cost and memory pages: the same viewport and pixel ratio, with a mouse (CDP mouse drags). */
export const PHONE_MOUSE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

export type Kind = 'ours' | 'mv';
export const KINDS: Kind[] = ['ours', 'mv'];
export const LABEL: Record<Kind, string> = { ours: '<body-chain>', mv: '<model-viewer>' };

const started = Date.now();
export const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
export const secondsSinceStart = () => (Date.now() - started) / 1000;
export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
