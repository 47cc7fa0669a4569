// Passage links: a section's anchor and a text directive (used by src/scripts/passage-link.ts, loaded on a selection).

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
