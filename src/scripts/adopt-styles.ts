/**
 * Styles that matter only once a lazily loaded feature runs (the search dialog, the citation panel's controls,
 * the passage button and notice, the "copied" tip) come with its module instead of every page: a constructed
 * stylesheet, which the page's Content-Security-Policy does not restrict (it governs style elements and files).
 */
const adopted = new Set<string>();

export function adoptStyles(css: string): void {
  if (adopted.has(css)) return; // the passage button's and notice's scripts share one sheet
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
