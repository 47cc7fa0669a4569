/**
 * Where a cited `#fragment` should land. Hosts cannot redirect fragments, so renamed sections are
 * resolved in the browser: a live id wins, then an alias, then the anchor before a text fragment
 * (`#p7:~:text=…` in browsers that do not understand text fragments).
 */
export function resolveFragment(hash: string, aliases: Readonly<Record<string, string>>, exists: (id: string) => boolean): string | null {
  const id = decodeURIComponent(hash.replace(/^#/, '')).split(':~:')[0] ?? '';
  if (!id || exists(id)) return id && hash.includes(':~:') ? id : null;
  const successor = aliases[id];
  return successor && exists(successor) ? successor : null;
}

/** A link to a passage: the stable anchor first (the fallback), then a text fragment for browsers that support it. */
export function passageUrl(pageUrl: string, anchor: string | null, selected: string): string {
  const words = selected.replace(/\s+/g, ' ').trim();
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  // Long selections are cited by their first and last words (`text=start,end`), as the spec allows.
  const chars = [...words];
  const directive =
    chars.length > 80 ? `${encode(chars.slice(0, 30).join('').trim())},${encode(chars.slice(-30).join('').trim())}` : encode(words);
  return `${pageUrl.split('#')[0]}#${anchor ?? ''}:~:text=${directive}`;
}
