import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  contentSecurityPolicy,
  framableHeaders,
  headersFile,
  mergePolicies,
  nginxHeaders,
  pagePolicy,
  responseHeaders,
  withStyleHashes,
} from '../../src/lib/security-headers';

describe('contentSecurityPolicy()', () => {
  it('allows scripts only from the site and one hashed inline script, never unsafe-inline scripts or styles, nothing from another host', () => {
    const policy = contentSecurityPolicy();
    expect(/script-src ([^;]*)/.exec(policy)?.[1]).toMatch(/^'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(/style-src ([^;]*)/.exec(policy)?.[1]).toBe("'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:/);
  });

  it("keeps 'unsafe-inline' styles for the dev server only, whose styles arrive through scripts", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("style-src 'self' 'unsafe-inline'");
  });
});

describe('withStyleHashes(html)', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const css = ['.a{color:red}', '\n  .b { margin: 0 }\n'];
  const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39;"><style>${css[0]}</style></head><body><style data-x="1">${css[1]}</style><style>${css[0]}</style></body>`;

  it("adds the hash of each distinct <style> element's text, as written, to the page's style-src", () => {
    expect(pagePolicy(withStyleHashes(html))).toBe(`default-src 'self'; style-src 'self' ${sha(css[0]!)} ${sha(css[1]!)}; img-src 'self'`);
  });

  it('leaves a page without styles, or without a policy, as it was', () => {
    expect(withStyleHashes('<meta http-equiv="content-security-policy" content="style-src &#39;self&#39;">')).toBe(
      '<meta http-equiv="content-security-policy" content="style-src &#39;self&#39;">',
    );
    expect(withStyleHashes('<style>p{}</style>')).toBe('<style>p{}</style>');
  });
});

describe('mergePolicies(pagePolicies)', () => {
  it('allows per directive what any page allows, each source once', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self' 'sha256-x'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'");
  });
});

describe('headersFile(base, responseHeaders(pagePolicies))', () => {
  const file = headersFile('/safe-qingdao/', responseHeaders(["default-src 'self'; style-src 'self' 'sha256-x'"]));

  it('covers everything under the base with the security headers', () => {
    expect(file).toMatch(
      /^\/safe-qingdao\/\*\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}X-Content-Type-Options: nosniff\n {2}Permissions-Policy: /,
    );
  });

  it("sends the pages' policies as a header too, adding frame-ancestors", () => {
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-x'; frame-ancestors 'none'\n");
  });
});

describe('framable embed pages', () => {
  const policy = contentSecurityPolicy();
  const headers = responseHeaders([policy]);

  it('lets only the chart embed folder be framed, with a later rule in _headers', () => {
    const rules = headersFile('/safe-qingdao/', headers).split(/\n(?=\S)/);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toContain("frame-ancestors 'none'");
    expect(rules[1]).toBe(`/safe-qingdao/embed/*\n  Content-Security-Policy: ${policy}; frame-ancestors *\n`);
  });

  it('gives nginx the same headers for the embed folder, framable and without X-Frame-Options', () => {
    const embed = framableHeaders(headers);
    expect(embed['Content-Security-Policy']).toBe(`${policy}; frame-ancestors *`);
    expect(embed).not.toHaveProperty('X-Frame-Options');
    expect(nginxHeaders(embed)).toContain('frame-ancestors *');
  });
});

describe('nginxHeaders(headers)', () => {
  const headers = responseHeaders(["default-src 'self'; style-src 'self' 'sha256-x'"]);

  it('writes every header of _headers as an nginx add_header, sent on errors too', () => {
    const fromHeadersFile = headersFile('/', headers)
      .split(/\n(?=\S)/)[0]!
      .split('\n')
      .slice(1)
      .map((line) =>
        line
          .trim()
          .split(/: (.*)/)
          .slice(0, 2),
      );
    const fromNginx = nginxHeaders(headers)
      .trim()
      .split('\n')
      .map((line) => /^add_header (\S+) "([^"]*)" always;$/.exec(line)!.slice(1));
    expect(fromNginx).toEqual(fromHeadersFile);
    expect(fromNginx.map(([name]) => name)).toContain('Content-Security-Policy');
  });

  it('refuses a value nginx would read differently', () => {
    expect(() => nginxHeaders({ 'X-Test': 'a "quoted" $value' })).toThrow(/cannot be written as an nginx string/);
  });
});
