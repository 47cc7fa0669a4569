import { formatCitation, type CitationFormat, type CitationInput } from '../lib/cite';
import { announce, copyText } from './announce';

/** Local calendar date as YYYY-MM-DD: the "date cited" is the reader's today, not the build's. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * `<cite-panel>` recomputes the server-rendered citations for the chosen scope (whole page or one
 * section) with today's date. Loaded when the panel is first opened (lazy.ts).
 */
class CitePanel extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    // One scope per section of the page body, named by its heading (without the "#" copy link).
    for (const heading of document.querySelectorAll<HTMLElement>('[data-pagefind-body] :is(h2, h3)[id]')) {
      const title = [...heading.childNodes].filter((n) => !(n instanceof HTMLAnchorElement)).map((n) => n.textContent).join('').trim();
      select.append(new Option(title, heading.id));
    }
    const details = this.closest('details')!;
    const onOpen = () => {
      if (!details.open) return;
      const current = decodeURIComponent(location.hash.slice(1));
      if ([...select.options].some((o) => o.value === current && current)) select.value = current;
      this.render();
    };
    select.addEventListener('change', () => this.render());
    details.addEventListener('toggle', onOpen);
    onOpen(); // loaded by the first opening (lazy.ts), so render for it now
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', async () => {
        const text = this.querySelector(`pre[data-format="${button.dataset['copy']}"]`)?.textContent ?? '';
        if (await copyText(text)) announce(this.dataset['copied'] ?? '', button);
      });
    }
    this.dataset['ready'] = '';
  }

  private render() {
    const select = this.querySelector('select')!;
    const base: CitationInput = JSON.parse(this.dataset['input'] ?? '{}');
    const section = select.value ? select.selectedOptions[0]?.textContent ?? undefined : undefined;
    const input: CitationInput = { ...base, accessed: today(), sectionTitle: section, url: select.value ? `${base.url}#${select.value}` : base.url };
    for (const pre of this.querySelectorAll<HTMLPreElement>('pre[data-format]')) {
      pre.querySelector('code')!.textContent = formatCitation(pre.dataset['format'] as CitationFormat, input);
    }
  }
}

customElements.define('cite-panel', CitePanel);
