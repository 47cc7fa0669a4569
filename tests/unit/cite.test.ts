import { describe, expect, it } from 'vitest';
import { citationFormats, formatCitation, type CitationInput } from '../../src/lib/cite';

const zhSection: CitationInput = {
  locale: 'zh',
  siteTitle: '平安青岛解读',
  pageTitle: '风险防控与公共安全',
  sectionTitle: '扫黑除恶专项斗争',
  url: 'https://safe-qingdao.example.org/zh/risk-prevention/#anti-gang-campaign',
  published: '2026-11-27',
  accessed: '2026-11-28',
};

const enSection: CitationInput = {
  locale: 'en',
  siteTitle: 'Safe Qingdao Explained',
  pageTitle: 'Risk prevention and public security',
  sectionTitle: 'The campaign against mafia-style and gang crime',
  url: 'https://safe-qingdao.example.org/en/risk-prevention/#anti-gang-campaign',
  published: '2026-11-27',
  accessed: '2026-11-28',
};

/** The BibTeX key, read from the first line of an entry. */
function bibtexKey(input: CitationInput): string {
  return /^@misc\{([^,]*),/.exec(formatCitation('bibtex', input))?.[1] ?? '';
}

describe('formatCitation(format, input)', () => {
  it('lists the four formats', () => {
    expect(citationFormats).toEqual(['gbt7714', 'apa', 'mla', 'bibtex']);
  });

  it('writes a Chinese section in GB/T 7714 as an [EB/OL] with a full-width colon', () => {
    expect(formatCitation('gbt7714', zhSection)).toBe(
      '平安青岛解读. 风险防控与公共安全：扫黑除恶专项斗争[EB/OL]. (2026-11-27)[2026-11-28]. https://safe-qingdao.example.org/zh/risk-prevention/#anti-gang-campaign.',
    );
  });

  it('writes an English section in GB/T 7714 with the same structure and an ASCII colon', () => {
    expect(formatCitation('gbt7714', enSection)).toBe(
      'Safe Qingdao Explained. Risk prevention and public security: The campaign against mafia-style and gang crime[EB/OL]. (2026-11-27)[2026-11-28]. https://safe-qingdao.example.org/en/risk-prevention/#anti-gang-campaign.',
    );
  });

  it('writes a Chinese section in APA with English date words and the titles as given', () => {
    expect(formatCitation('apa', zhSection)).toBe(
      '平安青岛解读. (2026, November 27). 风险防控与公共安全：扫黑除恶专项斗争. Retrieved November 28, 2026, from https://safe-qingdao.example.org/zh/risk-prevention/#anti-gang-campaign',
    );
  });

  it('writes an English section in APA with a group author and a retrieval date', () => {
    expect(formatCitation('apa', enSection)).toBe(
      'Safe Qingdao Explained. (2026, November 27). Risk prevention and public security: The campaign against mafia-style and gang crime. Retrieved November 28, 2026, from https://safe-qingdao.example.org/en/risk-prevention/#anti-gang-campaign',
    );
  });

  it('writes a Chinese section in MLA with ASCII quotes and the site as container', () => {
    expect(formatCitation('mla', zhSection)).toBe(
      '"风险防控与公共安全：扫黑除恶专项斗争." 平安青岛解读, 27 Nov. 2026, https://safe-qingdao.example.org/zh/risk-prevention/#anti-gang-campaign. Accessed 28 Nov. 2026.',
    );
  });

  it('writes an English section in MLA with the period inside the quotes', () => {
    expect(formatCitation('mla', enSection)).toBe(
      '"Risk prevention and public security: The campaign against mafia-style and gang crime." Safe Qingdao Explained, 27 Nov. 2026, https://safe-qingdao.example.org/en/risk-prevention/#anti-gang-campaign. Accessed 28 Nov. 2026.',
    );
  });

  it('writes a Chinese section in BibTeX as an @misc with a corporate author', () => {
    expect(formatCitation('bibtex', zhSection)).toBe(
      [
        '@misc{safeqingdao-zh-risk-prevention-anti-gang-campaign,',
        '  author = {{平安青岛解读}},',
        '  title = {风险防控与公共安全：扫黑除恶专项斗争},',
        '  howpublished = {\\url{https://safe-qingdao.example.org/zh/risk-prevention/#anti-gang-campaign}},',
        '  year = {2026},',
        '  month = nov,',
        '  note = {Accessed: 2026-11-28},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
  });

  it('writes an English section in BibTeX with its own key and language', () => {
    expect(formatCitation('bibtex', enSection)).toBe(
      [
        '@misc{safeqingdao-en-risk-prevention-anti-gang-campaign,',
        '  author = {{Safe Qingdao Explained}},',
        '  title = {Risk prevention and public security: The campaign against mafia-style and gang crime},',
        '  howpublished = {\\url{https://safe-qingdao.example.org/en/risk-prevention/#anti-gang-campaign}},',
        '  year = {2026},',
        '  month = nov,',
        '  note = {Accessed: 2026-11-28},',
        '  language = {english}',
        '}',
      ].join('\n'),
    );
  });

  it('omits the section from every format when citing the whole page', () => {
    const page: CitationInput = { ...zhSection, sectionTitle: undefined, url: 'https://safe-qingdao.example.org/zh/risk-prevention/' };
    expect(formatCitation('gbt7714', page)).toBe(
      '平安青岛解读. 风险防控与公共安全[EB/OL]. (2026-11-27)[2026-11-28]. https://safe-qingdao.example.org/zh/risk-prevention/.',
    );
    expect(formatCitation('mla', { ...enSection, sectionTitle: undefined })).toMatch(/^"Risk prevention and public security\." /);
    expect(formatCitation('apa', page)).not.toContain('扫黑除恶');
    expect(bibtexKey(page)).toBe('safeqingdao-zh-risk-prevention');
  });

  it('escapes & and % in BibTeX titles, and only % inside \\url', () => {
    const input = { ...enSection, pageTitle: 'Crime & order', sectionTitle: '100% coverage', url: 'https://safe-qingdao.example.org/en/a%20b/#s' };
    const entry = formatCitation('bibtex', input);
    expect(entry).toContain('  title = {Crime \\& order: 100\\% coverage},');
    expect(entry).toContain('  howpublished = {\\url{https://safe-qingdao.example.org/en/a\\%20b/#s}},');
  });

  it('keeps the BibTeX key stable and ASCII-only for Chinese titles and anchors', () => {
    const chinese = { ...zhSection, pageTitle: '强化风险防控', sectionTitle: '扫黑除恶', url: 'https://safe-qingdao.example.org/zh/风险/#扫黑除恶' };
    const key = bibtexKey(chinese);
    expect(key).toMatch(/^[a-z0-9-]+$/);
    expect(bibtexKey({ ...chinese, pageTitle: '另一个题名', sectionTitle: undefined })).toBe(key);
    expect(bibtexKey(zhSection)).toBe('safeqingdao-zh-risk-prevention-anti-gang-campaign');
  });

  it('does not double the full stop after a title that already ends in punctuation', () => {
    const question = { ...enSection, sectionTitle: 'Who counts the cases?' };
    expect(formatCitation('mla', question)).toMatch(/^"Risk prevention and public security: Who counts the cases\?" Safe/);
    expect(formatCitation('apa', question)).toContain('Who counts the cases? Retrieved');
  });

  it('rejects a date that is not YYYY-MM-DD in every format', () => {
    for (const format of citationFormats) {
      expect(() => formatCitation(format, { ...enSection, published: '27/11/2026' })).toThrow(RangeError);
    }
  });
});
