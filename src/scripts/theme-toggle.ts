import { THEME_STORAGE_KEY } from './theme';

/**
 * `<theme-toggle>`: switches between light and dark and remembers the choice.
 * The initial theme is applied by an inline script in <head> so there is no flash.
 */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    const current = () =>
      document.documentElement.dataset.theme ??
      (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    sync();
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
