import type { z } from 'astro/zod';
import type { Dataset, Statistic } from '../schemas';
import { collectionManifest, type CollectionData, type CollectionOfKind } from '../schemas/collections';
import { axisOf } from '../schemas/statistic';
import { locales } from '../i18n/locales';
import { paragraphId } from '../schemas/localized';
import type { ReferenceTarget } from './content-components';
import type { ContentProblem, ContentSet, DataFile } from './content-set';
import { extractPageReferences, MdxSyntaxError, type PageReferences } from './mdx-references';
import { normalizeForQuote, parseArticle, sentenceMismatch } from './source-article';
import { checkCorrectionTargets, pageAnchors } from './validate-corrections';

/**
 * Checks the whole content set against the schemas, the source article and itself.
 * Returns every problem found (empty when the content may be built); never throws on bad content.
 */
export function validateContent(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [...set.readErrors];
  const report = (file: string, field: string | undefined, message: string) => problems.push({ file, field, message });

  let article: ReturnType<typeof parseArticle> | undefined;
  try {
    article = parseArticle(set.article.text);
  } catch (error) {
    report(set.article.file, undefined, (error as Error).message);
  }
  const paragraphCount = article?.body.length ?? 0;
  const checkParagraph = (file: string, field: string, n: number) => {
    if (article && (n < 1 || n > paragraphCount))
      report(file, field, `source paragraph ${paragraphId(n)} does not exist (the article has ${paragraphId(1)}–${paragraphId(paragraphCount)})`);
  };

  // Every YAML collection of the manifest against its schema, entry by entry for lists.
  const lists = {} as { [N in CollectionOfKind<'list'>]: { field: string; value: z.output<(typeof collectionManifest)[N]['schema']> }[] };
  const documents = {} as { [N in CollectionOfKind<'document'>]?: CollectionData<N> };
  for (const [name, spec] of Object.entries(collectionManifest)) {
    if (spec.kind === 'list')
      (lists as Record<string, unknown>)[name] = parseList(set.data[name as CollectionOfKind<'list'>], spec.schema as z.ZodType<{ id: string }>, report);
    if (spec.kind === 'document')
      (documents as Record<string, unknown>)[name] = parseOne(set.data[name as CollectionOfKind<'document'>], spec.schema as z.ZodType, report);
  }
  const { statistics, datasets, glossary, timeline } = lists;
  const { redirects, translation } = documents;

  const statById = new Map(statistics.map((s) => [s.value.id, s.value]));
  // Entries that failed their schema still count as existing, so one bad field gives one message, not a cascade.
  const known: Record<Exclude<ReferenceTarget, 'paragraphs'>, Set<string>> = {
    statistics: new Set([...statById.keys(), ...rawIds(set.data.statistics)]),
    datasets: new Set([...datasets.map((d) => d.value.id), ...rawIds(set.data.datasets)]),
    glossary: new Set([...glossary.map((g) => g.value.id), ...rawIds(set.data.glossary)]),
  };
  // References into a file that could not be read are not checked: its read error says it all, where
  // checking them would add one "unknown …" line per reference (183 for one YAML typo in the glossary).
  const readable = (source: DataFile) => !set.readErrors.some((e) => e.file === source.file);
  const unreadable = new Set((['statistics', 'datasets', 'glossary'] as const).filter((name) => !readable(set.data[name])));

  for (const { field, value } of statistics) {
    checkParagraph(set.data.statistics.file, `${field}.paragraph`, value.paragraph);
    checkQuote(value, article, (message) => report(set.data.statistics.file, `${field}.quote`, message));
  }
  if (readable(set.data.statistics))
    for (const { field, value } of datasets) checkDataset(value, statById, (f, m) => report(set.data.datasets.file, `${field}.${f}`, m));
  for (const { field, value } of glossary) value.paragraphs.forEach((n, i) => checkParagraph(set.data.glossary.file, `${field}.paragraphs[${i}]`, n));
  for (const { field, value } of timeline) if (value.paragraph !== 'dateline') checkParagraph(set.data.timeline.file, `${field}.paragraph`, value.paragraph);

  if (translation && article) {
    const file = set.data.translation.file;
    for (const { n, text } of article.body) {
      const id = paragraphId(n);
      const sentences = translation.paragraphs[id];
      if (!sentences) {
        report(file, `paragraphs.${id}`, `translation of source paragraph ${id} is missing`);
        continue;
      }
      // The Chinese of the sentence pairs is the article itself, cut into sentences: together they must be the paragraph.
      const mismatch = sentenceMismatch(text, sentences);
      if (mismatch) {
        report(
          file,
          `paragraphs.${id}`,
          `the Chinese sentences do not join to source paragraph ${id}: from character ${mismatch.at + 1} the article has "${mismatch.article}", the sentences "${mismatch.sentences}"`,
        );
      }
    }
    for (const key of Object.keys(translation.paragraphs)) {
      if (Number(key.slice(1)) > paragraphCount) report(file, `paragraphs.${key}`, `the article has no paragraph ${key}`);
    }
  }

  const sectionsBySlug = checkPages(set, report, { known, unreadable, checkParagraph });
  if (redirects) checkRedirects(set.data.redirects.file, redirects, sectionsBySlug, report);
  checkCorrectionTargets(set.data.corrections.file, lists.corrections, pageAnchors(set, report), report);
  return problems;
}

