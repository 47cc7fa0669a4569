import { citationFormats, fillCitation, type CitationFormat, type CitePanelData } from '../lib/cite/template';
import { announce } from './announce';
import { readerPageUrl } from './reader-address';
import { adoptStyles } from './adopt-styles';
import citePanelCss from '../styles/cite-panel.css?inline';

adoptStyles(citePanelCss);

const STORAGE_KEY = 'cite-format';

/** Local calendar date as YYYY-MM-DD: the "date cited" is the reader's today, not the build's. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function storedFormat(): CitationFormat | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return citationFormats.find((f) => f === value) ?? null;
  } catch {
    return null; // storage can be off (privacy settings); the first format is then the default
  }
}

/** Rich text (with the style's italics) and plain text, so word processors keep the italics; plain where refused. */
async function copyCitation(text: string, html: string | undefined): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * `<cite-panel>`: fetches the page's citations rendered at build time (every scope and format, cite-panel.json),
 * and shows the chosen scope and format with today's date and the address the reader is on. Loaded when the
 * panel first opens (lazy.ts).
 */
class CitePanel extends HTMLElement {
  private data: CitePanelData | undefined;

  async connectedCallback() {
    const response = await fetch(new URL('cite-panel.json', readerPageUrl()));
    if (!response.ok) return; // the text rendered without JavaScript stays as it is
    this.data = (await response.json()) as CitePanelData;
    const select = this.querySelector('select')!;
    for (const scope of this.data.scopes) select.append(new Option(scope.title, scope.id));
    const details = this.closest('details')!;
    const onOpen = () => {
      if (!details.open) return;
      const current = decodeURIComponent(location.hash.slice(1));
      if (current && this.data?.scopes.some((s) => s.id === current)) select.value = current;
      this.render();
    };
    select.addEventListener('change', () => this.render());
    details.addEventListener('toggle', onOpen);
    const chosen = storedFormat();
    if (chosen) this.querySelector<HTMLInputElement>(`input[value="${chosen}"]`)!.checked = true;
    this.addEventListener('change', (event) => {
      const radio = event.target;
      if (!(radio instanceof HTMLInputElement) || radio.name !== 'cite-format') return;
      try {
        localStorage.setItem(STORAGE_KEY, radio.value);
      } catch {
        // not remembered, still shown
      }
      this.showChosen();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', () => void this.copy(button));
    }
    this.showChosen();
    onOpen(); // loaded by the first opening (lazy.ts), so render for it now
    this.dataset['ready'] = '';
  }

  private chosenFormat(): CitationFormat {
    const value = this.querySelector<HTMLInputElement>('input[name="cite-format"]:checked')?.value;
    return citationFormats.find((f) => f === value) ?? citationFormats[0]!;
  }

  private showChosen() {
    const format = this.chosenFormat();
    for (const block of this.querySelectorAll<HTMLElement>('.citation')) block.toggleAttribute('data-chosen', block.dataset['format'] === format);
  }

  private citation(format: CitationFormat): { text: string; html?: string | undefined } {
    const select = this.querySelector('select')!;
    const scope = this.data!.scopes.find((s) => s.id === select.value) ?? this.data!.scopes[0]!;
    const values = { accessed: today(), builtUrl: this.data!.builtUrl, readerUrl: readerPageUrl() };
    const { text, html } = scope.formats[format];
    return { text: fillCitation(text, values), html: html === undefined ? undefined : fillCitation(html, values) };
  }

  private render() {
    for (const block of this.querySelectorAll<HTMLElement>('.citation')) {
      const { text, html } = this.citation(block.dataset['format'] as CitationFormat);
      const target = block.querySelector('.text')!;
      if (html === undefined) target.querySelector('code')!.textContent = text;
      else target.innerHTML = html; // rendered and escaped by citeproc at build time, from our own content
    }
  }

  private async copy(button: HTMLButtonElement) {
    const format = button.closest<HTMLElement>('.citation')!.dataset['format'] as CitationFormat;
    const { text, html } = this.citation(format);
    if (!(await copyCitation(text, html))) return;
    button.textContent = this.dataset['copied'] ?? '';
    announce(this.dataset['announce'] ?? '');
    setTimeout(() => (button.textContent = this.dataset['copyLabel'] ?? ''), 2000);
  }
}

customElements.define('cite-panel', CitePanel);
