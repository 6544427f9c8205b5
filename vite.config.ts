import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { trimThree } from './scripts/trim-three.js';

/**
 * Two entries. `body-chain-element.js` is the package's entry (apps import it): it defines the
 * element. `body-chain.js` is what a page's script tag loads: a few hundred bytes that import the
 * element after the page's first paint (src/embed.ts).
 */
const ELEMENT = 'body-chain-element.js';
const PAGE_SCRIPT = 'body-chain.js';
/** What the page script is built with for the 3D chunk's name, replaced by the name once it is known (lazyScene). */
const SCENE_FILE_PLACEHOLDER = './__body-chain-scene-chunk__.js';

/** Files that ship beside the entry: the body model, its light preview, the content schema and the poster. */
const SHIPPED = [
  ['models/body.glb', 'body.glb'],
  ['models/body-preview.glb', 'body-preview.glb'],
  ['src/content/body-chain-content.schema.json', 'body-chain-content.schema.json'],
  // The default body's first frame, for the poster attribute (scripts/poster.mjs makes it).
  ['assets/body-chain-poster.webp', 'body-chain-poster.webp'],
] as const;

function shipBeside(): Plugin {
  return {
    name: 'body-chain:ship-beside',
    apply: 'build',
    writeBundle(options) {
      const out = options.dir ?? 'dist';
      mkdirSync(out, { recursive: true });
      for (const [from, to] of SHIPPED) {
        if (!existsSync(from)) throw new Error(`${from} is missing; run \`npm run models\` first`);
        copyFileSync(from, resolve(out, to));
      }
    },
  };
}

/** One of the build's two entry chunks; the build fails if it is missing. */
function entryChunk(bundle: Rolldown.OutputBundle, name: string): Rolldown.OutputChunk {
  const chunk = bundle[name];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`the build lacks ${name}`);
  return chunk;
}

/**
 * The minifier writes `new URL('./body.glb', import.meta.url)` with backticks; put plain quotes
 * back so that every bundler that copies such assets recognises the pattern, and fail the build
 * if the literal is missing (apps' bundlers would then not copy the models).
 */
function literalAssetUrls(): Plugin {
  return {
    name: 'body-chain:literal-asset-urls',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = entryChunk(bundle, ELEMENT);
      entry.code = entry.code.replace(/new URL\(`(\.\/[\w.-]+)`,\s*import\.meta\.url\)/g, 'new URL("$1",import.meta.url)');
      for (const [, file] of SHIPPED.filter(([, to]) => to.endsWith('.glb'))) {
        if (!entry.code.includes(`new URL("./${file}",import.meta.url)`)) throw new Error(`${ELEMENT} lacks new URL("./${file}", import.meta.url)`);
      }
    },
  };
}

/**
 * The entries stay light: the element may import the 3D chunk only lazily (`import()`), never
 * statically, or three.js would load with every page; the page script imports nothing
 * statically at all. Fails the build if a chunking change breaks either.
 */
function lazyScene(): Plugin {
  const hasThree = (chunk: Rolldown.OutputChunk | Rolldown.OutputAsset | undefined): chunk is Rolldown.OutputChunk =>
    chunk?.type === 'chunk' && chunk.moduleIds.some((id) => /node_modules[\\/]three[\\/]/.test(id));
  return {
    name: 'body-chain:lazy-scene',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = entryChunk(bundle, ELEMENT);
      const page = entryChunk(bundle, PAGE_SCRIPT);
      const eager = entry.imports.filter((file) => hasThree(bundle[file]));
      if (eager.length) throw new Error(`${ELEMENT} imports ${eager.join(', ')} (three.js) statically; the 3D part must load lazily`);
      if (page.imports.length) throw new Error(`${PAGE_SCRIPT} imports ${page.imports.join(', ')} statically; it must import only the element, after the first paint`);
      if (!new RegExp(`["'\`]\\./${ELEMENT.replace(/\./g, '\\.')}["'\`]`).test(page.code)) throw new Error(`${PAGE_SCRIPT} does not name ${ELEMENT}`);
      // The page script preloads the 3D chunk (src/embed.ts): write its built name in.
      const scene = Object.values(bundle).filter(hasThree);
      if (scene.length !== 1) throw new Error(`expected one chunk with three.js, found ${scene.length}`);
      if (!page.code.includes(SCENE_FILE_PLACEHOLDER)) throw new Error(`${PAGE_SCRIPT} lacks the 3D chunk's placeholder`);
      page.code = page.code.replaceAll(SCENE_FILE_PLACEHOLDER, `./${scene[0].fileName}`);
    },
  };
}

/** `npm start`: the address printed is the demo's, and the bare root leads to it too. */
function demoServer(): Plugin {
  return {
    name: 'body-chain:demo-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) server.config.logger.info(`  ➜  Demo:    ${url}demo/`);
      };
    },
  };
}

export default defineConfig({
  // `npm start` serves the project root and opens the demo, which uses the built `dist/`.
  server: { host: '127.0.0.1', port: 5173, open: false },
  // Only the demo pages are the dev server's entries (test/consumers/ holds apps of their own).
  optimizeDeps: { entries: ['demo/*.html'] },
  // The page script preloads the element's file by its built name (src/embed.ts).
  define: { __BODY_CHAIN_ELEMENT_FILE__: JSON.stringify(`./${ELEMENT}`), __BODY_CHAIN_SCENE_FILE__: JSON.stringify(SCENE_FILE_PLACEHOLDER) },
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: { 'body-chain-element': 'src/body-chain.ts', 'body-chain': 'src/embed.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      // What the entry and the 3D chunk share (view presets, prefetch, the early context) stays
      // in the entry, which exports it to the chunk: a separate shared chunk would cost one more
      // round trip before the entry could run. (An entry loaded with a query string is loaded a
      // second time by the chunk; prefetch.ts and context.ts keep their state on the page for it.)
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: '[name]-[hash].js',
        // three.js and the scene code in one chunk, whichever lazy module imports them: split in
        // two, the shared half's exports cost ~5 KB. Ink (present mode and shared links) imports
        // nothing of three.js (the scene hands it the classes), so it stays in its own lazy chunk.
        // Only what the group names: its dependencies that the entry also uses (the atlas, the
        // views, the content) stay in the entry, so the entry never imports the 3D chunk (which
        // would load three.js with the page). A build check below fails if it ever does.
        codeSplitting: {
          groups: [
            {
              name: 'scene',
              test: /node_modules[\\/]three[\\/]|src[\\/]scene[\\/](?!context\.|prefetch\.|views\.|ink\.|vendor[\\/]meshopt_decoder_reference)/,
              includeDependenciesRecursively: false,
            },
          ],
        },

        // Vite leaves whitespace in ES library builds so that consumers' bundlers keep pure
        // annotations; ours is a finished bundle (three.js inside), so minify it fully.
        minify: true,
        comments: false,
      },
    },
  },
  // What of three.js the element never runs (GLSL of materials and features it never draws,
  // WebXR) is left out; the build fails if three's file changes shape: scripts/trim-three.ts.
  plugins: [shipBeside(), literalAssetUrls(), lazyScene(), demoServer(), trimThree()],
});
