import type { TypographyIssue } from './chinese';

/** Punctuation a ¶ mark may follow: it closes a sentence or clause. */
const PUNCTUATION = /[。！？；：，、….!?;:,]$/;
/** What may stand between that punctuation and the mark: closing quotes, brackets, emphasis, end tags, other marks. */
const CLOSERS = /(?:[”’"')）」』》*_]|<\/[A-Za-z]+>|<Src p="p\d+" \/>|<Stat [^>]*\/>)+$/;
const MARK = /<(Src) p="(p\d+)" \/>|<(Stat) id="([^"]+)"[^>]*\/>/g;

/**
 * The rules for ¶ source marks in MDX: a `<Src p="pN" />` stands directly after the punctuation of the
 * sentence it sources (`…同比下降。<Src p="p7" />`), never before it and never after a space; and a mark
 * does not directly repeat the paragraph of the mark before it (a `<Stat>` carries its paragraph's mark).
 * `paragraphOf` gives a statistic's paragraph id.
 */
export function lintSourceMarks(mdx: string, paragraphOf: (statId: string) => string | undefined): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  let previous: { paragraph: string; end: number } | undefined;
  for (const m of mdx.matchAll(MARK)) {
    const end = m.index + m[0].length;
    const paragraph = m[1] ? m[2]! : paragraphOf(m[4]!);
    if (m[1]) {
      const before = mdx.slice(0, m.index);
      if (/\s$/.test(before)) issues.push({ offset: m.index, message: `no space or line break before ${m[0]}: put it right after the sentence’s punctuation` });
      else if (!PUNCTUATION.test(before.replace(CLOSERS, '')))
        issues.push({ offset: m.index, message: `${m[0]} must follow the sentence’s punctuation (…。${m[0]})` });
      if (/^[。，；：！？.,;:!?]/.test(mdx.slice(end)))
        issues.push({ offset: m.index, message: `${m[0]} stands before punctuation: move it after (…${mdx[end]}${m[0]})` });
      // Only spaces, punctuation or closing markup between two marks of one paragraph: the reader sees ¶7¶7.
      const between = previous ? mdx.slice(previous.end, m.index) : '';
      if (previous && previous.paragraph === paragraph && /^(?:[\s。！？；：，、….!?;:,”’"')）*_]|<\/[A-Za-z]+>)*$/.test(between)) {
        issues.push({ offset: m.index, message: `two marks for ${paragraph} in a row: keep one` });
      }
    }
    previous = paragraph ? { paragraph, end } : undefined;
  }
  return issues;
}
