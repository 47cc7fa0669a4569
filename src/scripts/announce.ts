/** Tells screen-reader users (and sighted ones, via the element that triggered it) what just happened. */
export function announce(message: string, near?: HTMLElement): void {
  const status = document.getElementById('live-status');
  if (status) status.textContent = message;
  if (!near) return;
  near.dataset['announced'] = message;
  setTimeout(() => delete near.dataset['announced'], 1800);
}

/** Copies text to the clipboard; resolves false where the browser refuses (e.g. an insecure origin). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page's canonical address (what a citation should carry), falling back to the current one. */
export function canonicalUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
}
