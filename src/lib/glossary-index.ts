import type { Locale } from '../i18n/locales';
import type { GlossaryTerm } from '../schemas/glossary';

export interface IndexGroup {
  /** `A` … `Z`, or `0–9` for terms that start with a number. */
  letter: string;
  terms: { id: string; label: string }[];
}

/** Latin letters without tone marks or accents, lower case: `Píng'ān` → `pingan`. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^\p{Letter}\p{Number}]/gu, '')
    .toLowerCase();

/**
 * The glossary's index: in English by the English rendering (A–Z), in Chinese by the pinyin's initial,
 * as Chinese dictionaries order words; groups and the terms in them in alphabetical order.
 */
export function glossaryIndex(terms: readonly Pick<GlossaryTerm, 'id' | 'zh' | 'en' | 'pinyin'>[], locale: Locale): IndexGroup[] {
  const keyed = terms.map((term) => {
    const key = plain(locale === 'zh' ? (term.pinyin ?? term.en) : term.en);
    const initial = key.charAt(0);
    return { key, letter: /\d/.test(initial) ? '0–9' : initial.toUpperCase(), id: term.id, label: locale === 'zh' ? term.zh : term.en };
  });
  keyed.sort((a, b) => a.key.localeCompare(b.key, 'en'));
  const groups = new Map<string, IndexGroup>();
  for (const { letter, id, label } of keyed) {
    if (!groups.has(letter)) groups.set(letter, { letter, terms: [] });
    groups.get(letter)!.terms.push({ id, label });
  }
  return [...groups.values()].sort((a, b) => (a.letter === '0–9' ? -1 : b.letter === '0–9' ? 1 : a.letter.localeCompare(b.letter)));
}
