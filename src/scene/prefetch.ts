/**
 * Starts downloading the model before three.js and the WebGL context are ready, so the
 * three happen side by side. No three.js here: the element's entry imports this.
 */
/**
 * Kept on the page rather than in this module: a page that loads the entry with a query string
 * (WordPress adds `?ver=`) gets a second copy of the entry through the 3D chunk's import of it,
 * and both copies must see the same downloads.
 */
const pending: Map<string, Promise<ArrayBuffer>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('body-chain.prefetch')] ??= new Map()) as Map<string, Promise<ArrayBuffer>>;

/** Starts the download (once per URL); the promise settles when it is complete. */
export function prefetchModel(url: string): Promise<unknown> {
  const started = pending.get(url);
  if (started) return started;
  const bytes = fetch(url).then((response) => {
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || /^text\/html/i.test(type)) throw new Error(packagingFault(url, response.status, type));
    return response.arrayBuffer();
  });
  bytes.catch(() => {}); // reported when taken
  pending.set(url, bytes);
  return bytes;
}

/** The prefetched bytes of a model, once; undefined if none was started. */
export function takePrefetched(url: string): Promise<ArrayBuffer> | undefined {
  const bytes = pending.get(url);
  pending.delete(url);
  return bytes;
}

/**
 * What a webmaster needs to know when the server did not hand out the model: the URL, what came
 * back, and where the file should be. (A network failure rejects fetch itself, with the
 * browser's own message.)
 */
function packagingFault(url: string, status: number, type: string): string {
  const file = url.replace(/[?#].*$/, '').split('/').pop() || url;
  const got = status >= 200 && status < 300 ? `an HTML page (${type}), not the model: a fallback page?` : `HTTP ${status}`;
  if (file !== 'body.glb' && file !== 'body-preview.glb') return `${url} gave ${got}. Check the element's model-src.`;
  return (
    `${url} gave ${got}. ${file} must be served from there: copy it from the package's dist/ beside ` +
    `body-chain.js, let your bundler copy it, or say where it is with ` +
    `<meta name="body-chain-base-path" content="/folder/with/the/models/"> (or setBasePath()).`
  );
}
