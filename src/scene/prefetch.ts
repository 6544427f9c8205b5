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
    if (!response.ok) throw new Error(`fetch for "${response.url || url}" responded with ${response.status}: ${response.statusText}`);
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
