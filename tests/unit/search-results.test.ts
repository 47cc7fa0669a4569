import { describe, expect, it } from 'vitest';
import { bestSection, resultLocale, tidyExcerpt } from '../../src/lib/search-results';

describe('resultLocale(url, base)', () => {
  it('reads the language from the first path segment after the base', () => {
    expect(resultLocale('/en/source/#p1', '/')).toBe('en');
    expect(resultLocale('/safe-qingdao/zh/data/#x', '/safe-qingdao/')).toBe('zh');
    expect(resultLocale('https://example.org/safe-qingdao/en/', '/safe-qingdao')).toBe('en');
  });

  it('is null outside the language folders', () => {
    expect(resultLocale('/index.html', '/')).toBeNull();
  });
});

describe('tidyExcerpt(excerpt, content, locale)', () => {
  const content =
    '他表示，要打造共建共治共享的社会治理机制，防范在先、发现在早、处置在小，坚持和发展新时代“枫桥经验”。什么是“枫桥经验”. 文章只在王瑞波的话中提到';

  it('writes the blocks Pagefind joins with ". " as “……” in Chinese', () => {
    expect(tidyExcerpt('什么是“<mark>枫桥</mark>经验”. 文章只在', content, 'zh')).toBe('什么是“<mark>枫桥</mark>经验”……文章只在');
  });

  it('starts a Chinese excerpt cut inside a phrase at the start of its clause, after “……”', () => {
    expect(tidyExcerpt('先、发现在早、处置在小，坚持和发展新时代“<mark>枫桥</mark>经验”', content, 'zh')).toBe(
      '……防范在先、发现在早、处置在小，坚持和发展新时代“<mark>枫桥</mark>经验”',
    );
  });

  it('starts it at the next word when the clause began long before', () => {
    expect(tidyExcerpt('律服务平台的<mark>社会</mark>', '他说要打造公共法律服务平台的社会治理机制', 'zh')).toBe('……服务平台的<mark>社会</mark>');
  });

  it('leaves an excerpt that starts the text alone', () => {
    expect(tidyExcerpt('他表示，要打造', content, 'zh')).toBe('他表示，要打造');
  });

  it('leaves English excerpts as Pagefind writes them', () => {
    expect(tidyExcerpt('The case. It was', 'Before. The case. It was', 'en')).toBe('The case. It was');
  });
});

describe('bestSection(sections, content, query)', () => {
  const content = 'Drug control The anti-drug battle cracks down on new types of drugs, and drug users. Three drug-control rates for drug users drug drug';
  const sections = [
    { title: 'Page', url: '/en/risk-prevention/' },
    { title: 'Drug control', url: '/en/risk-prevention/#drug-control', locations: [0] },
    { title: 'The anti-drug battle', url: '/en/risk-prevention/#anti-drug-operations', locations: [3, 11, 13] },
    { title: 'Three drug-control rates', url: '/en/risk-prevention/#drug-control-targets', locations: [16, 19, 21, 22] },
  ];

  it('prefers the section whose heading holds the query', () => {
    expect(bestSection(sections, content, 'drug control')?.url).toBe('/en/risk-prevention/#drug-control');
  });

  it('else the section with most of the query’s own words, not of words that share its stem', () => {
    expect(bestSection(sections, content, 'drugs')?.url).toBe('/en/risk-prevention/#anti-drug-operations');
  });

  it('else the section with most matches; never the page without an anchor', () => {
    expect(bestSection(sections, content, 'medication')?.url).toBe('/en/risk-prevention/#drug-control-targets');
    expect(bestSection([sections[0]!], content, 'drugs')).toBeUndefined();
  });

  it('counts Chinese words as Pagefind segmented them, at zero-width spaces', () => {
    const zh = ['扫毒', '会战', '扫毒', '吸毒', '人员'].join('\u200b');
    const hits = [
      { title: '扫毒会战', url: '/zh/a/#x', locations: [0] },
      { title: '吸毒人员', url: '/zh/a/#y', locations: [2, 3] },
    ];
    expect(bestSection(hits, zh, '扫毒')?.url).toBe('/zh/a/#x');
    expect(bestSection(hits, zh, '吸毒')?.url).toBe('/zh/a/#y');
  });
});
