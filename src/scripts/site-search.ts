import { localeOfHtmlLang } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';

/**
 * `<site-search>`: a dialog over the Pagefind index. This module, Pagefind's script and the index are
 * fetched the first time search is opened (see lazy.ts). Results come from the index of the page's language.
 */
interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  debouncedSearch: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

/** Adds public/pagefind-bridge.js as a module script and waits for it to hand over Pagefind. */
function loadPagefind(src: string): Promise<Pagefind> {
  return new Promise((resolve, reject) => {
    addEventListener('pagefind-ready', (event) => resolve((event as CustomEvent<Pagefind>).detail), { once: true });
    const script = Object.assign(document.createElement('script'), { type: 'module', src, onerror: reject });
    document.head.append(script);
  });
}

export class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;

  connectedCallback() {
    // Built here rather than sent with every page: most readers never open search.
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-labelledby', 'search-title');
    dialog.innerHTML =
      '<form method="dialog" role="search" class="search-form"><label id="search-title" for="search-input"></label>' +
      '<input id="search-input" type="search" autocomplete="off" spellcheck="false"><button type="submit" class="search-close"></button></form>' +
      '<p class="search-status" role="status" aria-live="polite"></p><ol class="search-results"></ol>';
    dialog.querySelector('label')!.textContent = this.t('search.label');
    dialog.querySelector('button')!.textContent = this.t('search.close');
    this.append(dialog);
    const input = dialog.querySelector('input')!;
    input.addEventListener('input', () => void this.search(input.value));
    this.querySelector('dialog')!.addEventListener('close', () => this.querySelector<HTMLButtonElement>('.search-open')?.focus());
  }

  // This module loads only when search opens, so it can carry the dictionary instead of every page.
  private t = useTranslations(localeOfHtmlLang(document.documentElement.lang));

  private say(text: string) {
    this.querySelector('.search-status')!.textContent = text;
  }

  open() {
    this.querySelector('dialog')!.showModal();
    this.querySelector('input')!.focus();
    this.load();
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      this.say(this.t('search.loading'));
      const base = (this.dataset['base'] ?? '/').replace(/\/?$/, '/');
      const module = await loadPagefind(`${base}pagefind-bridge.js`);
      await module.options({ baseUrl: base });
      this.say('');
      return module;
    })();
    this.pagefind.catch(() => this.say(this.t('search.unavailable')));
    return this.pagefind;
  }

  private async search(query: string) {
    const list = this.querySelector('.search-results')!;
    const pagefind = await this.load();
    const response = await pagefind.debouncedSearch(query);
    if (response === null) return; // a newer keystroke superseded this search
    const results = await Promise.all(response.results.slice(0, 8).map((r) => r.data()));
    list.replaceChildren(...results.map((r) => renderResult(r, query.trim())));
    const values = { q: query, n: response.results.length };
    this.say(query.trim() === '' ? '' : this.t(results.length ? 'search.count' : 'search.none', values));
  }
}

/** One result: the section whose heading has the words, else the one with most matches, so the link lands where they are. */
function renderResult(result: PagefindResult, query: string): HTMLLIElement {
  const sections = (result.sub_results ?? []).filter((sub) => sub.url.includes('#'));
  const matches = (sub: (typeof sections)[number]) => (sub.title.toLowerCase().includes(query.toLowerCase()) ? 1e6 : 0) + (sub.locations?.length ?? 0);
  const best = sections.reduce<(typeof sections)[number] | undefined>((a, b) => (!a || matches(b) > matches(a) ? b : a), undefined);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = best?.url ?? result.url;
  link.textContent = best && best.title !== result.meta.title ? `${result.meta.title ?? ''} › ${best.title}` : (result.meta.title ?? result.url);
  const excerpt = document.createElement('p');
  excerpt.innerHTML = best?.excerpt ?? result.excerpt; // Pagefind escapes the text and adds only <mark>
  item.append(link, excerpt);
  return item;
}

customElements.define('site-search', SiteSearch);
