// The source page's parallel text: pointing at, focusing (a tap on a phone) or linking to a sentence lights
// up its counterpart in the other language. Both carry data-sentence="p7-2"; only one has the id.
export function pairSentences(article: HTMLElement) {
  const pair = (id: string | undefined, on: boolean) => {
    if (id) for (const el of article.querySelectorAll(`[data-sentence="${CSS.escape(id)}"]`)) el.classList.toggle('paired', on);
  };
  const sentenceOf = (event: Event) => (event.target as Element).closest<HTMLElement>('[data-sentence]')?.dataset['sentence'];
  for (const [type, on] of [['pointerover', true], ['pointerout', false], ['focusin', true], ['focusout', false]] as const) {
    article.addEventListener(type, (event) => pair(sentenceOf(event), on));
  }
  let landed: string | undefined;
  const onHash = () => {
    pair(landed, false);
    landed = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.dataset['sentence'];
    pair(landed, true);
  };
  addEventListener('hashchange', onHash);
  onHash();
}
