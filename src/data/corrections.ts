import { getCollection, getEntry } from 'astro:content';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { htmlLang, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { anchorLabel, beforeToQuote, correctionAnchor, correctionsFor, CORRECTIONS_SECTION_ID } from '../lib/corrections';
import { isoDate } from '../lib/base-path';
import { feedOptions } from '../lib/feed';
import { formatPartialDate } from '../lib/format';
import { splitPageId } from '../lib/site-pages';
import type { Correction } from '../schemas/correction';
import { pageCorrections, pageDates, statisticsById } from './collections';

/** One entry of a page's "Corrections and changes" section, in the page's language, ready to render. */
export interface LogEntry {
  anchor: string;
  /** YYYY-MM-DD for `<time datetime>`, and as the reader sees it. */
  date: string;
  dateText: string;
  kind: string;
  summary: string;
  before: { lang: string; text: string }[];
  /** The sections (or terms, events, figures, paragraphs) it concerns, as links on the page. */
  targets: { href: string; label: string }[];
}

/** A "corrected" mark beside the heading of a section that an entry concerns. */
export interface CorrectionMark {
  href: string;
  date: string;
  text: string;
  kind: string;
}

const listedNamesByLocale = new Map<Locale, Promise<ReadonlyMap<string, string>>>();

/** Names of the anchors that list pages give (glossary terms, timeline events, figure rows), in one language. */
function listedNames(locale: Locale): Promise<ReadonlyMap<string, string>> {
  let names = listedNamesByLocale.get(locale);
  if (!names) {
    const t = useTranslations(locale);
    names = (async () => {
      const [terms, events, figures] = await Promise.all([getCollection('glossary'), getCollection('timeline'), statisticsById()]);
      return new Map([
        ...terms.map((e) => [e.data.id, e.data[locale]] as const),
        ...events.map((e) => [e.data.id, t('corrections.event', { date: formatPartialDate(e.data.date, locale, t) })] as const),
        ...[...figures.values()].map((s) => [s.id, s.label[locale]] as const),
      ]);
    })();
    listedNamesByLocale.set(locale, names);
  }
  return names;
}

const dayText = (date: Date, locale: Locale) => formatPartialDate(isoDate(date), locale, useTranslations(locale));

/** The page's corrections log, newest first; empty when nothing was logged for the page. */
export async function correctionsLog(slug: string, locale: Locale, headings: readonly { slug: string; text: string }[]): Promise<LogEntry[]> {
  const t = useTranslations(locale);
  const names = { headings: new Map(headings.map((h) => [h.slug, h.text])), listed: await listedNames(locale) };
  return (await pageCorrections(slug)).map((c) => ({
    anchor: correctionAnchor(c.id),
    date: isoDate(c.date),
    dateText: dayText(c.date, locale),
    kind: t(`corrections.kind.${c.kind}`),
    summary: c.summary[locale],
    before: beforeToQuote(c.before, locale).map((b) => ({ lang: htmlLang[b.locale], text: b.text })),
    targets: (c.section ?? []).map((id) => ({ href: `#${id}`, label: anchorLabel(id, names, t) })),
  }));
}

/** The marks for one anchor of a page: one per entry that concerns it, newest first. */
export async function correctionMarks(slug: string, locale: Locale, anchor: string): Promise<CorrectionMark[]> {
  const t = useTranslations(locale);
  return correctionsFor(await pageCorrections(slug), anchor).map((c) => ({
    href: `#${correctionAnchor(c.id)}`,
    date: isoDate(c.date),
    text: t('corrections.mark', { date: dayText(c.date, locale) }),
    kind: t(`corrections.kind.${c.kind}`),
  }));
}

/** The log's entry in the page's table of contents (none when the page has no corrections). */
export async function correctionsTocEntry(slug: string, locale: Locale): Promise<{ depth: 2; slug: string; text: string }[]> {
  return (await pageCorrections(slug)).length > 0 ? [{ depth: 2, slug: CORRECTIONS_SECTION_ID, text: useTranslations(locale)('corrections.title') }] : [];
}

/** A content page's dates (`pageDates()`), looked up by language and slug. */
export async function pageDatesOf(locale: Locale, slug: string): Promise<{ published: Date; modified: Date }> {
  const entry = await getEntry('pages', `${locale}/${slug}`);
  if (!entry) throw new Error(`content/pages/${locale}/${slug}.mdx: no such page`);
  return pageDates(slug, entry.data);
}

/** The options of one language's feed (/<lang>/feed.xml). */
export async function feedFor(locale: Locale) {
  const t = useTranslations(locale);
  const entries = (await getCollection('pages')).filter((e) => splitPageId(e.id).locale === locale);
  const pages = await Promise.all(
    entries.map(async (e) => {
      const slug = splitPageId(e.id).slug;
      return { slug, title: e.data.title, description: e.data.description, published: (await pageDates(slug, e.data)).published };
    }),
  );
  const corrections: Correction[] = (await Promise.all(pages.map((p) => pageCorrections(p.slug)))).flat();
  return feedOptions({
    locale,
    t,
    siteTitle: t('site.title'),
    feedUrl: feedUrl(locale),
    homeUrl: getAbsoluteLocaleUrl(locale, 'overview'),
    pageUrl: (slug) => getAbsoluteLocaleUrl(locale, slug),
    pages,
    corrections,
  });
}

/** The absolute address of one language's feed (site and base included; a file, so no trailing slash). */
export const feedUrl = (locale: Locale): string => `${getAbsoluteLocaleUrl(locale, '')}feed.xml`;
