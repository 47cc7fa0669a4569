import { describe, expect, it } from 'vitest';
import { carriedFragment, redirectPages } from '../../src/lib/page-redirects';

describe('redirectPages(moved, locales, home)', () => {
  const moved = { pages: { method: 'about' }, sections: { about: { cite: 'how-to-cite' }, other: { a: 'b' } } };

  it('keeps the old address of a renamed page in every language, and sends each language root home', () => {
    expect(redirectPages(moved, ['zh', 'en'], 'overview')).toEqual([
      { locale: 'zh', from: '', to: 'overview', sectionAliases: {} },
      { locale: 'zh', from: 'method', to: 'about', sectionAliases: { cite: 'how-to-cite' } },
      { locale: 'en', from: '', to: 'overview', sectionAliases: {} },
      { locale: 'en', from: 'method', to: 'about', sectionAliases: { cite: 'how-to-cite' } },
    ]);
  });
});

describe('carriedFragment(hash, aliases)', () => {
  const aliases = { 'anti-gang': 'anti-gang-campaign' };

  it('maps a renamed section to its successor', () => {
    expect(carriedFragment('#anti-gang', aliases)).toBe('#anti-gang-campaign');
  });

  it('keeps a section that was not renamed, and no fragment stays none', () => {
    expect(carriedFragment('#how-to-cite', aliases)).toBe('#how-to-cite');
    expect(carriedFragment('', aliases)).toBe('');
    expect(carriedFragment('#', aliases)).toBe('');
  });

  it('keeps a text fragment after the mapped id', () => {
    expect(carriedFragment('#anti-gang:~:text=%E6%89%AB%E9%BB%91', aliases)).toBe('#anti-gang-campaign:~:text=%E6%89%AB%E9%BB%91');
    expect(carriedFragment('#:~:text=fraud', aliases)).toBe('#:~:text=fraud');
  });

  it('does not treat inherited object keys as aliases', () => {
    expect(carriedFragment('#constructor', aliases)).toBe('#constructor');
  });
});
