// Byte budgets of `npm run bench` (size-limit, gzip), on the build in bench-out/dist. A page's JavaScript
// is its one bundled module script and the chunk that script imports at once (the enhancements; Vite's preload
// helper is a line inside it, astro.config.mjs); its CSS is inlined in the HTML.
const dist = 'bench-out/dist';
const pageJs = [`${dist}/_astro/BaseLayout.astro_astro_type_script_index_0_lang.*.js`, `${dist}/_astro/enhance.*.js`];
// size-limit counts 1 KB as 1000 bytes; the budgets are in KiB, as the bench has always printed them.
const kib = (n) => `${n * 1024} B`;
const chartJs = [...pageJs, `${dist}/_astro/chart-figure.*.js`, `${dist}/_astro/draw-chart.*.js`, `${dist}/_astro/locales.*.js`];

module.exports = [
  { name: 'text page /en/about/ in all (HTML with CSS, JS)', path: [`${dist}/en/about/index.html`, ...pageJs], limit: kib(12), gzip: true },
  { name: 'text page /zh/about/ in all (HTML with CSS, JS)', path: [`${dist}/zh/about/index.html`, ...pageJs], limit: kib(12), gzip: true },
  { name: 'text page JS', path: pageJs, limit: kib(3), gzip: true },
  { name: 'chart page JS in all (first load and Chart.js after scrolling)', path: chartJs, limit: kib(60), gzip: true },
];
