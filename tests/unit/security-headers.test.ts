import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, nginxHeaders, responseHeaders } from '../../src/lib/security-headers';

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
});

describe('nginxHeaders()', () => {
  it('writes every header of _headers as an nginx add_header, sent on errors too', () => {
    const fromHeadersFile = headersFile().split('\n').slice(1, -1).map((line) => line.trim().split(/: (.*)/).slice(0, 2));
    const fromNginx = nginxHeaders(responseHeaders).trim().split('\n').map((line) => /^add_header (\S+) "([^"]*)" always;$/.exec(line)!.slice(1));
    expect(fromNginx).toEqual(fromHeadersFile);
    expect(fromNginx.map(([name]) => name)).toContain('Content-Security-Policy');
  });

  it('refuses a value nginx would read differently', () => {
    expect(() => nginxHeaders({ 'X-Test': 'a "quoted" $value' })).toThrow(/cannot be written as an nginx string/);
  });
});
