import { describe, expect, it } from 'vitest';
import { passageUrl, resolveFragment, textDirectives } from '../../src/lib/anchors';

const ids = new Set(['anti-gang-campaign', 'p7']);
const exists = (id: string) => ids.has(id);

describe('resolveFragment(hash, aliases, exists)', () => {
  it('leaves a live section alone', () => {
    expect(resolveFragment('#anti-gang-campaign', { 'anti-gang': 'anti-gang-campaign' }, exists)).toBeNull();
  });

  it('sends a renamed section to its successor', () => {
    expect(resolveFragment('#anti-gang', { 'anti-gang': 'anti-gang-campaign' }, exists)).toBe('anti-gang-campaign');
  });

  it('ignores an alias whose successor is missing, and unknown ids', () => {
    expect(resolveFragment('#old', { old: 'gone' }, exists)).toBeNull();
    expect(resolveFragment('#nothing', {}, exists)).toBeNull();
  });

  it('falls back to the anchor before a text fragment, through an alias too', () => {
    expect(resolveFragment('#p7:~:text=%E6%89%AB%E9%BB%91', {}, exists)).toBe('p7');
    expect(resolveFragment('#anti-gang:~:text=x', { 'anti-gang': 'anti-gang-campaign' }, exists)).toBe('anti-gang-campaign');
  });
});

describe('passageUrl(pageUrl, anchor, fragment)', () => {
  it("puts the stable anchor before the text directive and drops the page's own hash", () => {
    expect(passageUrl('https://x.org/zh/source/#p3', 'p7', { textStart: '黑恶必扫 除恶务尽' })).toBe(
      'https://x.org/zh/source/#p7:~:text=%E9%BB%91%E6%81%B6%E5%BF%85%E6%89%AB%20%E9%99%A4%E6%81%B6%E5%8A%A1%E5%B0%BD',
    );
  });

  it('escapes dashes, commas and ampersands, which separate directive parts', () => {
    expect(passageUrl('https://x.org/en/a/', 'intro', { textStart: 'anti-gang work, drugs & fraud' })).toBe(
      'https://x.org/en/a/#intro:~:text=anti%2Dgang%20work%2C%20drugs%20%26%20fraud',
    );
  });

  it('writes a range with context as prefix-,start,end,-suffix', () => {
    expect(passageUrl('https://x.org/en/a/', 's', { prefix: 'the', textStart: 'Fengqiao experience', textEnd: 'new era', suffix: 'in' })).toBe(
      'https://x.org/en/a/#s:~:text=the-,Fengqiao%20experience,new%20era,-in',
    );
  });

  it('keeps an empty anchor when the passage has none before it', () => {
    expect(passageUrl('https://x.org/en/a/', null, { textStart: 'x' })).toBe('https://x.org/en/a/#:~:text=x');
  });
});

describe('textDirectives(url)', () => {
  it('lists the text directives after :~:', () => {
    expect(textDirectives('https://x.org/en/a/#p7:~:text=a-,b&text=c')).toEqual(['text=a-,b', 'text=c']);
  });

  it('is empty for an address without a directive', () => {
    expect(textDirectives('https://x.org/en/a/#p7')).toEqual([]);
    expect(textDirectives('https://x.org/en/a/')).toEqual([]);
  });
});
