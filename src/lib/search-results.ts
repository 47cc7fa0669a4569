import { htmlLang, locales, type Locale } from '../i18n/locales';
import { withBase } from './base-path';

/** The site language a result belongs to, from its address (`/safe-qingdao/en/source/#p1` → `en`). */
export function resultLocale(url: string, base: string): Locale | null {
  const path = new URL(url, 'https://site.invalid').pathname;
  const first = path.slice(withBase(base, '').length).split('/')[0];
  return locales.find((locale) => locale === first) ?? null;
}

const BREAK = /[\s，。；：、！？,.;:!?“”‘’「」（）()《》…·¶]/;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A Chinese excerpt as a Chinese reader expects it. Pagefind joins the blocks it took text from with ". "
 * (written "……" here), and starts the excerpt a fixed number of words before the match, which in Chinese often
 * falls inside a phrase (`先、发现在早`, cut out of `防范在先`). Such an excerpt starts instead at the beginning
 * of its clause when that is a few characters back, else at the next word, after a "……". `content` is the
 * page's whole indexed text, in which the excerpt is looked up; English is left alone.
 */
export function tidyExcerpt(excerpt: string, content: string, locale: Locale): string {
  if (locale !== 'zh') return excerpt;
  let html = excerpt;
  const plain = html.replace(/<\/?mark>/g, '');
  const lead = plain.slice(0, 12);
  const at = lead ? content.indexOf(lead) : -1;
  if (at > 0 && !BREAK.test(content[at - 1]!) && !BREAK.test(plain[0]!)) {
    const back = content.slice(Math.max(0, at - 6), at);
    const clause = Math.max(...[...back].map((char, i) => (BREAK.test(char) ? i : -1)));
    if (clause >= 0) {
      html = escapeHtml(back.slice(clause + 1)) + html;
    } else {
      // No clause start close by: drop the part of a word that the excerpt begins with.
      const words = new Intl.Segmenter(htmlLang.zh, { granularity: 'word' });
      const around = content.slice(Math.max(0, at - 8), at + 16);
      const offset = at - Math.max(0, at - 8);
      const next = [...words.segment(around)].map((segment) => segment.index).find((index) => index >= offset);
      const cut = next === undefined ? 0 : next - offset;
      const firstMark = html.indexOf('<mark>');
      if (cut > 0 && (firstMark < 0 || cut <= firstMark)) html = html.slice(cut);
    }
  }
  const sentenceStart = at <= 0 || /[。！？\s]/.test(content[at - 1]!);
  return (sentenceStart ? '' : '……') + html.replace(/\.\s+/g, '……').replace(/^……/, '');
}

/** A sub-result as Pagefind gives it: a section of the page, with the positions of its matching words. */
export interface SectionHit {
  title: string;
  url: string;
  locations?: number[];
}

const bare = (word: string) => word.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/**
 * The section a result should open: the one whose heading holds the query, else the one with most words that
 * are the query's own words (Pagefind matches stems: “drugs” also finds “drug-control”, and a section that
 * repeats “drug” in figure labels should not win over the one that speaks of drugs), else the one with most
 * matching words. `content` is the page's indexed text, whose words the locations count (split at zero-width
 * spaces where Pagefind segmented Chinese, else at whitespace). Sections without an anchor are not candidates.
 */
export function bestSection<S extends SectionHit>(sections: readonly S[], content: string, query: string): S | undefined {
  const words = content.includes('\u200b') ? content.split('\u200b') : content.split(/\s+/);
  const wanted = new Set(query.split(/\s+/).map(bare).filter(Boolean));
  const lower = query.trim().toLowerCase();
  const score = (section: S) =>
    (lower && section.title.toLowerCase().includes(lower) ? 1e6 : 0) +
    1e3 * (section.locations ?? []).filter((at) => wanted.has(bare(words[at] ?? ''))).length +
    (section.locations?.length ?? 0);
  return sections.filter((section) => section.url.includes('#')).reduce<S | undefined>((a, b) => (!a || score(b) > score(a) ? b : a), undefined);
}
