/**
 * The package entry: defines `<body-chain>`. Lit and the 2D interface load with it;
 * three.js and the body model load later, when an element nears the viewport.
 */
import { BodyChain } from './components/body-chain.component.js';

export { BodyChain };
export type {
  BodyChainErrorDetail,
  BodyChainErrorKind,
  BodyChainEventDetail,
  BodyChainLoadDetail,
  RegionSelectDetail,
} from './components/body-chain.component.js';
export type { ContentPack, LocalePack, LocaleContent } from './model/content-types.js';
export type { BodyChainState } from './model/state.js';
export { REGION_IDS, type RegionId } from './model/graph.js';
export type { ViewId } from './scene/views.js';

/*
 * The models ship beside this module. Each URL is a literal `new URL('./file', import.meta.url)`
 * so that an app's bundler (Vite dev and build, webpack 5, Parcel; Rollup with
 * @web/rollup-plugin-import-meta-assets) sees the file, copies it and rewrites the URL. Our own
 * library build must leave them as they are (`@vite-ignore`): vite.config.ts copies the files.
 */
const BUNDLED_MODEL = new URL(/* @vite-ignore */ './body.glb', import.meta.url).href;
const BUNDLED_PREVIEW = new URL(/* @vite-ignore */ './body-preview.glb', import.meta.url).href;

let basePath = '';

/**
 * Where `body.glb` and `body-preview.glb` are, for hosts that move them away from
 * `body-chain.js` (a CDN for the script, the models elsewhere; a bundler that does not copy them).
 * A folder URL, absolute or relative to the page. The same can be said in the page, with no
 * script: `<meta name="body-chain-base-path" content="/assets/body-chain/">`. Set it before an
 * element nears the viewport; `model-src` on an element still wins.
 */
export function setBasePath(path: string): void {
  basePath = path;
}

/** The base path set by `setBasePath()` or the page's meta tag, as an absolute folder URL, or ''. */
function base(): string {
  const path = basePath || document.querySelector<HTMLMetaElement>('meta[name="body-chain-base-path"]')?.content?.trim() || '';
  if (!path) return '';
  return new URL(path.endsWith('/') ? path : `${path}/`, document.baseURI).href;
}

/** The default model URLs, worked out when an element asks; assigning one fixes it ('' for no preview). */
function defaultUrl(file: string, bundled: string): PropertyDescriptor {
  let fixed: string | undefined;
  return {
    configurable: true,
    enumerable: true,
    get: () => fixed ?? (base() ? new URL(file, base()).href : bundled),
    set: (url: string | undefined) => {
      fixed = url;
    },
  };
}
Object.defineProperties(BodyChain, {
  defaultModelUrl: defaultUrl('body.glb', BUNDLED_MODEL),
  defaultPreviewUrl: defaultUrl('body-preview.glb', BUNDLED_PREVIEW),
});

if (!customElements.get('body-chain')) customElements.define('body-chain', BodyChain);

declare global {
  interface HTMLElementTagNameMap {
    'body-chain': BodyChain;
  }
}
