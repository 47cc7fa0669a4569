import { describe, expect, it } from 'vitest';
import { navigationPages, splitPageId } from '../../src/lib/site-pages';

describe('splitPageId(id)', () => {
  it('reads the language and slug of a pages-collection id', () => {
    expect(splitPageId('zh/risk-prevention')).toEqual({ locale: 'zh', slug: 'risk-prevention' });
  });
});

describe('navigationPages(pages)', () => {
  it('lists pages with a navOrder, in that order, and leaves the others out', () => {
    const pages = [
      { slug: 'source', navTitle: 'Source', navOrder: 50 },
      { slug: 'extra', navTitle: 'Extra' },
      { slug: 'overview', navTitle: 'Overview', navOrder: 0 },
      { slug: 'about', navTitle: 'About', navOrder: 50 },
    ];
    expect(navigationPages(pages).map((p) => p.slug)).toEqual(['overview', 'about', 'source']);
  });
});
