// Loads Pagefind's module (written to ./pagefind/ by the build) and hands it to the search dialog.
// A plain file rather than a bundled import(): bundled dynamic imports pull Vite's preload helper
// (about 1 KB) into every page, while search is opened on few of them.
import * as pagefind from './pagefind/pagefind.js';

window.dispatchEvent(new CustomEvent('pagefind-ready', { detail: pagefind }));
