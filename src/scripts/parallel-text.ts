// The source page's parallel text: pointing at, focusing (a tap on a phone) or linking to a sentence lights
// up it and its counterpart in the other language. Both carry data-sentence="p7-2"; only one has the id.
export function pairSentences(article: HTMLElement) {
  const lit: Record<'pointer' | 'focus' | 'target', string | undefined> = { pointer: undefined, focus: undefined, target: undefined };
  const render = () => {
    for (const el of article.querySelectorAll('.paired')) el.classList.remove('paired');
    for (const id of new Set(Object.values(lit))) {
      if (id) for (const el of article.querySelectorAll(`[data-sentence="${CSS.escape(id)}"]`)) el.classList.add('paired');
    }
  };
  const sentenceOf = (event: Event) => (event.target as Element).closest<HTMLElement>('[data-sentence]')?.dataset['sentence'];
  const on = (type: string, source: keyof typeof lit, entering: boolean) =>
    article.addEventListener(type, (event) => {
      lit[source] = entering ? sentenceOf(event) : undefined;
      render();
    });
  on('pointerover', 'pointer', true);
  on('pointerleave', 'pointer', false);
  on('focusin', 'focus', true);
  on('focusout', 'focus', false);
  const onHash = () => {
    lit.target = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.dataset['sentence'];
    render();
  };
  addEventListener('hashchange', onHash);
  onHash();
}
