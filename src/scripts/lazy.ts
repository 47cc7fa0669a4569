// Features used only on interaction are fetched on first use, so a page loads little JavaScript:
// citation formatting when the panel opens, the search dialog when search opens, passage links on a selection,
// copying a section's link on its first click.
import { syncThemeToggles } from './theme-state';
import { toggleTheme } from './theme-toggle';

// Without JavaScript the page follows the system's colour scheme and the switch stays hidden; with it, the switch
// shows its state (kept when the system's scheme changes).
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) button.hidden = false;
syncThemeToggles();
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', syncThemeToggles);

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  // The language switch carries the reader's current #section to the other language (ids are shared).
  const switchLink = target?.closest<HTMLAnchorElement>('a[data-keep-hash]');
  if (switchLink && location.hash) switchLink.hash = location.hash;
  // A heading's "#" link copies its section's address; without JavaScript it is a plain anchor link.
  const copyLink = target?.closest<HTMLAnchorElement>('a.heading-link');
  if (copyLink) {
    event.preventDefault();
    void import('./copy-link').then((m) => m.copyLink(copyLink));
  }
  // The theme switches at once (not loaded on the click), so its aria-pressed is true the moment it is pressed.
  if (target?.closest('[data-theme-toggle]')) toggleTheme();
});

const citeDetails = document.querySelector<HTMLDetailsElement>('details#cite');
citeDetails?.addEventListener('toggle', () => void import('./cite-panel'), { once: true });
// "Cite this page" in the contents (and any link to #cite) opens the panel it points to.
function openCiteOnHash() {
  if (citeDetails && location.hash === '#cite') citeDetails.open = true;
}
openCiteOnHash();
addEventListener('hashchange', openCiteOnHash);

const searchButton = document.querySelector<HTMLButtonElement>('site-search .search-open');
async function openSearch() {
  await import('./site-search');
  (document.querySelector('site-search') as (HTMLElement & { open: () => void }) | null)?.open();
}
if (searchButton) {
  searchButton.hidden = false; // search needs JavaScript, so its button appears only with it
  searchButton.addEventListener('click', () => void openSearch());
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as Element).matches?.('input, textarea, select');
    if (event.key !== '/' || typing || document.querySelector('site-search dialog[open]')) return;
    event.preventDefault();
    void openSearch();
  });
}

document.addEventListener('selectionchange', function loadPassageLink() {
  if (!getSelection()?.toString().trim()) return;
  document.removeEventListener('selectionchange', loadPassageLink);
  void import('./passage-link');
});

// Chart figures define their element only on pages that have one; Chart.js itself waits until a chart is near.
if (document.querySelector('chart-figure')) void import('./chart-figure');

// The source page pairs each sentence with its translation.
const parallelText = document.querySelector<HTMLElement>('.source-article');
if (parallelText) void import('./parallel-text').then((m) => m.pairSentences(parallelText));
