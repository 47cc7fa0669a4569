import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { readContentSet } from '../../src/integrations/read-content';
import { formatProblem } from '../../src/lib/content-set';
import { extractPageReferences, referencedIds } from '../../src/lib/mdx-references';
import { parseArticle } from '../../src/lib/source-article';
import { paragraphId } from '../../src/schemas/localized';
import { validateContent } from '../../src/lib/validate-content';

// The project's real content, checked like the build checks it, plus the editorial rules of the site.
const content = readContentSet(process.cwd());
const article = parseArticle(content.article.text);

describe('the content of the site', () => {
  it('passes every content check', () => {
    expect(validateContent(content).map(formatProblem)).toEqual([]);
  });

  it.each(locales)('cites every source paragraph somewhere in %s', (locale) => {
    const cited = new Set(content.pages.filter((p) => p.locale === locale).flatMap((p) => referencedIds(extractPageReferences(p.body), 'paragraphs')));
    const uncited = article.body.map((p) => paragraphId(p.n)).filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  it('has, in every language, the same pages and every page the site links to by name', () => {
    // Slugs come from the content and from the code, never from a list here, so adding a page keeps this green.
    const slugs = (locale: string) =>
      content.pages
        .filter((p) => p.locale === locale)
        .map((p) => p.slug)
        .sort();
    const named = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file))
      .flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/LocaleUrl\(\w+, '([a-z-]+)'/g)].map((m) => m[1]!));
    expect(named).toContain('overview'); // the header's home link: proof the search through src/ found the links
    for (const locale of locales) {
      expect(slugs(locale)).toEqual(slugs(locales[0]));
      expect(slugs(locale)).toEqual(expect.arrayContaining([...new Set(named)]));
    }
  });

  it('types no figure of the article into a page by hand', () => {
    // Numbers with a unit that the article uses must come from <Stat>/<StatCard>, not page text.
    const handTyped = /\d[\d,.]*\s*(%|件|人|万元|个街镇|个社村|名|cases|people|yuan)/;
    const offenders = content.pages
      .flatMap((p) => p.body.split('\n').map((line, i) => ({ file: p.file, line: i + 1, text: line.replace(/<[^>]+>/g, '') })))
      .filter(({ text }) => !text.startsWith('>') && handTyped.test(text))
      .map(({ file, line, text }) => `${file}:${line}: ${text.trim().slice(0, 80)}`);
    expect(offenders).toEqual([]);
  });
});

describe('glossary links', () => {
  it('link only the first use of a term on each page', () => {
    const repeated = content.pages.flatMap((page) => {
      const terms = referencedIds(extractPageReferences(page.body), 'glossary');
      return terms.filter((id, i) => terms.indexOf(id) !== i).map((id) => `${page.file}: <Term id="${id}"> more than once`);
    });
    expect(repeated).toEqual([]);
  });
});
