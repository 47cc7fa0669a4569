// Dark or light on request, remembered across visits; the head script applies the choice before first paint.
// Called by the page's one click listener (lazy.ts), which also shows the switch and its state at load.
import { isDark, syncThemeToggles } from './theme-state';

export function toggleTheme(): void {
  const theme = isDark() ? 'light' : 'dark';
  document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  syncThemeToggles();
  document.dispatchEvent(new Event('themechange'));
}
