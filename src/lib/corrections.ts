import { locales, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import type { Correction } from '../schemas/correction';

/** The id of the "Corrections and changes" section that ends every page with logged corrections. */
export const CORRECTIONS_SECTION_ID = 'corrections-and-changes';

/** The anchor of one entry in that section: where a "corrected" mark and the feed link to. */
export const correctionAnchor = (id: string): string => `correction-${id}`;

/** Ids the corrections log uses on every page, so a heading of the content may not take them. */
export function isReservedSectionId(id: string): boolean {
  return id === CORRECTIONS_SECTION_ID || id.startsWith('correction-');
}

/** The entries (newest first, as given) that concern one anchor of the page. */
export function correctionsFor<T extends Pick<Correction, 'section'>>(corrections: readonly T[], anchor: string): T[] {
  return corrections.filter((c) => c.section?.includes(anchor));
}

/** What the anchors of one page are called, per kind of anchor, in the page's language. */
export interface AnchorNames {
  /** Section ids of the page's headings → heading text. */
  headings: ReadonlyMap<string, string>;
  /** Glossary term, timeline event and figure ids → their names, on the pages that list them. */
  listed: ReadonlyMap<string, string>;
}

/** How the log names the place a correction concerns: its heading, term, event or figure, or source paragraph/sentence. */
export function anchorLabel(id: string, names: AnchorNames, t: Translate): string {
  const named = names.headings.get(id) ?? names.listed.get(id);
  if (named) return named;
  const source = /^p(\d+)(?:-(\d+))?$/.exec(id);
  if (source) return source[2] ? t('corrections.sentence', { n: source[1]!, m: source[2] }) : t('src.label', { n: source[1]! });
  return `#${id}`;
}

/**
 * The old wording a page quotes: the one in the page's language, or, where only the other language's text
 * changed (a translation fix), that one, each with the language it is written in.
 */
export function beforeToQuote(before: Correction['before'], locale: Locale): { locale: Locale; text: string }[] {
  if (!before) return [];
  const own = before[locale];
  if (own) return [{ locale, text: own }];
  return locales.flatMap((l) => (before[l] ? [{ locale: l, text: before[l] }] : []));
}
