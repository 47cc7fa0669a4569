import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { mask, type Range } from './ranges';
import type { TypographyIssue } from './chinese';

// The same processor remark-smartypants runs on page text (astro.config.mjs), here for plain strings.
const smartypants = retext().use(retextSmartypants);

/** `text` as smartypants writes it: curly quotes and apostrophes, en and em dashes, the ellipsis character. */
export function smartQuotes(text: string): string {
  return String(smartypants.processSync(text));
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const isYear = (digits: string) => /^(19|20)\d\d$/.test(digits);

/**
 * Typography faults in English text written by the site. `curly` also requires the text to be as
 * smartypants writes it (for strings that are not Markdown, and so are not converted when the page is built).
 */
export function lintEnglish(text: string, options: { curly?: boolean; exempt?: readonly Range[] } = {}): TypographyIssue[] {
  const masked = mask(text, options.exempt ?? [], ' ');
  const issues: TypographyIssue[] = [];
  if (options.curly) {
    const smart = smartQuotes(masked);
    if (smart !== masked) {
      let i = 0;
      while (i < masked.length && masked[i] === smart[i]) i++;
      issues.push({ offset: i, message: `straight quote or apostrophe: write “ ” ‘ ’ (smartypants gives “${smart.slice(Math.max(0, i - 12), i + 12)}”)` });
    }
  }
  for (const m of masked.matchAll(/(^|[\s([{“‘])-(?=\d)/g)) {
    issues.push({ offset: m.index + m[1]!.length, message: 'negative number: write the minus sign − (U+2212), not a hyphen' });
  }
  for (const m of masked.matchAll(/(\d{4,})(\.\d+)?/g)) {
    const before = masked[m.index - 1] ?? '';
    const after = masked[m.index + m[0].length] ?? '';
    // Years, identifiers (GB/T 7714-2015, #p22) and figures quoted in Chinese notation (6284.57万元) keep their digits.
    if ((isYear(m[1]!) && !m[2]) || /[\w./#:,-]/.test(before) || /[\w-]/.test(after) || CJK.test(before) || CJK.test(after)) continue;
    const grouped = Number(m[0]).toLocaleString('en', { maximumFractionDigits: 20 });
    issues.push({ offset: m.index, message: `thousands separator: write ${grouped}` });
  }
  // One dash style in English: the spaced en dash (README, Writing). An em dash is a second style.
  for (const m of masked.matchAll(/—/g)) {
    issues.push({ offset: m.index, message: 'dash: write a spaced en dash “ – ”, not an em dash' });
  }
  for (const m of masked.matchAll(/ten[- ]thousand[- ]yuan/gi)) {
    issues.push({ offset: m.index, message: 'calque of 万元: give the amount in yuan, e.g. “62,845,700 yuan (6284.57万元)”' });
  }
  return issues.sort((a, b) => a.offset - b.offset);
}
