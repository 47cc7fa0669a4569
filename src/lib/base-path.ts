/**
 * A site path under the base, the one way the site joins them: `withBase('/sub', 'data/a.csv')` →
 * `/sub/data/a.csv`; `withBase('/', '')` → `/`. Astro gives the base with or without a trailing slash.
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** A date as `YYYY-MM-DD` (UTC), as the data files and citations write days. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
