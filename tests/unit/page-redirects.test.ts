import { describe, expect, it } from 'vitest';
import { languageRootRedirects, pageRedirects } from '../../src/lib/page-redirects';

describe('pageRedirects(pages, locales, base)', () => {
  it('keeps the old address of a renamed page in every language', () => {
    expect(pageRedirects({ method: 'about' }, ['zh', 'en'])).toEqual({ '/zh/method/': '/zh/about/', '/en/method/': '/en/about/' });
  });

  it('puts the base in front of the destination only (Astro adds it to the source)', () => {
    expect(pageRedirects({ method: 'about' }, ['zh'], '/safe-qingdao')).toEqual({ '/zh/method/': '/safe-qingdao/zh/about/' });
  });
});

describe('languageRootRedirects(locales, home, base)', () => {
  it('sends each language root to its home page, under the base', () => {
    expect(languageRootRedirects(['zh', 'en'], 'overview', '/x/')).toEqual({ '/zh/': '/x/zh/overview/', '/en/': '/x/en/overview/' });
  });
});
