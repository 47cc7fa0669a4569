import { normalizeForQuote } from '../source-article';
import { rangesOf, type Range } from './ranges';

/** Markup inside a quotation (`<Term id="…">…</Term>`) is not part of the quoted words. */
const TAG = /<\/?[A-Za-z][^<>]*>/g;

/**
 * Quotations of the article inside site-written Chinese: the text between “ and ” (or in 《》) when those
 * words, markup removed, occur in the article. They keep the article's own punctuation (its half-width
 * commas), so the typography rules do not apply inside them.
 */
export function articleQuotations(text: string, normalizedArticle: string): Range[] {
  return [...rangesOf(text, /“([^“”]*)”/g, 1), ...rangesOf(text, /《([^《》]*)》/g, 1)].filter(([start, end]) => {
    const words = normalizeForQuote(text.slice(start, end).replace(TAG, ''));
    return words.length > 0 && normalizedArticle.includes(words);
  });
}

/** Block quotations (`> …` lines) and `<q>…</q>` in MDX: quotations of the article, kept verbatim. */
export function quotedBlocks(mdx: string): Range[] {
  return [...rangesOf(mdx, /^>.*$/gm), ...rangesOf(mdx, /<q\b[^>]*>[\s\S]*?<\/q>/g)];
}
