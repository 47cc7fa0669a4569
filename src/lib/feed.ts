import type { RSSOptions } from '@astrojs/rss';
import { htmlLang, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import type { Correction } from '../schemas/correction';
import { correctionAnchor } from './corrections';

/** A page as the feed announces it: when it first appeared (`pageDates().published`). */
export interface FeedPage {
  slug: string;
  title: string;
  description: string;
  published: Date;
}

export interface FeedInput {
  locale: Locale;
  t: Translate;
  siteTitle: string;
  /** The feed's own absolute address, and the home page of its language. */
  feedUrl: string;
  homeUrl: string;
  /** The absolute address of a page in this language (site and base included). */
  pageUrl: (slug: string) => string;
  pages: readonly FeedPage[];
  corrections: readonly Correction[];
}

/**
 * One language's feed: every page when it was first published, and every logged correction linking to
 * its entry (`#correction-<id>`), newest first. Given to `@astrojs/rss`, which escapes every text.
 */
export function feedOptions({ locale, t, siteTitle, feedUrl, homeUrl, pageUrl, pages, corrections }: FeedInput): RSSOptions {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const items = [
    ...pages.map((page) => ({
      title: t('feed.newPage', { title: page.title }),
      link: pageUrl(page.slug),
      pubDate: page.published,
      description: page.description,
    })),
    ...corrections.flatMap((c) => {
      const page = bySlug.get(c.page);
      if (!page) return [];
      return [
        {
          title: t('feed.correction', { kind: t(`corrections.kind.${c.kind}`), title: page.title }),
          link: `${pageUrl(c.page)}#${correctionAnchor(c.id)}`,
          pubDate: c.date,
          description: c.summary[locale],
        },
      ];
    }),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
  return {
    title: t('feed.title', { site: siteTitle }),
    description: t('feed.description', { site: siteTitle }),
    site: homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${htmlLang[locale]}</language><atom:link href="${encodeURI(feedUrl).replace(/&/g, '&amp;')}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}
