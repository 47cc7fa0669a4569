// Loads Pagefind's module (written to ./pagefind/ by the build) and hands it to the search dialog.
// A plain file rather than a bundled import(): bundled dynamic imports pull Vite's preload helper
// (about 1 KB) into every page, while search is opened on few of them.
// Both language bundles (pagefind/zh/, pagefind/en/) ship the same Pagefind; the dialog opens one instance per bundle.
import * as pagefind from './pagefind/zh/pagefind.js';

window.dispatchEvent(new CustomEvent('pagefind-ready', { detail: pagefind }));
