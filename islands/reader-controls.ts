import { fontSteps, prefKeys, themeChoices, type FontStep, type ThemeChoice } from '@/lib/reader-prefs';
import { remember } from './storage';

declare global {
  interface Window {
    /** Set by the inline prefs script in `<head>`: re-applies stored preferences. */
    __applyReaderPrefs?: () => void;
  }
}

const root = () => document.documentElement;
const currentTheme = (): ThemeChoice => {
  const choice = root().dataset.themeChoice;
  return themeChoices.find((c) => c === choice) ?? 'system';
};
const currentFont = (): FontStep => {
  const font = root().dataset.font;
  return fontSteps.find((f) => f === font) ?? 'm';
};

function store(key: string, value: string): void {
  remember(key, value);
  // The inline head script keeps the choices on <html>; the observer below then updates the buttons.
  window.__applyReaderPrefs?.();
}

/**
 * Theme (system → light → dark) and font size (four steps), remembered across pages. The choices live on
 * `<html>` (set by the inline head script before first paint); these buttons write them and follow them.
 * The theme icon is chosen by CSS from `<html data-theme-choice>`, so it is right before this runs.
 */
export function mountReaderControls(group: HTMLElement): void {
  const smaller = group.querySelector<HTMLButtonElement>('[data-font-control="smaller"]');
  const larger = group.querySelector<HTMLButtonElement>('[data-font-control="larger"]');
  const theme = group.querySelector<HTMLButtonElement>('[data-theme-control]');
  if (!smaller || !larger || !theme) return;
  // Per choice, the button's accessible name and tooltip, rendered by the server in the page's language.
  const labelOf = (choice: ThemeChoice) => theme.getAttribute(`data-label-${choice}`) ?? choice;
  const titleOf = (choice: ThemeChoice) => theme.getAttribute(`data-title-${choice}`) ?? choice;

  const sync = () => {
    const step = fontSteps.indexOf(currentFont());
    smaller.disabled = step === 0;
    larger.disabled = step === fontSteps.length - 1;
    const choice = currentTheme();
    theme.dataset.themeControl = choice;
    theme.setAttribute('aria-label', labelOf(choice));
    theme.title = titleOf(choice);
  };
  const setStep = (to: number) => {
    store(prefKeys.font, fontSteps[Math.max(0, Math.min(fontSteps.length - 1, to))]!);
  };

  smaller.addEventListener('click', () => setStep(fontSteps.indexOf(currentFont()) - 1));
  larger.addEventListener('click', () => setStep(fontSteps.indexOf(currentFont()) + 1));
  theme.addEventListener('click', () => {
    store(prefKeys.theme, themeChoices[(themeChoices.indexOf(currentTheme()) + 1) % themeChoices.length]!);
  });
  new MutationObserver(sync).observe(root(), { attributes: true, attributeFilter: ['data-theme-choice', 'data-font'] });
  sync();
}
