import { describe, expect, it } from 'vitest';
import { passageUrl, resolveFragment } from '../../src/lib/anchors';

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

describe('passageUrl(pageUrl, anchor, selection)', () => {
  it('puts the stable anchor before the text fragment', () => {
    expect(passageUrl('https://x.org/zh/source/#p3', 'p7', '黑恶必扫 除恶务尽')).toBe(
      'https://x.org/zh/source/#p7:~:text=%E9%BB%91%E6%81%B6%E5%BF%85%E6%89%AB%20%E9%99%A4%E6%81%B6%E5%8A%A1%E5%B0%BD',
    );
  });

  it('escapes dashes, which separate text-fragment parts', () => {
    expect(passageUrl('https://x.org/en/a/', 'intro', 'anti-gang work')).toBe('https://x.org/en/a/#intro:~:text=anti%2Dgang%20work');
  });

  it('cites a long selection by its first and last words', () => {
    const long = 'a'.repeat(50) + ' middle ' + 'b'.repeat(50);
    expect(passageUrl('https://x.org/en/a/', 's', long)).toBe(`https://x.org/en/a/#s:~:text=${'a'.repeat(30)},${'b'.repeat(30)}`);
  });
});
