// The enhancements of a content page (a module script from BaseLayout): small modules, and everything works
// without them. Only what must run at load is here (landing on a fragment, the current section in the contents,
// the printed date, prefetching); what answers a click or a key loads its code then (lazy.ts).
import './fragments';
import './toc-current';
import './print-date';
import './prefetch';
import './lazy';

// Every enhancement above is wired up: a state for CSS and for anyone scripting the page (the tests wait for it).
document.documentElement.dataset.enhanced = '';
