import type { Locale } from '../i18n/locales';
import { htmlLang } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import type { Statistic } from '../schemas/statistic';

// Intl formatters are costly to create and every page formats numbers and dates: keep one of each.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  if (!formatters.has(key)) formatters.set(key, create());
  return formatters.get(key) as T;
}

/**
 * A plain number in the reader's convention: `10,000` in English, `10000` (or `1万` when compact) in Chinese.
 * A negative number takes the minus sign U+2212 (`−56.8`), not the hyphen that Intl writes.
 */
export function formatNumber(value: number, locale: Locale, options: { compact?: boolean } = {}): string {
  const compact = Boolean(options.compact && Math.abs(value) >= 10_000);
  const format = cached(
    `number:${locale}:${compact}`,
    () =>
      new Intl.NumberFormat(htmlLang[locale], {
        maximumFractionDigits: 2,
        useGrouping: locale === 'en',
        ...(compact ? { notation: 'compact', compactDisplay: locale === 'en' ? 'long' : 'short' } : {}),
      }),
  );
  return value < 0 ? `\u2212${format.format(-value)}` : format.format(value);
}

export interface StatisticStyle {
  /** Whole numbers 0–9 in words, for running text: `three years`, `两级`. */
  words?: boolean | undefined;
  /** Without the sign, where the sentence says the direction (`fell 56.8%`, `下降56.8%`). */
  magnitude?: boolean | undefined;
}

/**
 * The value of a statistic with its unit and qualifier, as a reader of `locale` writes it:
 * `98.56%`, `逾6000人` / `more than 6,000 people`, `95%以上` / `at least 95%`, `1 person`.
 * A figure the article writes in characters is written so on Chinese pages (`四级`).
 * A fall is shown by the label ("change in …") and the sign. 万元 is converted to yuan in English.
 */
export function formatStatistic(
  stat: Pick<Statistic, 'value' | 'unit' | 'qualifier' | 'writtenInCharacters'>,
  locale: Locale,
  t: Translate,
  style: StatisticStyle = {},
): string {
  const converted = stat.unit === 'wan-yuan' && locale !== 'zh' ? Math.round(stat.value * 10_000) : stat.value;
  const value = style.magnitude ? Math.abs(converted) : converted;
  // Chinese text follows the article, which writes some small numbers in characters (四级, 九场).
  const inWords = style.words || (locale === 'zh' && stat.writtenInCharacters);
  const word = inWords && Number.isInteger(value) && value >= 0 && value <= 9 ? t('number.words').split('|')[value] : undefined;
  const withUnit = t(`unit.${stat.unit}`, word ? { n: word, count: value } : { n: value });
  return t(`qualifier.${stat.qualifier}`, { v: withUnit });
}

/** `2019-01-08` → `8 January 2019` / `2019年1月8日`; `asOf` reads a month as its end (截至…月底). */
export function formatPartialDate(date: string, locale: Locale, t: Translate, options: { asOf?: boolean } = {}): string {
  const [y = '', m, d] = date.split('-');
  if (!m) return t('date.year', { y });
  const monthName = cached(`month:${locale}`, () => new Intl.DateTimeFormat(htmlLang[locale], { month: 'long', timeZone: 'UTC' }));
  const month = monthName.format(new Date(Date.UTC(Number(y), Number(m) - 1, 1)));
  const values = { y, m: Number(m), d: Number(d), month };
  if (!d) return t(options.asOf ? 'date.as-of-month' : 'date.month', values);
  return t('date.day', values);
}

/** When a statistic applies: `2018`, `as of the end of January 2019`, `target for 2019`. Empty when undated. */
export function formatPeriod(period: Statistic['period'], locale: Locale, t: Translate): string {
  const date = period.date ? formatPartialDate(period.date, locale, t, { asOf: period.type === 'as-of' }) : undefined;
  if (period.type === 'target') return date ? t('period.target', { date }) : t('period.target-undated');
  if (!date) return '';
  return period.type === 'as-of' ? t('period.as-of', { date }) : t('period.during', { date });
}

/** A piece of text and whether it must stay on one line. */
export interface TextPart {
  text: string;
  nowrap: boolean;
}

// Month-day dates such as the article's dateline "03-18": a browser may break a line after the hyphen.
const UNBREAKABLE = /\b\d{2}-\d{2}\b/g;

/**
 * `text` split so that a date like `03-18` stays on one line (rendered as `<span class="nowrap">`), and with a
 * no-break space between a number and the word after it (`20 years`, `8 January`), so a line never
 * starts with a unit. The words themselves are unchanged, so copying and search still see `03-18`.
 */
export function keepTogether(text: string): TextPart[] {
  const bound = text.replace(/(\d) (?=\p{L})/gu, '$1\u00a0');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of bound.matchAll(UNBREAKABLE)) {
    if (m.index > last) parts.push({ text: bound.slice(last, m.index), nowrap: false });
    parts.push({ text: m[0], nowrap: true });
    last = m.index + m[0].length;
  }
  if (last < bound.length) parts.push({ text: bound.slice(last), nowrap: false });
  return parts;
}

/**
 * `formatStatistic` in three parts for a figure card, whose number stands large and words small:
 * `more than` · `6,000` · `people`, `逾` · `6000` · `人`, `` · `95%` · `以上`. A `%` (or an ordinal's `th`)
 * stays with the number.
 */
export function statisticParts(
  stat: Pick<Statistic, 'value' | 'unit' | 'qualifier'>,
  locale: Locale,
  t: Translate,
): { before: string; number: string; after: string } {
  const full = formatStatistic(stat, locale, t);
  const slot = '\u0000';
  const template = t(`qualifier.${stat.qualifier}`, { v: t(`unit.${stat.unit}`, { n: slot, count: stat.value }) });
  const [before = '', rest = ''] = template.split(slot);
  const attached = /^(?:[%‰]|[a-z]+(?=[\s\u00a0]|$))/.exec(rest)?.[0] ?? '';
  const after = rest.slice(attached.length);
  return { before: before.trim(), number: full.slice(before.length, full.length - after.length), after: after.trim() };
}
