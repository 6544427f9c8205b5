/**
 * The texts the element ships with, as the element loads them: Japanese with the element (most
 * pages are Japanese), English only when an element needs it, from a chunk of its own. That keeps
 * the English texts (about 11 KB gzip, a quarter of the element's script) out of every Japanese
 * page. `index.ts` has both at once, for tools and tests.
 */
import type { LocaleContent } from '../model/content-types.js';
import { ja } from './ja.js';

/** Every language shipped, loaded or not. */
export const SHIPPED_LANGS: readonly string[] = ['ja', 'en'];

/** What a language falls back to when a content pack adds one the element does not ship (see mergeContent). */
export const FALLBACK_LANG = 'en';

/** How each language's texts are loaded (exported so that a test can make a load fail). */
export const LOADERS: Record<string, () => Promise<LocaleContent>> = {
  en: () => import('./en.js').then((m) => m.en),
};

let loaded: Record<string, LocaleContent> = { ja };
const loading: Record<string, Promise<void> | undefined> = {};

/** The shipped texts loaded so far, by language (a new object after each load). */
export function loadedContent(): Record<string, LocaleContent> {
  return loaded;
}

/** Whether a shipped language's texts still have to be loaded. */
export function needsLoading(lang: string): boolean {
  return lang in LOADERS && !(lang in loaded);
}

/** Loads a shipped language's texts, once. A failed load is tried again on the next call. */
export function loadLanguage(lang: string): Promise<void> {
  if (!needsLoading(lang)) return Promise.resolve();
  return (loading[lang] ??= LOADERS[lang]().then(
    (texts) => {
      loaded = { ...loaded, [lang]: texts };
      loading[lang] = undefined;
    },
    (e: unknown) => {
      loading[lang] = undefined;
      throw e;
    },
  ));
}
