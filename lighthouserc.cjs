// Lighthouse CI for `npm run bench` (scripts/bench.mjs serves bench-out/dist on 127.0.0.1:9410 first).
// Mobile preset; LHCI_RUNS runs per page (median); LHCI_THROTTLING=devtools applies real network and CPU
// throttling in Chromium instead of Lighthouse's simulation.
const origin = 'http://127.0.0.1:9410';
/** Real pages (audited and asserted) and their bare twins: the same <main> text, no CSS or JS (LCP floor). */
const pages = ['/', '/en/about/', '/en/grassroots-governance/', '/en/source/'];
const bare = ['/en/about/', '/en/grassroots-governance/', '/en/source/'].map((path) => `/bare${path}`);
const all100 = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((c) => [`categories:${c}`, ['error', { minScore: 1 }]]));

module.exports = {
  ci: {
    collect: {
      url: [...pages, ...bare].map((path) => origin + path),
      numberOfRuns: Number(process.env.LHCI_RUNS ?? 1),
      settings: {
        // The full browser, the one readers have (the browser tests run its headless shell: scripts/chromium.mjs).
        chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        chromeFlags: '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        throttlingMethod: process.env.LHCI_THROTTLING ?? 'simulate',
      },
    },
    assert: {
      assertMatrix: [
        {
          matchingUrlPattern: '^http://127\\.0\\.0\\.1:9410/(?!bare/)',
          assertions: {
            ...all100,
            // No web fonts, nothing from another host.
            'resource-summary:font:count': ['error', { maxNumericValue: 0 }],
            'resource-summary:third-party:count': ['error', { maxNumericValue: 0 }],
          },
        },
      ],
    },
    upload: { target: 'filesystem', outputDir: 'bench-out/lhci' },
  },
};
