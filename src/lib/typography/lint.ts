import { articleQuotations, quotedBlocks } from './article-quotes';
import { lintChinese, type TypographyIssue } from './chinese';
import { lintEnglish } from './english';
import { excerpt, lineAt, rangesOf } from './ranges';
import { mdxMarkup, type SiteText } from './site-texts';
import { lintSourceMarks } from './source-marks';

/** A typography fault as the build reports content faults: file, line, what to write instead. */
export interface TypographyProblem {
  file: string;
  line: number;
  message: string;
}

export interface LintContext {
  /** The article with whitespace removed (`normalizeForQuote`), to recognise quotations of it. */
  normalizedArticle: string;
  /** A statistic's source paragraph id (`p7`), for the ¶-mark rules. */
  paragraphOf: (statId: string) => string | undefined;
}

function issuesOf(item: SiteText, context: LintContext): TypographyIssue[] {
  const { text, lang, mdx } = item;
  if (lang === 'zh') {
    const exempt = [
      ...articleQuotations(text, context.normalizedArticle),
      ...(mdx ? [...quotedBlocks(text), ...rangesOf(text, /<En>([\s\S]*?)<\/En>/g, 1)] : []),
    ];
    return [...lintChinese(text, exempt), ...(mdx ? lintSourceMarks(text, context.paragraphOf) : [])];
  }
  if (!mdx) return lintEnglish(text, { curly: true });
  // MDX text is made curly by remark-smartypants when the page is built; Chinese in <Zh> keeps its own rules.
  const exempt = [...mdxMarkup(text), ...rangesOf(text, /<Zh>([\s\S]*?)<\/Zh>/g, 1)];
  return [...lintEnglish(text, { exempt }), ...lintSourceMarks(text, context.paragraphOf)];
}

/** Every typography fault of one site text, with its line in the file. */
export function lintSiteText(item: SiteText, context: LintContext): TypographyProblem[] {
  return issuesOf(item, context).map((issue) => ({
    file: item.file,
    line: item.line + lineAt(item.text, issue.offset) - 1,
    message: `${issue.message} — “${excerpt(item.text, issue.offset)}”`,
  }));
}
