// The "bare page of the same text": the real page's <main> text in minimal semantic HTML, no CSS or JS.
// Its Lighthouse LCP is the floor the real page is compared with (budget: ours ≤ 1.1 × bare).
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds the HTML from `{ lang, title, h1, main }` (main = `document.querySelector('main').innerText`). */
export function bareHtml({ lang, title, h1, main }) {
  const lines = main
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // The page's own heading leads the text; keep it as the h1 rather than a paragraph.
  if (lines[0] === h1) lines.shift();
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(h1 || title)}">`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(h1 || title)}</h1>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
