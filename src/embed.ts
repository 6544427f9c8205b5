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
 * (README: `body-chain:not(:defined)`).
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

// The download starts now, at low priority, beside the page's own; the element runs after the paint.
if (typeof __BODY_CHAIN_ELEMENT_FILE__ === 'string') {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = ELEMENT_URL;
  link.fetchPriority = 'low';
  document.head.append(link);
}
void afterFirstPaint()
  .then(() => import(/* @vite-ignore */ ELEMENT_URL))
  .catch((e: unknown) => {
    // A packaging fault, for the webmaster: the visitor sees the space the page's CSS keeps.
    console.error(`<body-chain>: ${ELEMENT_URL}, which body-chain.js loads from beside itself, could not be loaded. Keep the files of dist/ together.`, e);
  });
