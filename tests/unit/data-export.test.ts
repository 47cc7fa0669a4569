import { describe, expect, it } from 'vitest';
import { dataDownloadPath, statisticRecord, toCsv } from '../../src/lib/data-export';
import type { Statistic } from '../../src/schemas';

const stat: Statistic = {
  id: 'fraud-funds',
  value: 6284.57,
  unit: 'wan-yuan',
  qualifier: 'exact',
  period: { type: 'during', date: '2018' },
  label: { zh: '紧急止付资金', en: 'Funds, "stopped"' },
  counts: { zh: '资金', en: 'Funds' },
  quote: '紧急付涉案资金6284.57万元',
  paragraph: 20,
  note: { zh: '换算说明', en: 'Converted, exactly' },
};

describe('statisticRecord(stat)', () => {
  it('carries the value, both languages, the period and the source words', () => {
    expect(statisticRecord(stat)).toMatchObject({
      id: 'fraud-funds',
      value: 6284.57,
      display: { zh: '6284.57万元', en: '62,845,700 yuan' },
      periodType: 'during',
      periodDate: '2018',
      sourceParagraph: 20,
      sourceQuote: '紧急付涉案资金6284.57万元',
    });
  });
});

describe('toCsv(records)', () => {
  const csv = toCsv([statisticRecord(stat)]);

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFid,value,unit,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes cells with commas or quotes', () => {
    expect(csv).toContain('"Funds, ""stopped"""');
    expect(csv).toContain('"62,845,700 yuan"');
  });
});

describe('dataDownloadPath(id, format)', () => {
  it('gives a stable address under /data/', () => {
    expect(dataDownloadPath('anti-gang-cases', 'csv')).toBe('/data/anti-gang-cases.csv');
  });

  it('keeps the address inside the base of a sub-path build', () => {
    expect(dataDownloadPath('statistics', 'json', '/safe-qingdao')).toBe('/safe-qingdao/data/statistics.json');
  });
});
