/**
 * The address the page was opened with, text directive included: Chromium strips `:~:text=…` from
 * location.hash (so pages cannot read it), but the navigation entry keeps the full URL.
 */
export function arrivalUrl(): string {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation?.name ?? location.href;
}
