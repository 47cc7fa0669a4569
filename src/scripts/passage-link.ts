// Loaded on the first text selection (lazy.ts): the generator is ~9 KB gzip, which no first load should carry.
import { generateFragmentFromRange, GenerateFragmentStatus, setTimeout as setGenerationLimit } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { passageUrl } from '../lib/passage-url';
import { announce, copyText } from './announce';
import { adoptStyles } from './adopt-styles';
import passageLinkCss from '../styles/passage-link.css?inline';

adoptStyles(passageLinkCss);

/**
 * Where the link lands when its text is gone: the innermost element with an id around the start of the
 * selection inside <main> (a sentence, a source paragraph, a glossary entry, a heading), else the section
 * heading before it.
 */
function fallbackAnchor(range: Range): string | null {
  const main = document.querySelector('main');
  const container = range.startContainer;
  const start = container.childNodes[range.startOffset] ?? container;
  for (let element = start instanceof Element ? start : start.parentElement; element && element !== main; element = element.parentElement) {
    if (!main?.contains(element)) return null;
    if (element.id) return element.id;
  }
  const headings = [...(main?.querySelectorAll<HTMLElement>('[data-pagefind-body] :is(h2, h3, h4)[id]') ?? [])];
  return headings.filter((h) => h.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.id ?? null;
}

// Short or repeated passages need several whole-page searches to find unique context; the generator's default
// limit (500 ms) gives up on a long page on a slow phone. The reader has asked for a link and waits for it.
setGenerationLimit(5000);

/**
 * The range without the spaces at its ends: a drag often takes the space before a word, and the generator
 * keeps it in textStart, where no match can begin, so it would never find the passage unique.
 */
function trimmed(range: Range): Range {
  const result = range.cloneRange();
  const { startContainer: start, endContainer: end } = result;
  let from = result.startOffset;
  if (start instanceof Text) while (from < start.length && /\s/.test(start.data[from]!)) from++;
  let to = result.endOffset;
  if (end instanceof Text) while (to > 0 && /\s/.test(end.data[to - 1]!)) to--;
  if (start instanceof Text) result.setStart(start, from);
  if (end instanceof Text && (start !== end || to > from)) result.setEnd(end, to);
  return result.collapsed ? range.cloneRange() : result;
}

/** The link for a range: Chromium's text fragment for it (unique on the page, whole words) after the fallback anchor. */
function linkTo(range: Range): string {
  const page = location.origin + location.pathname; // the address the reader is on, whatever host serves it
  const expanded = trimmed(range); // a copy: the generator moves it to word bounds, the reader's selection stays
  const { status, fragment } = generateFragmentFromRange(expanded);
  const anchor = fallbackAnchor(expanded);
  if (status !== GenerateFragmentStatus.SUCCESS || !fragment) return `${page}#${anchor ?? ''}`;
  return passageUrl(page, anchor, fragment);
}

class PassageLink extends HTMLElement {
  private range: Range | null = null;

  connectedCallback() {
    const button = this.querySelector('button')!;
    const body = document.querySelector('[data-pagefind-body]');
    const onSelection = () => {
      const selection = getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (!range || range.toString().trim().length < 2 || !body?.contains(range.commonAncestorContainer)) {
        if (document.activeElement !== button) button.hidden = true;
        return;
      }
      this.range = range.cloneRange();
      const box = range.getBoundingClientRect();
      button.style.top = `${box.bottom + scrollY + 6}px`;
      button.style.left = `${Math.max(8, box.left + scrollX)}px`;
      button.hidden = false;
    };
    document.addEventListener('selectionchange', onSelection);
    onSelection(); // loaded by the first selection (lazy.ts), so handle that one now
    button.addEventListener('click', async () => {
      if (this.range && (await copyText(linkTo(this.range)))) announce(this.dataset['copied'] ?? '', button);
      button.hidden = true;
    });
  }
}

customElements.define('passage-link', PassageLink);
