import { paragraphId } from '../schemas/localized';
import type { SentencePair, SourceArticle, SourceMeta, SourceTranslation } from '../schemas/source';

/** The article text split into its parts; body paragraphs are numbered from 1 in reading order. */
export interface ParsedArticle {
  headline: string;
  dateAsGiven: string;
  tags: string;
  originalHeadline: string;
  body: { n: number; heading: boolean; text: string }[];
}

const DATE_PREFIX = '日期:';
const ORIGINAL_TITLE_PREFIX = '原标题:';
/** The host page's "related reading" links end the file; they are not part of the article. */
const RELATED_LINKS_MARKER = '相关阅读';

/** Splits the article as published (blank-line separated blocks) into headline, dateline and numbered body. */
export function parseArticle(text: string): ParsedArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const [headline = '', dateline = '', original = '', ...rest] = blocks;
  if (!dateline.startsWith(DATE_PREFIX) || !original.startsWith(ORIGINAL_TITLE_PREFIX)) {
    throw new Error(`source article: expected headline, "${DATE_PREFIX}" line and "${ORIGINAL_TITLE_PREFIX}" line first`);
  }
  const [dateLine = '', tags = ''] = dateline.split('\n');
  const body = rest.filter((b) => !b.includes(RELATED_LINKS_MARKER));
  return {
    headline,
    dateAsGiven: dateLine.slice(DATE_PREFIX.length).trim(),
    tags: tags.trim(),
    originalHeadline: original.slice(ORIGINAL_TITLE_PREFIX.length).trim(),
    body: body.map((block, i) => ({ n: i + 1, heading: isSubheading(block), text: block })),
  };
}

/** The article's sub-headings are short lines without sentence-ending punctuation. */
function isSubheading(block: string): boolean {
  return !block.includes('\n') && block.length <= 30 && !/[。!?:”]$/.test(block);
}

/** Whitespace-insensitive form used to find quotes in the article. */
export function normalizeForQuote(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The anchor of sentence `i` (from 1) of source paragraph `n`: `p7-2`, the same on both language pages. */
export const sentenceId = (n: number, i: number) => `${paragraphId(n)}-${i}`;

/**
 * Where a paragraph's Chinese sentences stop matching the paragraph: null when they join to it exactly,
 * else the first differing character's index with a few characters of each side from there.
 */
export function sentenceMismatch(paragraph: string, sentences: readonly Pick<SentencePair, 'zh'>[]): { at: number; article: string; sentences: string } | null {
  const joined = sentences.map((s) => s.zh).join('');
  if (joined === paragraph) return null;
  let at = 0;
  while (at < paragraph.length && paragraph[at] === joined[at]) at++;
  const excerpt = (text: string) => text.slice(at, at + 12) || '(end)';
  return { at, article: excerpt(paragraph), sentences: excerpt(joined) };
}

/** Joins the parsed article, its metadata and its English translation into the `source` entry. */
export function buildSourceArticle(parsed: ParsedArticle, meta: SourceMeta, en: SourceTranslation): SourceArticle {
  return {
    ...meta,
    headline: { zh: parsed.headline, en: en.headline },
    originalHeadline: { zh: parsed.originalHeadline, en: en.originalHeadline },
    tags: { zh: parsed.tags, en: en.tags },
    dateAsGiven: parsed.dateAsGiven,
    paragraphs: parsed.body.map(({ n, heading, text }) => {
      const pairs = en.paragraphs[paragraphId(n)] ?? [];
      return {
        n,
        heading,
        text: { zh: text, en: pairs.map((s) => s.en).join(' ') },
        sentences: pairs.map((s, i) => ({ id: sentenceId(n, i + 1), text: { zh: s.zh, en: s.en } })),
      };
    }),
  };
}

/** The article's own sub-headings as entries for the source page's table of contents (`#p4`, `#p9` …). */
export function articleOutline(
  article: Pick<SourceArticle, 'paragraphs'>,
  locale: keyof SourceArticle['headline'],
): { depth: 3; slug: string; text: string }[] {
  return article.paragraphs.filter((p) => p.heading).map((p) => ({ depth: 3, slug: paragraphId(p.n), text: p.text[locale] }));
}

/**
 * The sentences of a paragraph that hold a quote (whitespace-insensitive), so that a figure quoted in
 * Chinese can show the translation of the sentence it comes from; empty when the quote is not there.
 */
export function sentencesQuoting<S extends { text: { zh: string } }>(sentences: readonly S[], quote: string): S[] {
  const needle = normalizeForQuote(quote);
  const spans = sentences.map((s) => normalizeForQuote(s.text.zh));
  const start = spans.join('').indexOf(needle);
  if (!needle || start < 0) return [];
  const end = start + needle.length;
  let offset = 0;
  return sentences.filter((_, i) => {
    const from = offset;
    offset += spans[i]!.length;
    return from < end && offset > start;
  });
}
