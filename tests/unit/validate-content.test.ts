import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/integrations/read-content';
import { formatProblem } from '../../src/lib/content-set';
import { validateContent } from '../../src/lib/validate-content';

const validFixture = join(import.meta.dirname, '../fixtures/valid');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the valid fixture, applies one defect and returns the validator's messages. */
function problemsWith(defect: (edit: Editor) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(root);
  cpSync(validFixture, root, { recursive: true });
  defect(new Editor(root));
  return validateContent(readContentSet(root)).map(formatProblem);
}

class Editor {
  constructor(private root: string) {}
  replace(file: string, from: string | RegExp, to: string) {
    const path = join(this.root, 'content', file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit did nothing in ${file}`);
    writeFileSync(path, after);
  }
  remove(file: string) {
    rmSync(join(this.root, 'content', file));
  }
}

describe('validateContent on the fixture content set', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('rejects a page that exists in one language only', () => {
    expect(problemsWith((e) => e.remove('pages/en/page.mdx'))).toEqual([
      'content/pages/zh/page.mdx: page "page" has no en version (expected content/pages/en/page.mdx)',
    ]);
  });

  it('rejects a statistic without a source quote, naming file, entry and field', () => {
    expect(problemsWith((e) => e.replace('statistics.yaml', '  quote: 满意度98.56%\n', ''))).toEqual([
      'content/statistics.yaml › satisfaction-2018.quote: a statistic needs the exact quote from the source article',
    ]);
  });

  it('rejects a quote that is not in the source article', () => {
    expect(problemsWith((e) => e.replace('statistics.yaml', '满意度98.56%', '满意度99.56%'))).toEqual([
      'content/statistics.yaml › satisfaction-2018.quote: quote "满意度99.56%" is not found in the source article',
    ]);
  });

  it('accepts a quote that differs from the article only in whitespace', () => {
    expect(problemsWith((e) => e.replace('statistics.yaml', '满意度98.56%', '满意度 98.56%'))).toEqual([]);
  });

  it('rejects a quote attributed to the wrong paragraph', () => {
    expect(problemsWith((e) => e.replace('statistics.yaml', /paragraph: p1/, 'paragraph: p3'))).toEqual([
      'content/statistics.yaml › satisfaction-2018.quote: quote is in source paragraph p1, not p3',
    ]);
  });

  it('rejects a page that uses an unknown statistic, dataset or glossary term', () => {
    expect(
      problemsWith((e) => {
        e.replace('pages/zh/page.mdx', '<Stat id="satisfaction-2018" />', '<Stat id="no-such-figure" />');
        e.replace('pages/zh/page.mdx', '<Chart dataset="cases" />', '<Chart dataset="no-such-data" />');
        e.replace('pages/zh/page.mdx', '<Term id="survey">', '<Term id="no-such-term">');
      }),
    ).toEqual([
      'content/pages/zh/page.mdx › <Term id>: unknown glossary term "no-such-term"',
      'content/pages/zh/page.mdx › <Stat id>: unknown statistic "no-such-figure"',
      'content/pages/zh/page.mdx › <Chart dataset>: unknown dataset "no-such-data"',
    ]);
  });

  it('rejects a reference written as an expression, which it could not check', () => {
    expect(problemsWith((e) => e.replace('pages/zh/page.mdx', '<Src p="p1" />', '<Src p={1} />'))).toEqual([
      'content/pages/zh/page.mdx › <Src p>: an expression must be a source paragraph id such as p="p7"',
    ]);
  });

  it('names the file and line of an MDX syntax error', () => {
    expect(problemsWith((e) => e.replace('pages/zh/page.mdx', '<Term id="survey">Survey</Term>', '<Term id="survey">Survey'))).toEqual([
      expect.stringMatching(/^content\/pages\/zh\/page\.mdx › line \d+: MDX syntax error: /),
    ]);
  });

  it('rejects a dataset that references an unknown statistic', () => {
    expect(problemsWith((e) => e.replace('datasets.yaml', 'cases-concluded]', 'cases-closed]'))).toEqual([
      'content/datasets.yaml › cases.statistics[1]: unknown statistic "cases-closed"',
    ]);
  });

  it('rejects a dataset that puts different units on one axis', () => {
    expect(problemsWith((e) => e.replace('datasets.yaml', 'cases-concluded]', 'satisfaction-2018]'))).toEqual([
      'content/datasets.yaml › cases.statistics: plots statistics in different units (cases, percent) on one axis',
    ]);
  });

  it('rejects two sections with the same id on one page', () => {
    const problems = problemsWith((e) => {
      e.replace('pages/zh/page.mdx', '\\{#results\\}', '\\{#survey\\}');
      e.replace('pages/en/page.mdx', '\\{#results\\}', '\\{#survey\\}');
    });
    expect(problems).toContain('content/pages/zh/page.mdx › line 15: duplicate section id "survey"');
    expect(problems).toContain('content/pages/en/page.mdx › line 15: duplicate section id "survey"');
  });

  it('rejects section ids that differ between the two languages', () => {
    expect(problemsWith((e) => e.replace('pages/en/page.mdx', '\\{#results\\}', '\\{#findings\\}'))).toEqual([
      'content/pages/en/page.mdx › sections: section ids differ from content/pages/zh/page.mdx: [survey, findings] vs [survey, results]',
    ]);
  });

  it('rejects a heading without an explicit id', () => {
    expect(problemsWith((e) => e.replace('pages/zh/page.mdx', ' \\{#results\\}', ''))).toEqual(
      expect.arrayContaining(['content/pages/zh/page.mdx › line 15: heading "Results" needs an explicit id: "### Results \\{#some-id\\}"']),
    );
  });

  it('fails on a YAML syntax error instead of building from stale data, with that one message', () => {
    // Not also one "unknown glossary term" per <Term> of every page: the file could not be read at all.
    expect(problemsWith((e) => e.replace('glossary.yaml', 'paragraphs: [p1]', 'paragraphs: [p1'))).toEqual([
      expect.stringMatching(/^content\/glossary\.yaml: YAML syntax error: /),
    ]);
  });

  it('rejects a source paragraph number that does not exist', () => {
    expect(problemsWith((e) => e.replace('pages/zh/page.mdx', '<Src p="p1" />', '<Src p="p9" />'))).toEqual([
      'content/pages/zh/page.mdx › <Src p>: source paragraph p9 does not exist (the article has p1–p3)',
    ]);
  });

  it('rejects a translation that misses a paragraph', () => {
    expect(problemsWith((e) => e.replace('source/translation.en.yaml', /\n {2}p2:\n {4}- zh: 小标题\n {6}en: Subheading/, ''))).toEqual([
      'content/source/translation.en.yaml › paragraphs.p2: translation of source paragraph p2 is missing',
    ]);
  });

  it('rejects Chinese sentences that do not join to their paragraph exactly, saying where they differ', () => {
    // One character changed (首 → 前); then the last sentence of a paragraph left out.
    expect(problemsWith((e) => e.replace('source/translation.en.yaml', '居首位。', '居前位。'))).toEqual([
      'content/source/translation.en.yaml › paragraphs.p1: the Chinese sentences do not join to source paragraph p1: from character 24 the article has "首位。", the sentences "前位。"',
    ]);
    expect(
      problemsWith((e) =>
        e.replace('source/translation.en.yaml', '- zh: 截至2019年1月底,批捕案件110件293人,审结27件119人。', '- zh: 截至2019年1月底,批捕案件110件293人,'),
      ),
    ).toEqual([
      'content/source/translation.en.yaml › paragraphs.p3: the Chinese sentences do not join to source paragraph p3: from character 25 the article has "审结27件119人。", the sentences "(end)"',
    ]);
  });

  it('accepts a paragraph cut into several sentences that join to it', () => {
    expect(
      problemsWith((e) =>
        e.replace(
          'source/translation.en.yaml',
          '- zh: 截至2019年1月底,批捕案件110件293人,审结27件119人。',
          '- zh: 截至2019年1月底,批捕案件110件293人,\n      en: As of the end of January 2019, 110 cases involving 293 people were approved for arrest;\n    - zh: 审结27件119人。',
        ),
      ),
    ).toEqual([]);
  });

  it('rejects a sentence without its translation, naming the sentence', () => {
    expect(problemsWith((e) => e.replace('source/translation.en.yaml', '      en: Subheading', '      en: " "'))).toEqual([
      'content/source/translation.en.yaml › paragraphs.p2[0].en: the sentence has no translation',
    ]);
    expect(problemsWith((e) => e.replace('source/translation.en.yaml', '      en: Subheading\n', ''))).toEqual([
      'content/source/translation.en.yaml › paragraphs.p2[0].en: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects a translation written as one string per paragraph (the old form)', () => {
    expect(problemsWith((e) => e.replace('source/translation.en.yaml', /\n {2}p2:\n {4}- zh: 小标题\n {6}en: Subheading/, '\n  p2: Subheading'))).toEqual([
      'content/source/translation.en.yaml › paragraphs.p2: Invalid input: expected array, received string',
    ]);
  });

  it('rejects a bilingual field with a language missing', () => {
    expect(
      problemsWith((e) => e.replace('glossary.yaml', 'explanation: { zh: 问卷调查。, en: A questionnaire survey. }', 'explanation: { zh: 问卷调查。 }')),
    ).toEqual(['content/glossary.yaml › survey.explanation.en: Invalid input: expected string, received undefined']);
  });

  it('rejects a section alias that points at a section the page does not have', () => {
    expect(problemsWith((e) => e.replace('redirects.yaml', 'old-section: results', 'old-section: gone'))).toEqual([
      'content/redirects.yaml › sections.page.old-section: target section "#gone" is not on page "page"',
    ]);
  });

  it('rejects a page redirect to a page that does not exist', () => {
    expect(problemsWith((e) => e.replace('redirects.yaml', 'old-page: page', 'old-page: nowhere'))).toEqual([
      'content/redirects.yaml › pages.old-page: redirect target page "nowhere" does not exist',
    ]);
  });
  it('reports a schema error in one language once, not also as a difference from the other language', () => {
    expect(problemsWith((e) => e.replace('pages/en/page.mdx', 'navTitle: Page', 'navTitle: A navigation title far too long'))).toEqual([
      'content/pages/en/page.mdx › frontmatter.navTitle: Too big: expected string to have <=24 characters',
    ]);
  });

  it('still reports a navOrder that differs between the languages', () => {
    expect(problemsWith((e) => e.replace('pages/en/page.mdx', 'navOrder: 1', 'navOrder: 2'))).toEqual([
      "content/pages/en/page.mdx › frontmatter.navOrder: must equal the other language's value (1)",
    ]);
  });
});

describe('validateContent on the corrections log', () => {
  const log = 'corrections.yaml';
  const onBothPages = (e: Editor, text: string) => {
    for (const file of ['pages/zh/page.mdx', 'pages/en/page.mdx']) e.replace(file, /$/, `\n${text}\n`);
  };

  it('rejects a correction of a page that does not exist', () => {
    expect(problemsWith((e) => e.replace(log, 'page: page', 'page: nowhere'))).toEqual([
      'content/corrections.yaml › results-wording.page: page "nowhere" does not exist (no content/pages/<lang>/nowhere.mdx)',
    ]);
  });

  it('rejects a correction of a section the page does not have', () => {
    expect(problemsWith((e) => e.replace(log, 'section: results', 'section: findings'))).toEqual([
      'content/corrections.yaml › results-wording.section: section "#findings" is not on page "page"',
    ]);
  });

  it('names the list item when one of several sections is missing', () => {
    expect(problemsWith((e) => e.replace(log, 'section: results', 'section: [survey, findings]'))).toEqual([
      'content/corrections.yaml › results-wording.section[1]: section "#findings" is not on page "page"',
    ]);
  });

  it('accepts a timeline event as a section only on a page that lists the timeline', () => {
    const pointAtEvent = (e: Editor) => e.replace(log, 'section: results', 'section: survey-held');
    expect(problemsWith(pointAtEvent)).toEqual(['content/corrections.yaml › results-wording.section: section "#survey-held" is not on page "page"']);
    expect(problemsWith((e) => (pointAtEvent(e), onBothPages(e, '<TimelineList />')))).toEqual([]);
  });

  it('accepts source paragraphs and sentences that exist on a page showing the source article', () => {
    const showSource = (e: Editor, section: string) => (e.replace(log, 'section: results', `section: ${section}`), onBothPages(e, '<SourceArticle />'));
    expect(problemsWith((e) => showSource(e, '[p3, p2-4]'))).toEqual([]);
    expect(problemsWith((e) => showSource(e, 'p9'))).toEqual([
      'content/corrections.yaml › results-wording.section: source paragraph p9 does not exist (the article has p1–p3)',
    ]);
    expect(problemsWith((e) => e.replace(log, 'section: results', 'section: p3'))).toEqual([
      'content/corrections.yaml › results-wording.section: section "#p3" is not on page "page"',
    ]);
  });

  it('rejects a duplicate entry id and an entry missing a language of its summary', () => {
    const second = (summary: string) => `\n- id: results-wording\n  date: 2026-12-02\n  page: page\n  kind: fact\n  summary: ${summary}\n`;
    expect(problemsWith((e) => e.replace(log, /$/, second('{ zh: 改正。, en: Corrected. }')))).toEqual([
      'content/corrections.yaml › results-wording.id: duplicate id "results-wording"',
    ]);
    expect(problemsWith((e) => e.replace(log, /$/, second('{ zh: 改正。 }')))).toEqual([
      'content/corrections.yaml › results-wording.summary.en: Invalid input: expected string, received undefined',
    ]);
  });

  it('keeps the log’s own anchors free: a heading may not use them', () => {
    const problems = problemsWith((e) => {
      e.replace('pages/zh/page.mdx', '\\{#results\\}', '\\{#corrections-and-changes\\}');
      e.replace('pages/en/page.mdx', '\\{#results\\}', '\\{#corrections-and-changes\\}');
    });
    expect(problems).toContain('content/pages/zh/page.mdx › line 15: section id "corrections-and-changes" is reserved for the corrections log');
  });
});
