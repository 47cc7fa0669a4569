import { getEntry, render } from 'astro:content';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { htmlLang, otherLocale, type Locale } from '../i18n/locales';
import { pageCitations, type PageCitations, type PageVersion } from '../lib/cite/record';
import { renderAllFormats } from '../lib/cite/render';
import type { CitePanelData } from '../lib/cite/template';
import { siteAuthor } from '../lib/site-author';
import { useTranslations } from '../i18n/ui';
import { CORRECTIONS_SECTION_ID } from '../lib/corrections';
import { pageCorrections, pageDates, sourceArticle } from './collections';

// Built once per page and language, and shared by the head tags, the cite panel and the downloads.
const records = new Map<string, Promise<PageCitations>>();
const panels = new Map<string, Promise<CitePanelData>>();

/**
 * The day of this build, as the date cited in what has no JavaScript to know today: the no-JS cite panel
 * and the static download files. Never a page's date: those come from pageDates().
 */
export const buildDay = new Date().toISOString().slice(0, 10);

async function pageVersion(locale: Locale, slug: string): Promise<{ version: PageVersion; data: { published: Date; reviewed: Date } }> {
  const entry = await getEntry('pages', `${locale}/${slug}`);
  if (!entry) throw new Error(`content/pages/${locale}/${slug}.mdx is missing`);
  const { headings } = await render(entry);
  const article = await sourceArticle();
  // A page with logged corrections ends with their section (CorrectionsLog.astro), citable like the others.
  const log = (await pageCorrections(slug)).length > 0 ? [{ id: CORRECTIONS_SECTION_ID, title: useTranslations(locale)('corrections.title') }] : [];
  return {
    data: entry.data,
    version: {
      locale,
      slug,
      language: htmlLang[locale],
      title: entry.data.title,
      description: entry.data.description,
      url: getAbsoluteLocaleUrl(locale, slug),
      sections: [...headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => ({ id: h.slug, title: h.text })), ...log],
      siteName: siteAuthor.name[locale],
      source: {
        headline: article.originalHeadline.zh,
        dateAsGiven: article.dateAsGiven,
        inferredYear: article.inferredYear,
        origin: article.attribution[locale],
        url: getAbsoluteLocaleUrl(locale, 'source'),
      },
    },
  };
}

/** The citation records of a page in one language: the page and each of its sections. */
export function citationsOf(locale: Locale, slug: string): Promise<PageCitations> {
  const key = `${locale}/${slug}`;
  if (!records.has(key)) {
    records.set(
      key,
      (async () => {
        const [own, twin] = await Promise.all([pageVersion(locale, slug), pageVersion(otherLocale(locale), slug)]);
        return pageCitations(own.version, twin.version, await pageDates(slug, own.data));
      })(),
    );
  }
  return records.get(key)!;
}

/** Every scope of a page in every format, for the cite panel (fetched when it opens) and its no-JS text. */
export function citePanelData(locale: Locale, slug: string): Promise<CitePanelData> {
  const key = `${locale}/${slug}`;
  if (!panels.has(key)) {
    panels.set(
      key,
      (async () => {
        const { page, sections } = await citationsOf(locale, slug);
        const t = useTranslations(locale);
        return {
          builtUrl: page.url,
          scopes: [
            { id: '', title: t('cite.wholePage'), formats: renderAllFormats(page) },
            ...sections.map((s) => ({ id: s.sectionId ?? '', title: s.sectionTitle ?? s.title, formats: renderAllFormats(s) })),
          ],
        };
      })(),
    );
  }
  return panels.get(key)!;
}
