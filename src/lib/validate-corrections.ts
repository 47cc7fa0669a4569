import type { Correction } from '../schemas/correction';
import type { ContentSet, DataFile } from './content-set';
import { isReservedSectionId } from './corrections';
import { extractPageReferences, MdxSyntaxError } from './mdx-references';
import { parseArticle } from './source-article';

/**
 * The list components that give a page anchors of their own, beyond its headings: each glossary term,
 * timeline event and figure row is a `#<id>`, and the source article's paragraphs are `#p<N>`.
 */
const LISTED_ANCHORS = {
  GlossaryList: 'glossary',
  TimelineList: 'timeline',
  StatisticsTable: 'statistics',
} as const satisfies Record<string, keyof ContentSet['data']>;
const SOURCE_COMPONENT = 'SourceArticle';

/** Paragraph `p7` or sentence `p7-2` of the source article. */
const SOURCE_ANCHOR = /^p([1-9]\d*)(?:-([1-9]\d*))?$/;

export interface PageAnchors {
  ids: Set<string>;
  /** Paragraphs of the source article this page shows (0 when it does not show it). */
  sourceParagraphs: number;
  /** A list the page shows could not be read (its error is reported): its anchors are unknown, so not checked. */
  incomplete?: boolean;
}

/** Reports every entry whose page does not exist or whose section is not an anchor of that page. */
export function checkCorrectionTargets(
  file: string,
  entries: readonly { field: string; value: Correction }[],
  anchors: ReadonlyMap<string, PageAnchors>,
  report: (file: string, field: string, message: string) => void,
): void {
  for (const { field, value } of entries) {
    const page = anchors.get(value.page);
    if (!page) {
      report(file, `${field}.page`, `page "${value.page}" does not exist (no content/pages/<lang>/${value.page}.mdx)`);
      continue;
    }
    if (page.incomplete) continue;
    const sections = value.section ?? [];
    sections.forEach((id, i) => {
      const message = missingAnchor(id, value.page, page);
      if (message) report(file, sections.length > 1 ? `${field}.section[${i}]` : `${field}.section`, message);
    });
  }
}

function missingAnchor(id: string, slug: string, page: PageAnchors): string | undefined {
  if (page.ids.has(id)) return undefined;
  const source = SOURCE_ANCHOR.exec(id);
  if (source && page.sourceParagraphs > 0) {
    const n = Number(source[1]);
    if (n <= page.sourceParagraphs) return undefined;
    return `source paragraph p${n} does not exist (the article has p1–p${page.sourceParagraphs})`;
  }
  return `section "#${id}" is not on page "${slug}"`;
}

/** Every anchor a correction may point at, per page slug (the union of the page's languages); reports headings that take the log's ids. */
export function pageAnchors(set: ContentSet, report: (file: string, field: string, message: string) => void): Map<string, PageAnchors> {
  let paragraphCount = 0;
  try {
    paragraphCount = parseArticle(set.article.text).body.length;
  } catch {
    // The main validator reports an unreadable article; here it only means no paragraph anchors.
  }
  const anchors = new Map<string, PageAnchors>();
  for (const page of set.pages) {
    const entry = anchors.get(page.slug) ?? { ids: new Set<string>(), sourceParagraphs: 0 };
    // A page whose MDX does not parse is reported by the main validator; it only has no heading anchors here.
    let headings: ReturnType<typeof extractPageReferences>['headings'] = [];
    try {
      headings = extractPageReferences(page.body).headings;
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
    }
    for (const heading of headings) {
      if (!heading.id) continue;
      entry.ids.add(heading.id);
      if (isReservedSectionId(heading.id)) report(page.file, `line ${heading.line}`, `section id "${heading.id}" is reserved for the corrections log`);
    }
    for (const [component, key] of Object.entries(LISTED_ANCHORS)) {
      if (!usesComponent(page.body, component)) continue;
      if (set.data[key].data === undefined) entry.incomplete = true;
      for (const id of listIds(set.data[key])) entry.ids.add(id);
    }
    if (usesComponent(page.body, SOURCE_COMPONENT)) entry.sourceParagraphs = paragraphCount;
    anchors.set(page.slug, entry);
  }
  return anchors;
}

const usesComponent = (body: string, name: string) => new RegExp(`<${name}\\b`).test(body);

function listIds(source: DataFile): string[] {
  if (!Array.isArray(source.data)) return [];
  return source.data.map((raw) => (raw as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}
