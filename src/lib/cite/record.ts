import type { Locale } from '../../i18n/locales';

/** What the article gives of itself: a date without a year, a year the site infers, and what is known of its origin. */
export interface SourceFacts {
  /** The headline as printed (Chinese). */
  headline: string;
  /** The date exactly as printed, "03-18". */
  dateAsGiven: string;
  /** The year the site infers (content/source/meta.yaml). */
  inferredYear: number;
  /** Who published it, in the page's language: the copy the site uses does not say. */
  origin: string;
  /** Where the site reproduces it, on the page's own language version. */
  url: string;
}

/**
 * One citable thing: a page, or one section of it. Every citation format, download, meta tag and the
 * JSON-LD are generated from these records; nothing else decides a title, date or address.
 */
export interface CitationRecord {
  /** `zh/risk-prevention` or `zh/risk-prevention#anti-gang-campaign`: unique across the site. */
  id: string;
  locale: Locale;
  /** BCP 47, as in `<html lang>`. */
  language: string;
  /** The title as cited: the page title, or `page: section` with the page language's colon. */
  title: string;
  /** The same title in the other language (its twin page). */
  otherTitle: string;
  otherLanguage: string;
  pageTitle: string;
  sectionTitle?: string | undefined;
  /** The section's id (its `#fragment`), for a section. */
  sectionId?: string | undefined;
  /** The organisation credited as author and publisher, named in the page's language. */
  author: string;
  /** The site's name (the same organisation). */
  siteName: string;
  /** `YYYY-MM-DD`: first published. */
  published: string;
  /** `YYYY-MM-DD`: last changed (review or logged correction), the date of the version cited. */
  modified: string;
  /** Absolute address; ends in `#section` for a section. */
  url: string;
  /** The page's own description (the same for its sections). */
  description: string;
  source: SourceFacts;
}

/** One language version of a page, as the build reads it. */
export interface PageVersion {
  locale: Locale;
  slug: string;
  language: string;
  title: string;
  description: string;
  /** Absolute address of the page. */
  url: string;
  /** h2/h3 sections in order, with their ids (the same ids in both languages). */
  sections: readonly { id: string; title: string }[];
  siteName: string;
  source: SourceFacts;
}

export interface PageCitations {
  page: CitationRecord;
  sections: CitationRecord[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of a front-matter date (UTC, as YAML dates are read). */
export function isoDay(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  if (!ISO_DAY.test(day)) throw new RangeError(`Not a calendar date: ${String(date)}`);
  return day;
}

/** `page：section` in Chinese (full-width colon, as Chinese titles write it), `page: section` in English. */
function joinTitle(locale: Locale, page: string, section: string | undefined): string {
  if (!section) return page;
  return locale === 'zh' ? `${page}：${section}` : `${page}: ${section}`;
}

/**
 * The records of one page in one language: the page and each section. `twin` is the same page in the other
 * language; its section titles give each record's title in the other language, matched by section id.
 */
export function pageCitations(page: PageVersion, twin: PageVersion, dates: { published: Date; modified: Date }): PageCitations {
  const otherSections = new Map(twin.sections.map((s) => [s.id, s.title]));
  const record = (section?: { id: string; title: string }): CitationRecord => {
    const otherSection = section && otherSections.get(section.id);
    if (section && otherSection === undefined) throw new Error(`${twin.locale}: section #${section.id} of ${page.url} has no twin`);
    return {
      id: `${page.locale}/${page.slug}${section ? `#${section.id}` : ''}`,
      locale: page.locale,
      language: page.language,
      title: joinTitle(page.locale, page.title, section?.title),
      otherTitle: joinTitle(twin.locale, twin.title, otherSection),
      otherLanguage: twin.language,
      pageTitle: page.title,
      sectionTitle: section?.title,
      sectionId: section?.id,
      author: page.siteName,
      siteName: page.siteName,
      published: isoDay(dates.published),
      modified: isoDay(dates.modified),
      url: section ? `${page.url}#${section.id}` : page.url,
      description: page.description,
      source: page.source,
    };
  };
  return { page: record(), sections: page.sections.map((s) => record(s)) };
}

/** Every record of a page, the page first. */
export function allRecords(citations: PageCitations): CitationRecord[] {
  return [citations.page, ...citations.sections];
}
