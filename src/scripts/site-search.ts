import { withBase } from '../lib/base-path';
import { htmlLang, localeOfHtmlLang, locales, otherLocale, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { bestSection, resultLocale, tidyExcerpt } from '../lib/search-results';
import searchCss from '../styles/search.css?inline';
import { adoptStyles } from './adopt-styles';

/**
 * `<site-search>`: a dialog over the Pagefind indexes, one bundle per language (src/integrations/search-index.ts).
 * This module, Pagefind's script and the indexes are fetched the first time search is opened (see lazy.ts).
 * Results come from the page's language; when it finds little, the other language is searched too and its
 * results are listed under their own heading.
 */
interface PagefindResult {
  url: string;
  content: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
type Results = { results: { data: () => Promise<PagefindResult> }[] };
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<Results>;
  debouncedSearch: (query: string) => Promise<Results | null>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker: boolean }) => Pagefind;
}

/** Fewer results than this in the page's language, and the other language is searched as well. */
const FEW = 3;
const SHOWN = 8;

/**
 * Adds public/pagefind-bridge.js as a module script and waits for it to hand over Pagefind: one module per
 * language bundle, since two instances of one Pagefind module share (and break) one WebAssembly memory.
 */
function loadPagefind(src: string): Promise<Record<Locale, PagefindModule>> {
  return new Promise((resolve, reject) => {
    addEventListener('pagefind-ready', (event) => resolve((event as CustomEvent<Record<Locale, PagefindModule>>).detail), { once: true });
    const script = Object.assign(document.createElement('script'), { type: 'module', src, onerror: reject });
    document.head.append(script);
  });
}

export class SiteSearch extends HTMLElement {
  private indexes?: Promise<Record<Locale, Pagefind>>;
  private locale = localeOfHtmlLang(document.documentElement.lang);
  private latest = 0; // the newest query: slower, older searches must not overwrite its results

  connectedCallback() {
    // Built here rather than sent with every page: most readers never open search.
    adoptStyles(searchCss);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-labelledby', 'search-title');
    dialog.innerHTML =
      '<form method="dialog" role="search" class="search-form"><label id="search-title" for="search-input"></label>' +
      '<input id="search-input" type="search" autocomplete="off" spellcheck="false"><button type="submit" class="search-close"></button></form>' +
      '<p class="search-status" role="status" aria-live="polite"></p><ol class="search-results"></ol>' +
      '<h3 class="search-other" hidden></h3><ol class="search-results search-other-results"></ol>';
    dialog.querySelector('label')!.textContent = this.t('search.label');
    dialog.querySelector('button')!.textContent = this.t('search.close');
    this.append(dialog);
    const input = dialog.querySelector('input')!;
    input.addEventListener('input', () => void this.search(input.value));
    this.querySelector('dialog')!.addEventListener('close', () => this.querySelector<HTMLButtonElement>('.search-open')?.focus());
  }

  // This module loads only when search opens, so it can carry the dictionary instead of every page.
  private t = useTranslations(this.locale);

  /** The site's base path (`/`, `/safe-qingdao/`), as the page gives it. */
  private get base(): string {
    return withBase(this.dataset['base'] ?? '/', '');
  }

  private say(text: string) {
    this.querySelector('.search-status')!.textContent = text;
  }

  open() {
    this.querySelector('dialog')!.showModal();
    this.querySelector('input')!.focus();
    this.load();
  }

  private load(): Promise<Record<Locale, Pagefind>> {
    this.indexes ??= (async () => {
      this.say(this.t('search.loading'));
      const base = this.base;
      const modules = await loadPagefind(`${base}pagefind-bridge.js?bundles=${locales.join(',')}`);
      const open = async (locale: Locale) => {
        // On the main thread: the indexes are small. Each bundle has its own module (see loadPagefind).
        // Pagefind takes an instance's language (how it splits a query into words: Chinese needs a word segmenter)
        // from <html lang> when it is created, with no option to say otherwise; the bundle's language is set there
        // for that synchronous call only, so a Chinese query on an English page is split as Chinese.
        const root = document.documentElement;
        const pageLang = root.lang;
        root.lang = htmlLang[locale];
        let index: Pagefind;
        try {
          index = modules[locale].createInstance({ basePath: `${base}pagefind/${locale}/`, noWorker: true });
        } finally {
          root.lang = pageLang;
        }
        await index.options({ baseUrl: base });
        return index;
      };
      const other = otherLocale(this.locale);
      const [own, theirs] = await Promise.all([open(this.locale), open(other)]);
      this.say('');
      return { [this.locale]: own, [other]: theirs } as Record<Locale, Pagefind>;
    })();
    this.indexes.catch(() => this.say(this.t('search.unavailable')));
    return this.indexes;
  }

  private async search(query: string) {
    const [list, otherList] = this.querySelectorAll<HTMLOListElement>('.search-results');
    const otherTitle = this.querySelector<HTMLElement>('.search-other')!;
    const id = ++this.latest;
    const indexes = await this.load();
    const response = await indexes[this.locale].debouncedSearch(query);
    if (response === null || id !== this.latest) return; // a newer keystroke superseded this search
    const base = this.base;
    const other = otherLocale(this.locale);
    const data = async (results: Results) => Promise.all(results.results.map((r) => r.data())); // a few dozen at most
    // The Chinese bundle also holds the Chinese original quoted on English pages (under their English address).
    let own = (await data(response)).filter((r) => resultLocale(r.url, base) === this.locale);
    let theirs: PagefindResult[] = [];
    if (query.trim() !== '' && own.length < FEW) {
      const found = await data(await indexes[other].search(query));
      own = [...own, ...found.filter((r) => resultLocale(r.url, base) === this.locale)];
      theirs = found.filter((r) => resultLocale(r.url, base) === other);
    }
    if (id !== this.latest) return;
    list!.replaceChildren(...distinct(own.map((r) => renderResult(r, query.trim(), this.locale))).slice(0, SHOWN));
    otherList!.replaceChildren(...distinct(theirs.map((r) => renderResult(r, query.trim(), other))).slice(0, SHOWN));
    otherList!.lang = htmlLang[other];
    otherTitle.textContent = this.t('search.otherLanguage', { n: theirs.length });
    otherTitle.hidden = theirs.length === 0;
    const values = { q: query, n: own.length };
    this.say(query.trim() === '' ? '' : this.t(own.length ? 'search.count' : 'search.none', values));
  }
}

/** The results without a repeated address (a section found in both bundles: its page's text and its other-language record). */
function distinct(items: HTMLLIElement[]): HTMLLIElement[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const href = item.querySelector('a')!.getAttribute('href')!;
    return !seen.has(href) && Boolean(seen.add(href));
  });
}

/** One result, linked to the section where the words are (bestSection). */
function renderResult(result: PagefindResult, query: string, locale: Locale): HTMLLIElement {
  const best = bestSection(result.sub_results ?? [], result.content, query);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = best?.url ?? result.url;
  link.textContent = best && best.title !== result.meta.title ? `${result.meta.title ?? ''} › ${best.title}` : (result.meta.title ?? result.url);
  const excerpt = document.createElement('p');
  // Pagefind escapes the text and adds only <mark>
  excerpt.innerHTML = tidyExcerpt(best?.excerpt ?? result.excerpt, result.content, locale);
  item.append(link, excerpt);
  return item;
}

customElements.define('site-search', SiteSearch);
