// Loaded on the first text selection (lazy.ts): the generator is ~9 KB gzip, which no first load should carry.
import { generateFragmentFromRange, GenerateFragmentStatus, setTimeout as setGenerationLimit } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { passageUrl } from '../lib/passage-url';
import { interfaceTextSelector } from '../lib/repeated-controls';
import { contextTouchesUi, passageBounds, withoutUiContext, type TextSegment } from '../lib/passage-bounds';
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

/** Interface text next to a passage: ¶ numbers, corrected marks, heading # links (see passageBounds). */
const UI = interfaceTextSelector;
const segment = (node: Text): TextSegment => ({ text: node.data, ui: node.parentElement?.closest(UI) !== null });

/**
 * The range narrowed to the passage text it holds: without the spaces at its ends (the generator keeps a
 * leading space in textStart, where no match can begin, so it would never find the passage unique) and without
 * interface text at its ends (src/lib/passage-bounds.ts).
 */
function trimmed(range: Range): Range {
  const result = range.cloneRange();
  const root = range.commonAncestorContainer;
  const nodes: Text[] = [];
  if (root instanceof Text) nodes.push(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (range.intersectsNode(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  if (nodes.length === 0) return result;
  const first = nodes.indexOf(range.startContainer as Text);
  const last = nodes.indexOf(range.endContainer as Text);
  const bounds = passageBounds(
    nodes.map(segment),
    first >= 0 ? { segment: first, offset: range.startOffset } : { segment: 0, offset: 0 },
    last >= 0 ? { segment: last, offset: range.endOffset } : { segment: nodes.length - 1, offset: nodes.at(-1)!.length },
  );
  if (!bounds) return result;
  result.setStart(nodes[bounds.start.segment]!, bounds.start.offset);
  result.setEnd(nodes[bounds.end.segment]!, bounds.end.offset);
  return result;
}

/** The text nodes of the page next to an edge of the range, nearest first, a few dozen at most. */
function outward(range: Range, direction: 'before' | 'after'): TextSegment[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const edge = direction === 'before' ? range.startContainer : range.endContainer;
  walker.currentNode = edge instanceof Text ? edge : (edge.childNodes[direction === 'before' ? range.startOffset : range.endOffset] ?? edge);
  const found: TextSegment[] = [];
  if (edge instanceof Text) {
    const rest = direction === 'before' ? edge.data.slice(0, range.startOffset) : edge.data.slice(range.endOffset);
    found.push({ ...segment(edge), text: rest });
  }
  for (
    let node = direction === 'before' ? walker.previousNode() : walker.nextNode();
    node && found.length < 40;
    node = direction === 'before' ? walker.previousNode() : walker.nextNode()
  ) {
    found.push(segment(node as Text));
  }
  return found;
}

/** The link for a range: Chromium's text fragment for it (unique on the page, whole words) after the fallback anchor. */
function linkTo(range: Range): string {
  const page = location.origin + location.pathname; // the address the reader is on, whatever host serves it
  const expanded = trimmed(range); // a copy: the generator moves it to word bounds, the reader's selection stays
  const { status, fragment } = generateFragmentFromRange(expanded);
  const anchor = fallbackAnchor(expanded);
  if (status !== GenerateFragmentStatus.SUCCESS || !fragment) return `${page}#${anchor ?? ''}`;
  const touches = {
    prefix: fragment.prefix !== undefined && contextTouchesUi(outward(expanded, 'before'), fragment.prefix),
    suffix: fragment.suffix !== undefined && contextTouchesUi(outward(expanded, 'after'), fragment.suffix),
  };
  return passageUrl(page, anchor, touches.prefix || touches.suffix ? withoutUiContext(fragment, touches, document.body.innerText) : fragment);
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
