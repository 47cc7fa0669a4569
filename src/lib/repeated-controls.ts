/**
 * The controls repeated through a page's text, by class of their `<a>`: a heading's copy-link button, a
 * "corrected" mark and a ¶n source mark. Their words are interface, not passage: the search index skips them
 * (search-records.ts) and a passage link never starts or ends in them (scripts/passage-link.ts).
 */
export const repeatedControlClasses = ['heading-link', 'corrected-mark', 'src'] as const;

/** The same controls as a CSS selector, with the source page's ¶ numbers and anything marked for search to skip. */
export const interfaceTextSelector = [...repeatedControlClasses.map((c) => `a.${c}`), 'a.number', '[data-pagefind-ignore]'].join(', ');
