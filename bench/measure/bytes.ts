/**
 * Bytes: the build, and every shipped file's raw, gzip (level 9) and brotli (quality 11) size.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DIST, log, MESHOPT_DECODER, MV_JS, ROOT } from '../lib/common.js';

export function build(): void {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(DIST, 'body-chain.js'))) return;
  log('building (npm run build)…');
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface Sizes {
  files: Record<string, { raw: number; gzip: number; brotli: number }>;
  raw: number;
  gzip: number;
  brotli: number;
}
export function sizes(files: string[]): Sizes {
  const out: Sizes = { files: {}, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const data = readFileSync(file);
    const row = {
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    out.files[file.slice(ROOT.length + 1)] = row;
    out.raw += row.raw;
    out.gzip += row.gzip;
    out.brotli += row.brotli;
  }
  return out;
}

/** Ours (every .js of dist/), model-viewer's bundle, the two models, model-viewer's decoder script. */
export function measureBytes() {
  const jsFiles = readdirSync(DIST).filter((f) => f.endsWith('.js')).map((f) => join(DIST, f));
  return {
    ours: sizes(jsFiles),
    mv: sizes([MV_JS]),
    model: sizes([join(DIST, 'body.glb')]),
    preview: sizes([join(DIST, 'body-preview.glb')]),
    mvDecoder: sizes([MESHOPT_DECODER]),
  };
}
export type Bytes = ReturnType<typeof measureBytes>;
