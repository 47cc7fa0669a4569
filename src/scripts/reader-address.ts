/**
 * This page's address as the reader reached it: their origin and base, without `index.html`, query or hash.
 * Citations and copied links use it rather than the canonical URL, so a copy of the site served from another
 * host or sub-path (or a build without `--site`) hands out addresses that work where the reader is.
 */
export function readerPageUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/index\.html$/, '');
  return url.href;
}
