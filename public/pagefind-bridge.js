// Loads Pagefind's module of each language bundle (pagefind/<lang>/pagefind.js, written by the build) and hands
// them to the search dialog, which names the bundles in this script's address: pagefind-bridge.js?bundles=zh,en.
// A plain file rather than a bundled import(): bundled dynamic imports pull Vite's preload helper
// (about 1 KB) into every page, while search is opened on few of them.
// One module per bundle, never two instances of one module: Pagefind's WebAssembly glue is a single module-level
// instance, so a second instance of the same module replaces the first one's WebAssembly memory while the first
// still points into it ("memory access out of bounds", and a search that never answers). Distinct URLs are
// distinct modules, each with its own WebAssembly (and the bundle's own: the English one stems English words).
const bundles = (new URL(import.meta.url).searchParams.get('bundles') ?? '').split(',').filter(Boolean);
const modules = await Promise.all(bundles.map((bundle) => import(new URL(`./pagefind/${bundle}/pagefind.js`, import.meta.url).href)));

window.dispatchEvent(new CustomEvent('pagefind-ready', { detail: Object.fromEntries(bundles.map((bundle, i) => [bundle, modules[i]])) }));
