// Whether the page is dark, and the theme switch saying so (aria-pressed): at load and when the system changes.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
export const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : systemDark.matches);
export const syncThemeToggles = () => {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(isDark()));
};
