import type { Lang, LocaleContent } from '../model/content-types.js';
import { en } from './en.js';
import { ja } from './ja.js';

export { en, ja };

/** The content the element ships with, by language. Treat as read-only; merge packs with `mergeContent`. */
export const DEFAULT_CONTENT: Record<Lang, LocaleContent> = { ja, en };
