import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile } from '../../src/lib/security-headers';

describe('cspFromHtml(html)', () => {
  it("reads the policy a page declares, un-escaping Astro's quotes", () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;">`;
    expect(cspFromHtml(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(cspFromHtml('<html></html>')).toBeNull();
  });
});

describe('headersFile(pages, base)', () => {
  const file = headersFile([{ path: '/en/about/', csp: "default-src 'self';" }], '/safe-qingdao/');

  it('gives every path the common security headers, under the base', () => {
    expect(file).toMatch(/^\/safe-qingdao\/\*\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}X-Content-Type-Options: nosniff\n {2}Permissions-Policy: /);
  });

  it("sends each page's policy as a header, adding frame-ancestors", () => {
    expect(file).toContain("/safe-qingdao/en/about/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
  });
});
