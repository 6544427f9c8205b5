/**
 * The file a page loads with its one script tag: `dist/body-chain.js`. It defines nothing
 * itself. It waits until the host page's first content is on the screen, then imports the
 * element (`body-chain-element.js`, the package's own entry, which defines `<body-chain>`).
 *
 * Why: a script that runs before the page's first paint holds that paint back, and PageSpeed
 * (Lighthouse) counts such a script, its download and its run, against the page's first and
 * largest paints. Run after the first paint, the element costs the host's text nothing. The
 * element's file is requested at once, at low priority, so its download overlaps the page's
 * rendering instead of following it. The page's CSS holds the element's place meanwhile
 * (README: `body-chain:not(:defined)`). After the paint, when an element will start its 3D part
 * at once, three.js's chunk and the light preview are preloaded beside the element's file.
 *
 * Apps import the package (`import 'body-chain'`), which is the element itself, defined on import;
 * they decide themselves when it loads.
 */

/**
 * The element's file as built (vite.config.ts defines it); undefined when this runs from the
 * sources (tests), where the element is `./body-chain.ts`. Imported by URL, not by a literal
 * `import('./…')`, so the build keeps the element's chunking as if this file did not exist.
 */
declare const __BODY_CHAIN_ELEMENT_FILE__: string | undefined;
const ELEMENT_URL = new URL(/* @vite-ignore */ typeof __BODY_CHAIN_ELEMENT_FILE__ === 'string' ? __BODY_CHAIN_ELEMENT_FILE__ : './body-chain.ts', import.meta.url).href;

/**
 * Whether the page has anything of its own for a first contentful paint to show: some text or
 * an image, video, canvas or form control outside the element. (This runs once the page has
 * been parsed: module scripts wait for that.)
 */
function hasOwnContent(): boolean {
  const body = document.body;
  if (!body) return false;
  const media = body.querySelectorAll('img, svg, video, canvas, picture, input, textarea, select, iframe');
  if ([...media].some((m) => !m.closest('body-chain'))) return true;
  const text = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (/\S/.test(node.nodeValue ?? '') && !node.parentElement?.closest('script, style, template, noscript, body-chain') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  return text.nextNode() !== null;
}

/**
 * Resolves once the page's first contentful paint has been reported. A page with nothing of
 * its own to paint (the element alone) waits two frames; a page whose paint does not come
 * (text held back by a web font, say) waits at most a second after its first frame. A browser
 * without paint timing waits two frames.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    let observer: PerformanceObserver | null = null;
    const go = () => {
      if (!waiting) return;
      waiting = false;
      observer?.disconnect();
      setTimeout(resolve);
    };
    // A hidden tab paints nothing; the element waits for its own viewport anyway.
    if (document.visibilityState === 'hidden') return go();
    const twoFrames = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint') || !hasOwnContent()) return twoFrames(go);
    observer = new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length > 0 && go());
    observer.observe({ type: 'paint', buffered: true });
    requestAnimationFrame(() => setTimeout(go, 1000));
  });
}

/** The 3D chunk as built (three.js and the scene; vite.config.ts writes its name in); undefined from the sources. */
declare const __BODY_CHAIN_SCENE_FILE__: string | undefined;
/** How near the screen an element with `loading="auto"` starts (stage-controller.ts, LOAD_MARGIN_PX). */
const NEAR_PX = 400;
/** (Not a literal in `new URL()`, so that the build does not take it for an asset of this file's.) */
const PREVIEW_FILE = './body-preview.glb';

function preload(rel: 'modulepreload' | 'preload', href: string): void {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  link.fetchPriority = 'low';
  if (rel === 'preload') {
    // As the element will fetch it: fetch(), same-origin credentials.
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  document.head.append(link);
}

/** Whether an element will start its 3D part as soon as it runs: not waiting for a touch, and eager or near the screen. */
function startsAtOnce(el: Element): boolean {
  if (el.getAttribute('reveal') === 'interaction') return false;
  const loading = el.getAttribute('loading');
  if (loading === 'eager') return true;
  const r = el.getBoundingClientRect();
  const margin = loading === 'lazy' ? 0 : NEAR_PX;
  return (r.width > 0 || r.height > 0) && r.bottom > -margin && r.top < innerHeight + margin;
}

/**
 * Once the page has painted (its layout can be read then at no cost to it): if an element will
 * start at once, three.js's chunk and the default body's light preview download from now, beside
 * the element's own file, and the element's requests find them under way. On slow 4G that saves
 * the round trip (and the element's evaluation) before them. The preview only where the element
 * would look for it here: no `model-src`, no base-path meta tag.
 */
function preloadScene(): void {
  if (typeof __BODY_CHAIN_SCENE_FILE__ !== 'string') return;
  const starting = [...document.querySelectorAll('body-chain')].filter(startsAtOnce);
  if (!starting.length) return;
  preload('modulepreload', new URL(/* @vite-ignore */ __BODY_CHAIN_SCENE_FILE__, import.meta.url).href);
  if (starting.some((el) => !el.hasAttribute('model-src')) && !document.querySelector('meta[name="body-chain-base-path"]')) {
    preload('preload', new URL(/* @vite-ignore */ PREVIEW_FILE, import.meta.url).href);
  }
}

// The element's download starts now, at low priority, beside the page's own; the element (and
// the 3D part's downloads, if it will start at once) after the paint.
if (typeof __BODY_CHAIN_ELEMENT_FILE__ === 'string') preload('modulepreload', ELEMENT_URL);
void afterFirstPaint()
  .then(() => {
    preloadScene();
    return import(/* @vite-ignore */ ELEMENT_URL);
  })
  .catch((e: unknown) => {
    // A packaging fault, for the webmaster: the visitor sees the space the page's CSS keeps.
    console.error(`<body-chain>: ${ELEMENT_URL}, which body-chain.js loads from beside itself, could not be loaded. Keep the files of dist/ together.`, e);
  });
