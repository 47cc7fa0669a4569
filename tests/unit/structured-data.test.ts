import { describe, expect, it } from 'vitest';
import { pageJsonLd, serializeJsonLd, type PageFacts } from '../../src/lib/structured-data';

const facts: PageFacts = {
  url: 'https://example.org/en/about/',
  title: 'About',
  description: 'How the site was made.',
  inLanguage: 'en',
  siteTitle: 'Safe Qingdao Explained',
  siteUrl: 'https://example.org/en/overview/',
  reviewed: '2026-11-27',
  source: { headline: '平安青岛,建设国际大都市的保障', url: 'https://example.org/en/source/' },
  translations: [{ url: 'https://example.org/zh/about/', inLanguage: 'zh-CN' }],
};

describe('pageJsonLd(facts)', () => {
  const ld = pageJsonLd(facts);

  it('describes the page as a WebPage in its language, part of the site, based on the Chinese article', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: facts.url,
      name: 'About',
      inLanguage: 'en',
      lastReviewed: '2026-11-27',
      isPartOf: { '@type': 'WebSite', url: facts.siteUrl },
      isBasedOn: { '@type': 'NewsArticle', headline: facts.source.headline, inLanguage: 'zh-CN', url: facts.source.url },
      workTranslation: [{ '@type': 'WebPage', url: 'https://example.org/zh/about/', inLanguage: 'zh-CN' }],
    });
  });

  it('gives the source article no date, since its year is only inferred', () => {
    expect(Object.keys(ld['isBasedOn'] as object)).not.toContain('datePublished');
  });

  it('omits lastReviewed for a page that has no review date', () => {
    expect(pageJsonLd({ ...facts, reviewed: undefined })).not.toHaveProperty('lastReviewed');
  });
});

describe('serializeJsonLd(value)', () => {
  const hostile = { name: '</script><script>alert(1)</script><!-- <img src=x onerror=alert(1)> & \u2028' };

  it('writes no character that could end or comment out the script element', () => {
    expect(serializeJsonLd(hostile)).not.toMatch(/[<>&\u2028]/);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
