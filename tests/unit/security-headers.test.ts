import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, mergePolicies } from '../../src/lib/security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and one hashed inline script, never unsafe-inline scripts, nothing from another host', () => {
    expect(/script-src ([^;]*)/.exec(contentSecurityPolicy)?.[1]).toMatch(/^'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
  });
});

describe('mergePolicies(pagePolicies)', () => {
  it('allows per directive what any page allows, each source once', () => {
    const merged = mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'", "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self' 'sha256-x'"]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'");
  });
});

describe('headersFile(base, pagePolicies)', () => {
  const file = headersFile('/safe-qingdao/', ["default-src 'self'; style-src 'self' 'sha256-x'"]);

  it('covers everything under the base with the security headers', () => {
    expect(file).toMatch(/^\/safe-qingdao\/\*\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}X-Content-Type-Options: nosniff\n {2}Permissions-Policy: /);
  });

  it("sends the pages' policies as a header too, adding frame-ancestors", () => {
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-x'; frame-ancestors 'none'\n");
  });
});