function rawIds(source: DataFile): string[] {
  if (!Array.isArray(source.data)) return [];
  return source.data.map((raw) => (raw as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

type Report = (file: string, field: string | undefined, message: string) => void;

function issuesToProblems(file: string, prefix: string, error: z.ZodError, report: Report) {
  for (const issue of error.issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    report(file, `${prefix}${path}`.replace(/^\./, '') || undefined, issue.message);
  }
}

/** Parses a YAML list entry by entry; fields are named `<id>.<field>` so a message points at the entry. */
function parseList<T extends { id: string }>(source: DataFile, schema: z.ZodType<T>, report: Report) {
  if (source.data === undefined) return [];
  if (!Array.isArray(source.data)) {
    report(source.file, undefined, 'must be a YAML list of entries');
    return [];
  }
  const seen = new Set<string>();
  const entries: { field: string; value: T }[] = [];
  source.data.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const field = typeof rawId === 'string' ? rawId : `[${index}]`;
    const result = schema.safeParse(raw);
    if (!result.success) return issuesToProblems(source.file, field, result.error, report);
    if (seen.has(result.data.id)) report(source.file, `${field}.id`, `duplicate id "${result.data.id}"`);
    seen.add(result.data.id);
    entries.push({ field, value: result.data });
  });
  return entries;
}

function parseOne<T>(source: DataFile, schema: z.ZodType<T>, report: Report): T | undefined {
  if (source.data === undefined) return undefined;
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  issuesToProblems(source.file, '', result.error, report);
  return undefined;
}

function checkQuote(stat: Statistic, article: ReturnType<typeof parseArticle> | undefined, fail: (m: string) => void) {
  if (!article) return;
  const quote = normalizeForQuote(stat.quote);
  const paragraph = article.body.find((p) => p.n === stat.paragraph);
  if (paragraph && normalizeForQuote(paragraph.text).includes(quote)) return;
  const elsewhere = article.body.find((p) => normalizeForQuote(p.text).includes(quote));
  fail(elsewhere ? `quote is in source paragraph p${elsewhere.n}, not p${stat.paragraph}` : `quote "${stat.quote}" is not found in the source article`);
}

function checkDataset(dataset: Dataset, statById: Map<string, Statistic>, fail: (field: string, m: string) => void) {
  const units = new Set<string>();
  dataset.statistics.forEach((id, i) => {
    const stat = statById.get(id);
    if (!stat) return fail(`statistics[${i}]`, `unknown statistic "${id}"`);
    units.add(axisOf(stat.unit));
  });
  if (units.size > 1) fail('statistics', `plots statistics in different units (${[...units].join(', ')}) on one axis`);
}

interface PageContext {
  /** Ids of every entry a page may refer to, by collection. */
  known: Record<Exclude<ReferenceTarget, 'paragraphs'>, Set<string>>;
  /** Collections whose file could not be read: references into them are not checked. */
  unreadable: ReadonlySet<Exclude<ReferenceTarget, 'paragraphs'>>;
  checkParagraph: (file: string, field: string, n: number) => void;
}

/** Checks front matter, twins in every language, section ids and references; returns section ids per slug. */
function checkPages(set: ContentSet, report: Report, ctx: PageContext): Map<string, string[]> {
  const bySlug = new Map<string, Map<string, { file: string; refs: PageReferences | undefined; data: Record<string, unknown> }>>();
  for (const page of set.pages) {
    const front = collectionManifest.pages.schema.safeParse(page.frontmatter);
    if (!front.success) issuesToProblems(page.file, 'frontmatter', front.error, report);
    if (!(locales as readonly string[]).includes(page.locale)) {
      report(page.file, undefined, `"${page.locale}" is not a site language (${locales.join(', ')})`);
      continue;
    }
    // A page that does not parse still counts as the twin of the others; its sections are not compared.
    let refs: PageReferences | undefined;
    try {
      refs = extractPageReferences(page.body);
      checkPageBody(page.file, refs, report, ctx);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      report(page.file, error.line ? `line ${error.line}` : undefined, `MDX syntax error: ${error.message}`);
    }
    const twins = bySlug.get(page.slug) ?? new Map();
    twins.set(page.locale, { file: page.file, refs, data: (page.frontmatter ?? {}) as Record<string, unknown> });
    bySlug.set(page.slug, twins);
  }

  const sectionsBySlug = new Map<string, string[]>();
  for (const [slug, twins] of bySlug) {
    // The first language in `locales` is the reference the others are compared with.
    const [first, ...others] = locales.flatMap((locale) => twins.get(locale) ?? []);
    if (!first) continue;
    for (const locale of locales) {
      if (!twins.has(locale)) report(first.file, undefined, `page "${slug}" has no ${locale} version (expected content/pages/${locale}/${slug}.mdx)`);
    }
    const sectionIds = (refs: PageReferences | undefined) => refs?.headings.map((h) => h.id ?? '');
    const ids = sectionIds(first.refs);
    sectionsBySlug.set(slug, ids ?? sectionIds(others.find((o) => o.refs)?.refs) ?? []);
    for (const other of others) {
      const otherIds = sectionIds(other.refs);
      if (ids && otherIds && ids.join(' ') !== otherIds.join(' ')) {
        report(other.file, 'sections', `section ids differ from ${first.file}: [${otherIds.join(', ')}] vs [${ids.join(', ')}]`);
      }
      for (const key of ['theme', 'navOrder'] as const) {
        // Compared only where both languages give a valid value: a schema error elsewhere in the front
        // matter (or in this field, already reported) must not also read as a difference between languages.
        const valid = (data: Record<string, unknown>) => collectionManifest.pages.schema.shape[key].safeParse(data[key]).success;
        if (first.data[key] !== undefined && valid(first.data) && valid(other.data) && other.data[key] !== first.data[key]) {
          report(other.file, `frontmatter.${key}`, `must equal the other language's value (${String(first.data[key])})`);
        }
      }
    }
  }
  return sectionsBySlug;
}

function checkPageBody(file: string, refs: PageReferences, report: Report, ctx: PageContext) {
  const seen = new Set<string>();
  for (const heading of refs.headings) {
    const field = `line ${heading.line}`;
    if (!heading.id) {
      report(file, field, `heading "${heading.text}" needs an explicit id: "${'#'.repeat(heading.depth)} ${heading.text} \\{#some-id\\}"`);
    } else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(heading.id)) {
      report(file, field, `section id "${heading.id}" must be kebab-case`);
    } else if (seen.has(heading.id)) {
      report(file, field, `duplicate section id "${heading.id}"`);
    } else if (/^p\d+$/.test(heading.id)) {
      report(file, field, `section id "${heading.id}" is reserved for source paragraphs`);
    }
    if (heading.id) seen.add(heading.id);
  }
  const noun: Record<Exclude<ReferenceTarget, 'paragraphs'>, string> = { statistics: 'statistic', datasets: 'dataset', glossary: 'glossary term' };
  for (const { target, written, attribute, value } of refs.references) {
    if (target === 'paragraphs') {
      if (value !== null && /^p[1-9]\d*$/.test(value)) ctx.checkParagraph(file, written, Number(value.slice(1)));
      else report(file, written, `${value === null ? 'an expression' : `"${value}"`} must be a source paragraph id such as p="p7"`);
    } else if (value === null) {
      report(file, written, `must be a plain string such as ${attribute}="some-id"`);
    } else if (!ctx.unreadable.has(target) && !ctx.known[target].has(value)) {
      report(file, written, `unknown ${noun[target]} "${value}"`);
    }
  }
}

function checkRedirects(
  file: string,
  redirects: { pages: Record<string, string>; sections: Record<string, Record<string, string>> },
  sections: Map<string, string[]>,
  report: Report,
) {
  for (const [from, to] of Object.entries(redirects.pages)) {
    if (!sections.has(to)) report(file, `pages.${from}`, `redirect target page "${to}" does not exist`);
    if (sections.has(from)) report(file, `pages.${from}`, `"${from}" is still a page; a redirect would hide it`);
  }
  for (const [slug, aliases] of Object.entries(redirects.sections)) {
    const ids = sections.get(slug);
    if (!ids) {
      report(file, `sections.${slug}`, `page "${slug}" does not exist`);
      continue;
    }
    for (const [from, to] of Object.entries(aliases)) {
      if (!ids.includes(to)) report(file, `sections.${slug}.${from}`, `target section "#${to}" is not on page "${slug}"`);
      if (ids.includes(from)) report(file, `sections.${slug}.${from}`, `"#${from}" is still a section on "${slug}"`);
    }
  }
}
