import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossaryIndex } from '../../src/lib/glossary-index';

const term = (id: string, zh: string, pinyin: string, en: string) => ({ id, zh, pinyin, en });
const terms = [
  term('safe-qingdao', '平安青岛', "Píng'ān Qīngdǎo", 'Safe Qingdao'),
  term('fengqiao', '枫桥经验', 'Fēngqiáo jīngyàn', 'Fengqiao experience'),
  term('model', '1+2+N', 'yī jiā èr jiā N', '“1+2+N” model'),
  term('sanmin', '三民', 'sānmín', 'Sanmin activities'),
  term('gold', '金招牌', 'jīn zhāopái', 'golden signboard'),
];

describe('glossaryIndex(terms, locale)', () => {
  it('groups English terms A–Z by their English rendering, ignoring quotes and case', () => {
    expect(glossaryIndex(terms, 'en')).toEqual([
      { letter: '0–9', terms: [{ id: 'model', label: '“1+2+N” model' }] },
      { letter: 'F', terms: [{ id: 'fengqiao', label: 'Fengqiao experience' }] },
      { letter: 'G', terms: [{ id: 'gold', label: 'golden signboard' }] },
      {
        letter: 'S',
        terms: [
          { id: 'safe-qingdao', label: 'Safe Qingdao' },
          { id: 'sanmin', label: 'Sanmin activities' },
        ],
      },
    ]);
  });

  it('groups Chinese terms by the initial of their pinyin, tone marks aside, and orders them by pinyin', () => {
    expect(glossaryIndex(terms, 'zh')).toEqual([
      { letter: 'F', terms: [{ id: 'fengqiao', label: '枫桥经验' }] },
      { letter: 'J', terms: [{ id: 'gold', label: '金招牌' }] },
      { letter: 'P', terms: [{ id: 'safe-qingdao', label: '平安青岛' }] },
      { letter: 'S', terms: [{ id: 'sanmin', label: '三民' }] },
      { letter: 'Y', terms: [{ id: 'model', label: '1+2+N' }] },
    ]);
  });

  it('indexes every term of the glossary exactly once in each language', () => {
    const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as Parameters<typeof glossaryIndex>[0];
    for (const locale of ['zh', 'en'] as const) {
      const ids = glossaryIndex(glossary, locale).flatMap((g) => g.terms.map((t) => t.id));
      expect(ids.toSorted()).toEqual(glossary.map((t) => t.id).toSorted());
    }
  });
});
