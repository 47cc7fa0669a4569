// Dark or light on request, remembered across visits; the head script applies the choice before first paint.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : systemDark.matches);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    sync();
    document.dispatchEvent(new Event('themechange'));
  });
}
