import { defaultTreeAdapter as adapter, parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { htmlLang, locales, type Locale } from '../i18n/locales';
import { repeatedControlClasses } from './repeated-controls';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

/**
 * What the search index is given for one built page. Pagefind splits a page into sub-results only at headings
 * with an id, but readers cite (and search should open) places that are not headings: source paragraphs
 * (`div#p7`), timeline events (`li#…`) and statistic rows (`tr#…`). The copy given to Pagefind (never the served
 * page) turns the label that opens each such element (the ¶ number, the event's date, the row's figure name)
 * into a heading carrying the element's id, so a hit there opens `#p7`, `#event-id` or `#statistic-id`.
 *
 * Text in the other language (`lang="zh-CN"` on an English page, `lang="en"` on a Chinese one) inside an element
 * with an id is taken out of the page's index and handed over as a record for the other language's index, under
 * the page's own address: the Chinese original on /en/source/ is then found by a Chinese query (segmented as
 * Chinese), and an English term rendering on /zh/glossary/ by an English query, instead of each matching by
 * accident in an index built for the other language.
 *
 * Text marked `data-indexed-elsewhere` is indexed under another page and left out here altogether, with no
 * record: the English translation on /zh/source/, whose own page is /en/source/. (It is content, not interface
 * text, so it is not `data-pagefind-ignore`, which passage links and their tests skip as controls.)
 */
export interface SearchablePage {
  /** The page's HTML as Pagefind should index it. */
  html: string;
  /** Other-language text by the element that holds it: which index, the element's address, a title, the text. */
  foreign: { locale: Locale; url: string; title: string; content: string }[];
}

const ANCHORED = new Set(['section', 'div', 'li', 'tr']);
const HEADINGS = new Set(['h2', 'h3', 'h4']);

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;
const children = (node: Element): Node[] => ('content' in node ? [] : node.childNodes);

function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node) || skip(node)) return '';
  return children(node)
    .map((child) => textOf(child, skip))
    .join('');
}

function* elements(node: Element): Generator<Element> {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

const ignored = (element: Element) => attr(element, 'data-pagefind-ignore') !== undefined;

/**
 * Controls repeated through the text that the index must skip, marked here rather than by a data-pagefind-ignore
 * on each in every served page: a heading's copy-link button, a "corrected" mark and a ¶n mark (<Src>, which links
 * to a source paragraph, #p<n>; the timeline's dateline mark is searchable).
 */
function skippedControl(element: Element): boolean {
  if (element.tagName !== 'a') return false;
  const classes = (attr(element, 'class') ?? '').split(/\s+/);
  // A source mark is skipped when it links to a paragraph (#p<n>); the timeline's dateline mark is searchable.
  return repeatedControlClasses.some((c) => classes.includes(c) && (c !== 'src' || /#p\d+$/.test(attr(element, 'href') ?? '')));
}

/** Replaces the element's opening label by a heading with the element's id; returns the heading's text. */
function headingFor(element: Element): string | null {
  const id = attr(element, 'id');
  const first = children(element).find(isElement);
  if (!id || !first) return null;
  // A row's label is the text that opens its first cell (the rest of the cell explains what is counted).
  const holder = element.tagName === 'tr' ? first : element;
  const label = element.tagName === 'tr' ? children(first).find((node) => node.nodeName === '#text') : first;
  if (!label) return null;
  const title = (isElement(label) && attr(label, 'aria-label')) || textOf(label, ignored).trim();
  if (!title) return null;
  const heading = adapter.createElement('h6', adapter.getNamespaceURI(element), [{ name: 'id', value: id }]);
  adapter.insertText(heading, title);
  adapter.insertBefore(holder, heading, label);
  adapter.detachNode(label);
  element.attrs = element.attrs.filter((a) => a.name !== 'id');
  return title;
}

/** The outermost elements in `lang` inside the element. */
function inLanguage(node: Element, lang: string): Element[] {
  if (attr(node, 'lang') === lang) return [node];
  return children(node)
    .filter(isElement)
    .flatMap((child) => inLanguage(child, lang));
}

/** The page as the search index should see it (see SearchablePage); `url` is the page's path, e.g. `/en/source/`. */
export function searchablePage(html: string, url: string): SearchablePage {
  const document = parse(html);
  const root = adapter.getChildNodes(document).find(isElement)!;
  const all = [...elements(root)];
  for (const element of all) if (skippedControl(element) && !ignored(element)) element.attrs.push({ name: 'data-pagefind-ignore', value: '' });
  const body = all.find((element) => attr(element, 'data-pagefind-body') !== undefined);
  const pageTitle = textOf(all.find((element) => element.tagName === 'h1') ?? root, ignored).trim();
  const other = locales.find((locale) => htmlLang[locale] !== attr(root, 'lang'))!;
  const foreign: SearchablePage['foreign'] = [];
  for (const element of body ? [...elements(body)] : []) {
    if (attr(element, 'data-indexed-elsewhere') !== undefined) adapter.detachNode(element);
  }
  for (const element of body ? [...elements(body)] : []) {
    const id = attr(element, 'id');
    if (!id || !(ANCHORED.has(element.tagName) || HEADINGS.has(element.tagName))) continue;
    const parts = inLanguage(element, htmlLang[other]);
    const content = parts
      .map((part) => textOf(part, ignored).trim())
      .filter(Boolean)
      .join(' ');
    const title = HEADINGS.has(element.tagName) ? textOf(element, ignored).trim() : headingFor(element);
    if (!content || !title) continue;
    for (const part of parts) adapter.detachNode(part);
    foreign.push({ locale: other, url: `${url}#${id}`, title: `${pageTitle} › ${title}`, content });
  }
  return { html: serialize(document), foreign };
}
