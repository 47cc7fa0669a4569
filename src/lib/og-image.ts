import { withBase } from './base-path';
/** Size of every link-preview image: what Open Graph and Twitter's large summary card show uncropped. */
export const ogImageSize = { width: 1200, height: 630 } as const;

export interface OgImageText {
  title: string;
  siteName: string;
  /** The page's theme, as a word ("Smart policing"); the landing page has none. */
  theme?: string | undefined;
  /** `<html lang>` of the text, so satori picks the font's glyphs for that script. */
  lang: string;
}

/** A node of satori's element tree (the shape React elements have, written without JSX). */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children: (OgNode | string)[] | string; lang?: string };
}

const div = (style: OgNode['props']['style'], children: OgNode['props']['children']): OgNode => ({ type: 'div', props: { style, children } });

/** Every character the images draw, sorted, to subset the font to exactly these (once for all images). */
export function ogImageCharacters(texts: readonly OgImageText[]): string {
  return [...new Set(texts.flatMap((t) => [...`${t.title}${t.siteName}${t.theme ?? ''}`]))].sort().join('');
}

/** The layout of a preview image: the site's name at the top; the theme and the page title, large, below; in the site's blue. */
export function ogImageTree({ title, siteName, theme, lang }: OgImageText): OgNode {
  // Long titles step down in size so they fit in three lines.
  const titleSize = title.length > 40 ? 56 : title.length > 22 ? 68 : 84;
  return {
    type: 'div',
    props: {
      lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#0b57a4',
        color: '#ffffff',
        fontFamily: 'Noto Sans SC',
      },
      children: [
        div({ display: 'flex', fontSize: 36, color: '#e3eefa' }, siteName),
        div({ display: 'flex', flexDirection: 'column' }, [
          ...(theme ? [div({ display: 'flex', fontSize: 34, color: '#8cc4ff', marginBottom: 24 }, theme)] : []),
          div({ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.2 }, title),
        ]),
      ],
    },
  };
}

/** Site path (under the base) of a page's preview image; `site` is the landing page's. */
export function ogImagePath(name: { locale: string; slug: string } | 'site'): string {
  return name === 'site' ? 'og/site.png' : `og/${name.locale}-${name.slug}.png`;
}

/** Absolute address of a preview image (Open Graph wants absolute URLs), under the build's base. */
export function ogImageUrl(name: Parameters<typeof ogImagePath>[0], base: string, site: URL | string): string {
  return new URL(withBase(base, ogImagePath(name)), site).href;
}
