import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSlugs, dist } from './support/site';

/** The page as a reader without CSS sees it: w3m's plain-text dump of the built HTML. */
function readAsText(locale: string, slug: string): string {
  return execFileSync('w3m', ['-dump', '-cols', '200', '-I', 'UTF-8', '-O', 'UTF-8', '-T', 'text/html', join(dist, locale, slug, 'index.html')], {
    encoding: 'utf8',
  });
}

const pages = ['zh', 'en'].flatMap((locale) => builtSlugs(locale).map((slug) => [locale, slug] as const));

describe('text of the built pages as a reader sees it', () => {
  it.each(pages)('/%s/%s/ shows no Markdown emphasis left unparsed (literal ** or __)', (locale, slug) => {
    const text = readAsText(locale, slug);
    expect(text.split('\n').filter((line) => /\*\*|__/.test(line))).toEqual([]);
  });

  it.each(pages.filter(([locale]) => locale === 'en'))('/%s/%s/ has no closing quote ” where an opening one belongs', (locale, slug) => {
    const text = readAsText(locale, slug);
    // smartypants turns "#" into ”#”: a ” after a space or bracket and before a word or symbol stands where “ belongs.
    // (A ” alone before ¶ can follow spaces where w3m lays out a table cell; that is layout, not text.)
    expect(text.split('\n').filter((line) => /(^|[\s([{])”(?=[\p{L}\p{N}#/@$%&*+])/u.test(line))).toEqual([]);
  });
});
