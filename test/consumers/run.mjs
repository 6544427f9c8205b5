// Consumer tests: pack the library as npm would publish it, install the tarball into the fixture
// apps here (Vite + strict TypeScript; React 19 + TypeScript; esbuild + strict TypeScript) in a
// fresh folder outside the project, type-check and build them, then load each in the system
// Chromium (the Vite apps from `vite build` output and from the Vite dev server; the esbuild app
// with its models in a folder named by the base path) until the full body's `load`
// (detail.preview === false) fires with no `error` and every request succeeded; and, without the
// base path, check that the model error names what is missing.
//
//   node test/consumers/run.mjs            (npm run test:consumers)
//   KEEP=1 node test/consumers/run.mjs     keeps the work folder and prints it
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
const APPS = ['vite-ts', 'react-ts'];
const results = [];
const started = Date.now();

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}

function step(name, fn) {
  const t = Date.now();
  return Promise.resolve()
    .then(fn)
    .then(
      (note) => {
        results.push({ name, ok: true, ms: Date.now() - t, note });
        console.log(`  ok    ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
      },
      (e) => {
        results.push({ name, ok: false, ms: Date.now() - t });
        const text = String(e.stdout ?? '') + String(e.stderr ?? '') || e.message;
        console.log(`  FAIL  ${name}\n${text.trim().split('\n').slice(-30).map((l) => `        ${l}`).join('\n')}`);
      },
    );
}

// ------------------------------------------------------------------ pack and install

const work = mkdtempSync(join(tmpdir(), 'body-chain-consumers-'));
let tarball = '';
console.log(`consumer apps (in ${work}):`);

await step('npm run build', () => {
  run('npm', ['run', 'build'], root);
});
await step('npm pack', () => {
  const out = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  tarball = join(work, out[0].filename);
  // The README's images and links point at the published package (jsDelivr): each must be in it.
  const packed = new Set(out[0].files.map((f) => f.path));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const missing = [...readme.matchAll(/cdn\.jsdelivr\.net\/npm\/body-chain@[^/]+\/([^\s)"`']+)/g)].map((m) => m[1]).filter((p) => !packed.has(p));
  if (missing.length) throw new Error(`README.md points at files the package does not hold (add them to "files"): ${[...new Set(missing)].join(', ')}`);
  return `${out[0].filename}, ${(out[0].size / 1024).toFixed(1)} KB packed, ${(out[0].unpackedSize / 1024).toFixed(1)} KB unpacked, ${out[0].entryCount} files`;
});

await step('npm install the tarball into a fresh app folder', () => {
  for (const entry of ['record.ts', ...APPS, 'esbuild-ts']) cpSync(join(here, entry), join(work, entry), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
  // The tools at the versions the project's own lockfile installed (so npm finds them in its cache).
  for (const name of Object.keys(pkg.devDependencies)) {
    pkg.devDependencies[name] = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  }
  pkg.dependencies = { 'body-chain': `file:${tarball}` };
  writeFileSync(join(work, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], work);
  const installed = readdirSync(join(work, 'node_modules/body-chain/dist'));
  const deps = JSON.parse(readFileSync(join(work, 'node_modules/body-chain/package.json'), 'utf8')).dependencies;
  if (deps && Object.keys(deps).length) throw new Error(`the package has runtime dependencies: ${Object.keys(deps).join(', ')}`);
  return `${installed.length} files in dist/, no runtime dependencies`;
});
if (results.some((r) => !r.ok)) finish();

// ------------------------------------------------------------------ type-check and build

for (const app of APPS) {
  await step(`${app}: tsc --noEmit (strict, skipLibCheck off)`, () => {
    run(join(work, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], work);
  });
  await step(`${app}: vite build`, () => {
    run(join(work, 'node_modules/.bin/vite'), ['build', app, '--logLevel', 'warn'], work);
    const assets = readdirSync(join(work, app, 'dist/assets'));
    for (const model of ['body', 'body-preview']) {
      if (!assets.some((f) => f.startsWith(`${model}-`) && f.endsWith('.glb'))) throw new Error(`no ${model}-*.glb among the built assets: ${assets.join(', ')}`);
    }
    return `assets: ${assets.filter((f) => f.endsWith('.glb')).join(', ')}`;
  });
}

// esbuild leaves `new URL('./body.glb', import.meta.url)` as it is and copies nothing: the app
// copies the models itself and says where with <meta name="body-chain-base-path">.
await step('esbuild-ts: tsc --noEmit (strict, skipLibCheck off)', () => {
  run(join(work, 'node_modules/.bin/tsc'), ['-p', 'esbuild-ts/tsconfig.json'], work);
});
await step('esbuild-ts: esbuild --bundle, models copied to /models/', () => {
  const out = join(work, 'esbuild-ts/dist');
  run(join(work, 'node_modules/.bin/esbuild'), ['esbuild-ts/main.ts', '--bundle', '--format=esm', `--outdir=${out}`, '--log-level=warning'], work);
  cpSync(join(work, 'esbuild-ts/index.html'), join(out, 'index.html'));
  // The same page without the base path: the models are not where the bundle looks for them.
  writeFileSync(join(out, 'no-base-path.html'), readFileSync(join(out, 'index.html'), 'utf8').replace(/<meta name="body-chain-base-path"[^>]*>/, ''));
  for (const model of ['body.glb', 'body-preview.glb']) cpSync(join(work, 'node_modules/body-chain/dist', model), join(out, 'models', model));
});

// ------------------------------------------------------------------ load in Chromium

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.glb': 'model/gltf-binary', '.json': 'application/json', '.css': 'text/css' };

/** A plain static server of a built app (unknown paths: 404, as a careful host would answer). */
function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}

/** `vite` (the dev server) for one app, until it says where it listens. */
function serveDev(app) {
  const child = spawn(join(work, 'node_modules/.bin/vite'), [app, '--host', '127.0.0.1', '--port', '0', '--strictPort', 'false'], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite dev server did not start:\n${output}`)), 60_000);
    const onData = (data) => {
      output += data;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], close: () => process.kill(-child.pid, 'SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`vite exited with ${code}:\n${output}`)));
  });
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-renderer-backgrounding'], headless: true });

/**
 * Loads a page until the full body's `load`. `preloaded`: the page uses the page script
 * (body-chain.js), which preloads three.js's chunk and the preview for an element in the first
 * screen; each file the element needs must then be requested once (a preload the element's own
 * request does not match is a second download), and the preview must come from the preload.
 */
async function loadApp(url, { expectModelError = false, preloaded = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && /preload/i.test(m.text()) && warnings.push(m.text()));
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  const errors = [];
  let broken;
  const brokenPage = new Promise((_, reject) => (broken = reject));
  brokenPage.catch(() => {});
  page.on('pageerror', (e) => {
    errors.push(e.message);
    broken(new Error('page error'));
  });
  if (!expectModelError) page.on('response', (r) => r.status() >= 400 && broken(new Error('failed request')));
  try {
    await page.goto(url);
    const outcome = await Promise.race([brokenPage, page
      .waitForFunction(
        () => {
          const events = window.consumerEvents ?? [];
          if (events.some((e) => e.type === 'error')) return { events };
          if (events.some((e) => e.type === 'load' && e.detail.preview === false) && events.some((e) => e.type === 'region-select')) return { events };
          return false;
        },
        undefined,
        { timeout: 90_000, polling: 250 },
      )
      .then((h) => h.jsonValue())]);
    const events = outcome.events;
    if (expectModelError) {
      const error = events.find((e) => e.type === 'error');
      if (!error) throw new Error('no error event');
      const { kind, message } = error.detail;
      for (const needed of ['HTTP 404', 'body.glb must be served from there', 'body-chain-base-path']) {
        if (kind !== 'model' || !message.includes(needed)) throw new Error(`the model error does not say "${needed}": ${JSON.stringify(error.detail)}`);
      }
      return `error event, kind model: …${message.slice(message.indexOf('(') + 1, message.indexOf('(') + 90)}…`;
    }
    const problems = [...errors.map((e) => `page error: ${e}`), ...failed.map((f) => `request failed: ${f}`), ...events.filter((e) => e.type === 'error').map((e) => `error event: ${JSON.stringify(e.detail)}`)];
    let preloads = '';
    if (preloaded) {
      for (const file of [/\/body-chain-element\.js$/, /\/scene-[\w-]+\.js$/, /\/body-preview\.glb$/, /\/body\.glb$/]) {
        const times = requested.filter((p) => file.test(p)).length;
        if (times !== 1) problems.push(`${file.source} requested ${times} times`);
      }
      const via = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/body-preview.glb'))?.initiatorType);
      if (via !== 'link') problems.push(`the preview was fetched by ${via}, not preloaded`);
      problems.push(...warnings.map((w) => `console: ${w}`));
      preloads = '; the chunk and the preview preloaded, each file requested once';
    }
    if (problems.length) throw new Error(problems.join('\n'));
    const select = events.find((e) => e.type === 'region-select');
    return `events: ${events.map((e) => (e.type === 'load' ? `load(preview ${e.detail.preview})` : e.type)).join(', ')}; ${select.detail.region} at intensity ${select.detail.intensity}${preloads}`;
  } catch (e) {
    const seen = await page.evaluate(() => JSON.stringify(window.consumerEvents ?? null)).catch(() => '?');
    throw new Error(`${e.message}\nevents seen: ${seen}\nfailed requests: ${failed.join(', ') || 'none'}\npage errors: ${errors.join(', ') || 'none'}`);
  } finally {
    await page.close();
  }
}

for (const app of APPS) {
  await step(`${app}: the built app loads the full body in Chromium`, async () => {
    const server = await serveStatic(join(work, app, 'dist'));
    try {
      return await loadApp(server.url);
    } finally {
      server.close();
    }
  });
  await step(`${app}: the Vite dev server loads the full body in Chromium`, async () => {
    const server = await serveDev(app);
    try {
      return await loadApp(server.url);
    } finally {
      server.close();
    }
  });
}

await step('esbuild-ts: the built app with the base path loads the full body in Chromium', async () => {
  const server = await serveStatic(join(work, 'esbuild-ts/dist'));
  try {
    return await loadApp(server.url);
  } finally {
    server.close();
  }
});
await step('esbuild-ts: without the base path, the model error tells the webmaster what is missing', async () => {
  const server = await serveStatic(join(work, 'esbuild-ts/dist'));
  try {
    return await loadApp(`${server.url}no-base-path.html`, { expectModelError: true });
  } finally {
    server.close();
  }
});

// A clinic's page with no build step: the package's dist/ copied to the server, one script tag
// (with the query string WordPress adds), the README's rule for the element's place.
const PLAIN_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>plain page</title>
<style>body-chain:not(:defined){display:block;height:clamp(360px,72svh,760px)}</style>
<script type="module" src="./body-chain.js?ver=6.1"></script>
<script>
  window.consumerEvents = [];
  const record = (type, detail) => window.consumerEvents.push({ type, detail });
  for (const type of ['load', 'error', 'region-select']) {
    document.addEventListener(type, (e) => {
      if (e.target?.localName !== 'body-chain') return;
      record(type, type === 'region-select' ? { region: e.detail.region, intensity: e.detail.propagation[0].intensity } : e.detail);
      if (type === 'load' && !e.detail.preview) e.target.selected = 'calf';
    }, true);
  }
</script></head><body><h1>体のつながり</h1><p>足の裏から頭まで。</p><body-chain></body-chain></body></html>`;
await step('a plain page: one script tag (body-chain.js?ver=6.1) defines the element, preloads its 3D part and loads the full body', async () => {
  const folder = join(work, 'plain-page');
  cpSync(join(work, 'node_modules/body-chain/dist'), folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), PLAIN_PAGE);
  const server = await serveStatic(folder);
  try {
    return await loadApp(server.url, { preloaded: true });
  } finally {
    server.close();
  }
});

await browser.close();
finish();

function finish() {
  if (process.env.KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  const passed = results.filter((r) => r.ok).length;
  const failedCount = results.length - passed;
  console.log(`consumers: ${passed} passed, ${failedCount} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(failedCount ? 1 : 0);
}
