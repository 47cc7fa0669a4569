import { describe, expect, it } from 'vitest';
import { lastChanged } from '../../src/lib/page-dates';

describe('lastChanged(reviewed, corrections)', () => {
  const reviewed = new Date('2026-11-27');
  it('is the review date when no correction is later', () => {
    expect(lastChanged(reviewed, [{ date: new Date('2026-11-01') }])).toEqual(reviewed);
    expect(lastChanged(reviewed)).toEqual(reviewed);
  });
  it('is the latest correction when one is later than the review', () => {
    expect(lastChanged(reviewed, [{ date: new Date('2026-12-01') }, { date: new Date('2026-11-30') }])).toEqual(new Date('2026-12-01'));
  });
});
