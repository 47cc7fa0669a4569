// The one script every page loads: small progressive enhancements, each in its own module.
// Everything works without it; chart drawing and the search index load separately, on demand.
import './keep-hash';
import './copy-link';
import './fragments';
import './toc-current';
import './print-date';
import './passage-link';
import './cite-panel';
import './site-search';
