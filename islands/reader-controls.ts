import { fontSteps, prefKeys, themeChoices, type FontStep, type ThemeChoice } from '@/lib/browser/reader-prefs';
import { dismissible } from './dismissible';
import { keepPlace } from './place';
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

/** Runs `task` once the frame being prepared has been painted (a frame callback, then a task after it). */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

function store(key: string, value: string): void {
  remember(key, value);
  // The inline head script keeps the choices on <html>; the observer below then updates the buttons.
  window.__applyReaderPrefs?.();
}

/**
 * "Aa": theme (system / light / dark) and font size (four steps), remembered across pages. The choices live
 * on `<html>` (set by the inline head script before first paint); these buttons write them and follow them.
 * A font size change keeps the paragraph the reader is on where it was on the screen.
 */
export function mountReaderControls(details: HTMLElement): void {
  if (details instanceof HTMLDetailsElement) dismissible(details);
  const smaller = details.querySelector<HTMLButtonElement>('[data-font-control="smaller"]');
  const larger = details.querySelector<HTMLButtonElement>('[data-font-control="larger"]');
  const stepName = details.querySelector<HTMLElement>('[data-font-step-name]');
  const options = [...details.querySelectorAll<HTMLButtonElement>('[data-theme-option]')];
  if (!smaller || !larger) return;

  const showStep = (font: FontStep) => {
    const step = fontSteps.indexOf(font);
    // `aria-disabled`, not `disabled`: a disabled button would drop the keyboard focus it has just been given.
    smaller.setAttribute('aria-disabled', String(step === 0));
    larger.setAttribute('aria-disabled', String(step === fontSteps.length - 1));
    if (stepName) stepName.textContent = stepName.getAttribute(`data-name-${font}`) ?? font;
  };
  const sync = () => {
    showStep(pending ?? currentFont());
    const choice = currentTheme();
    for (const option of options) option.setAttribute('aria-pressed', String(option.dataset.themeOption === choice));
  };
  /** The step asked for and not yet applied (a second tap before then goes on from it). */
  let pending: FontStep | undefined;
  const setStep = (to: number) => {
    const font = fontSteps[Math.max(0, Math.min(fontSteps.length - 1, to))]!;
    pending = font;
    showStep(font);
    // The control answers at once; the essay reflows just after that answer is painted. Restyling and
    // laying out a screenful of text at the new size takes a slow phone longer than a tap should wait for
    // its first visible response (the INP pattern of yielding before heavy work: `npm run bench`).
    afterNextPaint(() => {
      if (pending !== font) return; // a later tap asked for another step: that one applies
      pending = undefined;
      const restore = keepPlace();
      store(prefKeys.font, font);
      restore();
    });
  };

  // A reader who leaves in the frame of the tap (a link followed at once) keeps the step: it is stored, not
  // applied, as the page goes (the next page's head script applies it before its first paint).
  // The step is then no longer pending: a page kept in the back/forward cache would otherwise store it again
  // when shown once more, over a size chosen on another page since. Shown again, a page takes the stored
  // choices, whichever page made them.
  addEventListener('pagehide', () => {
    if (pending) remember(prefKeys.font, pending);
    pending = undefined;
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) window.__applyReaderPrefs?.();
  });
  smaller.addEventListener('click', () => setStep(fontSteps.indexOf(pending ?? currentFont()) - 1));
  larger.addEventListener('click', () => setStep(fontSteps.indexOf(pending ?? currentFont()) + 1));
  for (const option of options) {
    option.addEventListener('click', () => store(prefKeys.theme, option.dataset.themeOption ?? 'system'));
  }
  new MutationObserver(sync).observe(root(), { attributes: true, attributeFilter: ['data-theme-choice', 'data-font'] });
  sync();
}
