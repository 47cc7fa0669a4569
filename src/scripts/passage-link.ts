import { passageUrl } from '../lib/anchors';
import { announce, canonicalUrl, copyText } from './announce';

/** The closest stable anchor at or before a node: a source sentence (`#p7-2`) or paragraph (`#p7`), or a section heading. */
function nearestAnchor(node: Node): string | null {
  const start = node instanceof Element ? node : node.parentElement;
  const paragraph = start?.closest<HTMLElement>('.sentence[id], [id^="p"].paragraph, [id].entry, li[id], tr[id]');
  if (paragraph?.id) return paragraph.id;
  const headings = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body] :is(h2, h3)[id]')];
  const before = headings.filter((h) => start && h.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1)?.id ?? null;
}

class PassageLink extends HTMLElement {
  private selected = '';
  private anchor: string | null = null;

  connectedCallback() {
    const button = this.querySelector('button')!;
    const body = document.querySelector('[data-pagefind-body]');
    const onSelection = () => {
      const selection = getSelection();
      const text = selection?.toString().trim() ?? '';
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (!range || text.length < 2 || !body?.contains(range.commonAncestorContainer)) {
        if (document.activeElement !== button) button.hidden = true;
        return;
      }
      this.selected = text;
      this.anchor = nearestAnchor(range.startContainer);
      const box = range.getBoundingClientRect();
      button.style.top = `${box.bottom + scrollY + 6}px`;
      button.style.left = `${Math.max(8, box.left + scrollX)}px`;
      button.hidden = false;
    };
    document.addEventListener('selectionchange', onSelection);
    onSelection(); // loaded by the first selection (lazy.ts), so handle that one now
    button.addEventListener('click', async () => {
      if (await copyText(passageUrl(canonicalUrl(), this.anchor, this.selected))) announce(this.dataset['copied'] ?? '', button);
      button.hidden = true;
    });
  }
}

customElements.define('passage-link', PassageLink);
