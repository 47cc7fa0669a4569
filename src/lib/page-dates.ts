/**
 * The day a page last changed: its latest logged correction or the day it was last reviewed against the
 * source, whichever is later. Every "modified" date (JSON-LD, meta tags, citations, the feed) reads this.
 */
export function lastChanged(reviewed: Date, corrections: readonly { date: Date }[] = []): Date {
  return corrections.reduce((latest, c) => (c.date > latest ? c.date : latest), reviewed);
}
