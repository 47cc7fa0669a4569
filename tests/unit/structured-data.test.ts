import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/structured-data';

// pageJsonLd(record) is tested with the citation record it is built from, in tests/unit/cite.test.ts.
describe('serializeJsonLd(value)', () => {
  const hostile = { name: '</script><script>alert(1)</script><!-- <img src=x onerror=alert(1)> & \u2028' };

  it('writes no character that could end or comment out the script element', () => {
    expect(serializeJsonLd(hostile)).not.toMatch(/[<>&\u2028]/);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
