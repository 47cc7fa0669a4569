import { describe, expect, it } from 'vitest';
import { isoDate, withBase } from '../../src/lib/base-path';

describe('withBase(base, path)', () => {
  it.each([
    ['/', 'data/a.csv', '/data/a.csv'],
    ['/sub', 'data/a.csv', '/sub/data/a.csv'],
    ['/sub/', '/zh/overview/', '/sub/zh/overview/'],
    ['/sub/', '', '/sub/'],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('isoDate(date)', () => {
  it('writes the UTC day', () => {
    expect(isoDate(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-27');
  });
});
