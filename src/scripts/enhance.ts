// The enhancements of a content page (a module script from BaseLayout): small modules, and
// everything works without them. Charts, citations, search and passage links load their code on demand.
import './keep-hash';
import './copy-link';
import './fragments';
import './toc-current';
import './print-date';
import './theme-toggle';
import './prefetch';
import './lazy';

// Every enhancement above is wired up: a state for CSS and for anyone scripting the page (the tests wait for it).
document.documentElement.dataset.enhanced = '';
