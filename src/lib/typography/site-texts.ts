import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Locale } from '../../i18n/locales';
import { rangesOf, type Range } from './ranges';

/** One piece of text the site writes, with where it starts, so a fault is reported as `file:line`. */
export interface SiteText {
  file: string;
  /** Line of the text's first character. */
  line: number;
  lang: Locale;
  text: string;
  /** MDX body (Markdown, JSX) rather than a plain string. */
  mdx: boolean;
}

/**
 * Fields of the data files that hold site-written text, by the end of their path (`label.zh`, `paragraphs.p7`).
 * Not listed, so not linted: the article's own words (`quote`, a glossary term's `zh`), ids, pinyin, dates.
 */
const FIELDS: Record<string, RegExp> = {
  'statistics.yaml': /(^|\.)(label|counts|note)\.(zh|en)$/,
  'glossary.yaml': /^\d+\.en$|(^|\.)(explanation|background)\.(zh|en)$/,
  'timeline.yaml': /(^|\.)event\.(zh|en)$/,
  'datasets.yaml': /(^|\.)(title|description|categoryAxis|valueAxis)\.(zh|en)$/,
  'meta.yaml': /^(attribution|yearNote)\.(zh|en)$/,
  'translation.en.yaml': /^(headline|tags|paragraphs\.p\d+)$/,
};

/** The site-written strings of a YAML data file, each with its language and line. */
export function yamlTexts(file: string, source: string): SiteText[] {
  const name = file.split('/').pop()!;
  const wanted = FIELDS[name];
  if (!wanted) return [];
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const texts: SiteText[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (isScalar(node) && typeof node.value === 'string' && wanted.test(path.join('.'))) {
      const last = path.at(-1)!;
      const lang: Locale = name === 'translation.en.yaml' || last === 'en' ? 'en' : 'zh';
      const start = (node as Node).range![0];
      // A block scalar (`>-`) starts on the line after its indicator.
      const blockOffset = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' ? 1 : 0;
      texts.push({ file, line: lines.linePos(start).line + blockOffset, lang, text: node.value, mdx: false });
    }
  };
  walk(doc.contents, []);
  return texts;
}

/** An MDX page: its front-matter title, navTitle and description, and its body. */
export function mdxTexts(file: string, source: string): SiteText[] {
  const lang: Locale = file.includes('/zh/') ? 'zh' : 'en';
  const end = source.indexOf('\n---', 3);
  const frontMatter = source.slice(0, end);
  const texts: SiteText[] = [];
  frontMatter.split('\n').forEach((text, i) => {
    const field = /^(title|navTitle|description):\s*(.*)$/.exec(text);
    if (field) texts.push({ file, line: i + 1, lang, text: field[2]!, mdx: false });
  });
  const bodyStart = end + '\n---\n'.length;
  texts.push({ file, line: frontMatter.split('\n').length + 2, lang, text: source.slice(bodyStart), mdx: true });
  return texts;
}

/**
 * The interface strings of `src/i18n/ui.ts`: each string literal after a key, in the block of its language
 * (`const en = {` / `const zh: Dictionary = {`), one text per literal.
 */
export function uiTexts(file: string, source: string): SiteText[] {
  const texts: SiteText[] = [];
  let lang: Locale | undefined;
  source.split('\n').forEach((text, i) => {
    if (/^const en = \{/.test(text)) lang = 'en';
    else if (/^const zh: \w+ = \{/.test(text)) lang = 'zh';
    else if (/^\}/.test(text)) lang = undefined;
    else if (lang && /^\s+'[\w.-]+':/.test(text)) {
      const values = text.slice(text.indexOf(':') + 1);
      for (const m of values.matchAll(/'((?:[^'\\]|\\.)*)'/g)) texts.push({ file, line: i + 1, lang, text: m[1]!, mdx: false });
    }
  });
  return texts;
}

/** Spans of an MDX body that are markup, not words: JSX tags, code, link targets, heading ids, imports. */
export function mdxMarkup(mdx: string): Range[] {
  return [
    ...rangesOf(mdx, /^import .*$/gm),
    ...rangesOf(mdx, /<\/?[A-Za-z][^<>]*>/g),
    ...rangesOf(mdx, /`[^`\n]*`/g),
    ...rangesOf(mdx, /\]\(([^)\s]*)\)/g, 1),
    ...rangesOf(mdx, /\\\{#[\w-]+\\\}/g),
  ];
}
