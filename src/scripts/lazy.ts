// Features used only on interaction are fetched on first use, so a page loads little JavaScript:
// citation formatting when the panel opens, the search dialog when search opens, passage links on a selection.

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
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
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
