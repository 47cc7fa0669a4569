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

/** The parts of a text directive, as the text-fragments generator returns them (only textStart is required). */
export interface TextFragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

// `-`, `,` and `&` separate the parts of a directive, so they are escaped inside a part (encodeURIComponent
// already escapes `,` and `&`), as Chromium's "Copy link to highlight" does.
const encodePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** `text=[prefix-,]textStart[,textEnd][,-suffix]` (https://wicg.github.io/scroll-to-text-fragment/#syntax). */
export function textDirective({ prefix, textStart, textEnd, suffix }: TextFragment): string {
  return (
    'text=' +
    (prefix ? `${encodePart(prefix)}-,` : '') +
    encodePart(textStart) +
    (textEnd ? `,${encodePart(textEnd)}` : '') +
    (suffix ? `,-${encodePart(suffix)}` : '')
  );
}

/** A link to a passage: the stable anchor first (where browsers land if the text is gone), then the text directive. */
export function passageUrl(pageUrl: string, anchor: string | null, fragment: TextFragment): string {
  return `${pageUrl.split('#')[0]}#${anchor ?? ''}:~:${textDirective(fragment)}`;
}

/** The text directives of an address (`#p7:~:text=a&text=b` → `['text=a', 'text=b']`), empty when it has none. */
export function textDirectives(url: string): string[] {
  const directive = url.split(':~:')[1];
  return directive ? directive.split('&').filter((part) => part.startsWith('text=')) : [];
}
