import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FALLBACK_LANG, loadedContent, loadLanguage, needsLoading, SHIPPED_LANGS } from '../content/shipped.js';
import type { ContentPack, LocaleContent } from '../model/content-types.js';
import { mergeContent, parsePack, resolveLang, validatePack } from '../model/content.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where every text comes from: the default packs, then the `src` pack (fetched), then the
 * `content` pack (an object), each validated before it is merged; and the language, from the
 * element's `lang`, else the nearest ancestor's (watched, so a page that switches language is
 * followed), among the languages the texts have. A pack with mistakes is the webmaster's to
 * fix: `report` tells them what was left out; the visitor sees the defaults there. The default
 * English texts are loaded only when shown (content/shipped.ts): `loading()` says when the
 * element must wait for them.
 */
export class ContentController implements ReactiveController {
  /** The default texts the packs were last merged over (the languages loaded by then). */
  private base = loadedContent();
  /** Every language's texts: the defaults loaded so far with the packs merged over them. */
  texts: Record<string, LocaleContent> = this.base;
  private srcPack: ContentPack = {};
  private objectPack: ContentPack = {};
  private src = '';
  private request = 0;
  private inherited = '';
  private langObserver?: MutationObserver;
  /** The English texts could not be loaded: Japanese is shown (not tried again). */
  private failedLang = false;
  private resolved = { key: '', lang: 'ja', texts: this.texts };

  constructor(
    private readonly host: Host,
    private readonly report: (message: string, cause?: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.inherited = this.ancestorLang();
    // A page that switches language changes some ancestor's `lang`.
    this.langObserver ??= new MutationObserver(() => {
      const lang = this.ancestorLang();
      if (lang === this.inherited) return;
      this.inherited = lang;
      this.host.requestUpdate();
    });
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.langObserver?.disconnect();
  }

  /** The language shown: resolved once for each change of `lang`, the ancestors' or the texts. */
  get lang(): string {
    const wanted = this.host.lang || this.inherited;
    if (wanted !== this.resolved.key || this.resolved.texts !== this.texts) {
      const available = [...new Set([...SHIPPED_LANGS, ...Object.keys(this.texts)])];
      this.resolved = { key: wanted, lang: resolveLang(wanted, available), texts: this.texts };
    }
    return this.resolved.lang;
  }

  /** The texts of the language shown. */
  get locale(): LocaleContent {
    return this.texts[this.lang] ?? this.texts.ja;
  }

  /**
   * While the language shown still needs the default English texts (English itself, or a
   * pack's language other than Japanese, which a pack completes from English): their load,
   * after which the texts are merged again. Null when nothing is missing. A load that fails is
   * reported, and Japanese is shown.
   */
  loading(): Promise<void> | null {
    if (this.base !== loadedContent()) this.rebuild(); // another element loaded a language since
    const primary = this.lang.split('-')[0].toLowerCase();
    if (primary === 'ja' || this.failedLang || !needsLoading(FALLBACK_LANG)) return null;
    return loadLanguage(FALLBACK_LANG).then(
      () => this.rebuild(),
      (e: unknown) => {
        this.failedLang = true;
        this.report('The English texts could not be loaded (the chunk beside body-chain.js); the Japanese texts are shown.', e);
      },
    );
  }

  /** Fetches and applies the `src` pack (the latest request wins; empty: none). */
  async setSrc(src: string): Promise<void> {
    const request = ++this.request;
    this.src = src;
    if (!src) {
      this.srcPack = {};
      this.rebuild();
      return;
    }
    let text: string;
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
      text = await response.text();
    } catch (e) {
      if (request === this.request) this.report(`The content pack ${shortUrl(src)} could not be loaded; the default texts are shown.`, e);
      return;
    }
    if (request !== this.request) return;
    const { pack, errors } = parsePack(text);
    this.srcPack = pack;
    this.rebuild();
    if (errors.length) this.report(packProblem(`The content pack ${shortUrl(this.src)}`, pack, errors));
  }

  /** Applies the `content` pack (null: none). */
  setObject(content: ContentPack | null): void {
    const { pack, errors } = content ? validatePack(content) : { pack: {}, errors: [] };
    this.objectPack = pack;
    this.rebuild();
    if (errors.length) this.report(packProblem('The `content` pack', pack, errors));
  }

  private rebuild(): void {
    this.base = loadedContent();
    this.texts = mergeContent(mergeContent(this.base, this.srcPack), this.objectPack);
    this.host.requestUpdate();
  }

  private ancestorLang(): string {
    return this.host.closest('[lang]:not(body-chain)')?.getAttribute('lang') ?? document.documentElement.lang;
  }
}

/** A URL short enough for a console line (a data: URL can be the whole pack). */
function shortUrl(url: string): string {
  return url.length > 100 ? `${url.slice(0, 80)}…` : url;
}

/** A webmaster's explanation of a pack that was not (wholly) used: what was dropped and why. */
function packProblem(name: string, pack: ContentPack, errors: string[]): string {
  const used = Object.keys(pack).some((k) => k !== 'version' && k !== '$schema');
  const what = used
    ? `${name} was used in part: ${errors.length} ${errors.length === 1 ? 'entry does' : 'entries do'} not fit the schema and ${errors.length === 1 ? 'was' : 'were'} left out (the default texts are shown there)`
    : `${name} was not used at all (the default texts are shown)`;
  return `${what}:\n${errors.join('\n')}`;
}
