import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../src/lib/security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and one hashed inline script, never unsafe-inline scripts', () => {
    const scripts = /script-src ([^;]*)/.exec(contentSecurityPolicy)?.[1];
    expect(scripts).toMatch(/^'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(contentSecurityPolicy).toContain("default-src 'self'");
  });
});

describe('headersFile(base)', () => {
  const file = headersFile('/safe-qingdao');

  it('covers everything under the base with the security headers', () => {
    expect(file).toMatch(/^\/safe-qingdao\/\*\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}X-Content-Type-Options: nosniff\n {2}Permissions-Policy: /);
  });

  it("sends the pages' policy as a header too, adding frame-ancestors", () => {
    expect(file).toContain(`  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'\n`);
  });

  it('lets only the chart embed pages be framed, with a later rule for their folder', () => {
    const rules = file.split(/\n(?=\S)/);
    expect(rules).toHaveLength(2);
    expect(rules[1]).toBe(`/safe-qingdao/embed/*\n  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors *\n`);
    expect(rules[0]).toContain("frame-ancestors 'none'");
  });
});
