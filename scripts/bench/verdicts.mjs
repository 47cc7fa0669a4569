// The bench's budgets as HELD/BROKEN lines: pure functions of what size-limit, Lighthouse CI and the builds report.
export const LCP_RATIO = 1.1;
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (name, held, value, limit, cause = []) => ({ name, held, value, limit, cause });

/** size-limit's `--json` output (sizes in bytes, gzip). */
export const sizeVerdicts = (results) => results.map((r) => verdict(r.name, r.passed, kib(r.size), kib(r.sizeLimit)));

/** Inline CSS of a page, gzip bytes, against the CSS budget. */
export const cssVerdict = (path, bytes, limit = 5 * 1024) => verdict(`CSS of ${path} (inline, gzip)`, bytes <= limit, kib(bytes), kib(limit));

/**
 * LCP of a page against its bare twin (same text, no CSS or JS): median of the runs, ≤ 1.1 × bare.
 * `lcps` maps a path to its runs' LCP in ms; the bare twin of `/x/` is `/bare/x/`.
 */
export function lcpVerdicts(lcps, paths) {
  return paths.map((path) => {
    const [ours, bare] = [median(lcps[path] ?? []), median(lcps[`/bare${path}`] ?? [])];
    const ratio = ours / bare;
    const cause = [
      `median LCP ${Math.round(ours)} ms vs bare ${Math.round(bare)} ms (runs: ${(lcps[path] ?? []).map(Math.round).join(', ')} vs ${(lcps[`/bare${path}`] ?? []).map(Math.round).join(', ')})`,
    ];
    return verdict(`LCP ≤ ${LCP_RATIO} × bare page — ${path}`, ratio <= LCP_RATIO, `${ratio.toFixed(2)}×`, `${LCP_RATIO}×`, cause);
  });
}

/** Build time: ms per page must not grow from the smallest to the largest N (linear growth or better). */
export function scaleVerdicts(results) {
  const [small, large] = [results[0], results.at(-1)];
  if (!small || small === large) return [];
  const growth = large.ours.msPerPage / small.ours.msPerPage;
  const cause = results.map(
    (r) =>
      `N=${r.n}: ours ${r.ours.msPerPage.toFixed(1)} ms/page, plain Astro ${r.plain.msPerPage.toFixed(1)} ms/page (${(r.ours.msPerPage / r.plain.msPerPage).toFixed(2)}×)`,
  );
  return [verdict(`build time grows linearly: ms/page at N=${large.n} ÷ at N=${small.n} ≤ 1`, growth <= 1, `${growth.toFixed(2)}×`, '1×', cause)];
}

export const verdictLines = (verdicts) =>
  verdicts.flatMap((v) => [`${v.held ? 'HELD  ' : 'BROKEN'}  ${v.name}: ${v.value} (limit ${v.limit})`, ...v.cause.map((c) => `          ${c}`)]);
