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

// Writing passage links lives in its own module, so the page's entry script (which only reads them) stays small.
export { passageUrl, textDirective, type TextFragment } from './passage-url';

/** The text directives of an address (`#p7:~:text=a&text=b` → `['text=a', 'text=b']`), empty when it has none. */
export function textDirectives(url: string): string[] {
  const directive = url.split(':~:')[1];
  return directive ? directive.split('&').filter((part) => part.startsWith('text=')) : [];
}
