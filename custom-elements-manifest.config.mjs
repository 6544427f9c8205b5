// `npm run manifest`: dist/custom-elements.json for editors, documentation tools and the JSX
// typings (scripts/jsx-types.mjs). Analysed as Lit; only the public surface; one module whose
// path exists in the package (dist/body-chain-element.js, the package's entry), with the types the package publishes.
const ENTRY = 'src/body-chain.ts';
const COMPONENT = 'src/components/body-chain.component.ts';
const PUBLISHED = 'dist/body-chain-element.js';

/** Event types, as types/body-chain.d.ts names them (BodyChainEventMap). */
const EVENT_TYPES = {
  'region-select': 'CustomEvent<RegionSelectDetail>',
  load: 'CustomEvent<BodyChainLoadDetail>',
  error: 'CustomEvent<BodyChainErrorDetail>',
  'state-change': 'CustomEvent<BodyChainState>',
};
/** Member types that name internals in the source, as published. */
const MEMBER_TYPES = { renderStats: 'RenderStats | null' };

function publicSurface() {
  return {
    name: 'body-chain:public-surface',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const entry = manifest.modules.find((m) => m.path === ENTRY);
      const component = manifest.modules.find((m) => m.path === COMPONENT);
      const element = component.declarations.find((d) => d.customElement);
      const isPublic = (m) => !m.privacy || m.privacy === 'public';
      element.members = element.members.filter((m) => isPublic(m) && !m.name.startsWith('#') && !m.name.startsWith('_'));
      for (const member of element.members) {
        const text = MEMBER_TYPES[member.name];
        if (text && member.kind === 'method') member.return = { type: { text } };
        else if (text) member.type = { text };
      }
      for (const event of element.events ?? []) {
        // `npm run typecheck` (types/conformance.ts) fails on an unpublished event; the build only warns.
        if (!EVENT_TYPES[event.name]) console.warn(`custom-elements.json: event "${event.name}" has no published type: add it to EVENT_TYPES here and to types/body-chain.d.ts`);
        event.type = { text: EVENT_TYPES[event.name] ?? 'CustomEvent' };
      }
      const functions = entry.declarations.filter((d) => d.kind === 'function' && entry.exports.some((e) => e.name === d.name));
      const module = (name) => ({ name, module: PUBLISHED });
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: PUBLISHED,
          declarations: [element, ...functions],
          exports: [
            { kind: 'js', name: element.name, declaration: module(element.name) },
            ...functions.map((f) => ({ kind: 'js', name: f.name, declaration: module(f.name) })),
            { kind: 'custom-element-definition', name: element.tagName, declaration: module(element.name) },
          ],
        },
      ];
      const types = [...JSON.stringify(manifest).matchAll(/"text":"([^"]*)"/g)].map((m) => m[1]);
      const leaks = types.filter((t) => /SharedRenderer|BodyScene|Object3D|THREE|import\(/.test(t));
      if (leaks.length || JSON.stringify(manifest).includes('src/')) throw new Error(`custom-elements.json names internals: ${leaks.join(', ') || 'src/'}`);
    },
  };
}

export default {
  globs: [ENTRY, COMPONENT],
  outdir: 'dist',
  litelement: true,
  plugins: [publicSurface()],
};
