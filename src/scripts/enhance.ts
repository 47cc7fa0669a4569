// The one script every page loads: small progressive enhancements, each in its own module.
// Everything works without it. Chart drawing, citations, search and passage links load on demand.
import './keep-hash';
import './copy-link';
import './fragments';
import './toc-current';
import './print-date';
import './theme-toggle';
import './prefetch';
import './lazy';
