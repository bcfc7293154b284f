/** Reader preferences kept in localStorage and applied to `<html>` before first paint. */
export const prefKeys = {
  theme: 'ai-work:theme',
  font: 'ai-work:font',
  wording: 'ai-work:wording',
  writing: 'ai-work:writing',
} as const;

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export const fontSteps = ['s', 'm', 'l', 'xl'] as const;
export type FontStep = (typeof fontSteps)[number];
/** The regional-wording layer (Taiwan and Hong Kong essay pages): the authors' words, or the edition's own. */
export const wordingChoices = ['author', 'regional'] as const;
export type WordingChoice = (typeof wordingChoices)[number];
/** Chinese essay pages on wide screens: set horizontally (横排), or vertically (直排, app/styles/vertical.css). */
export const writingChoices = ['horizontal', 'vertical'] as const;
export type WritingChoice = (typeof writingChoices)[number];

/**
 * Apply stored preferences to the root element: `data-theme` (light | dark, resolved from the system
 * when unset), `data-font`, `data-wording` (author | regional; CSS shows the chosen words) and `data-writing`
 * (horizontal | vertical; CSS sets a Chinese essay vertically on wide screens). Self-contained (no imports, no closures): its source is inlined into
 * every page's `<head>`, so the tested function is the shipped one and no wrong theme ever flashes.
 */
export function applyPrefs(
  root: { setAttribute(name: string, value: string): void },
  stored: { theme: string | null; font: string | null; wording: string | null; writing?: string | null },
  systemDark: boolean,
): void {
  const theme = stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : systemDark ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
  root.setAttribute('data-theme-choice', stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : 'system');
  const font = stored.font === 's' || stored.font === 'l' || stored.font === 'xl' ? stored.font : 'm';
  root.setAttribute('data-font', font);
  root.setAttribute('data-wording', stored.wording === 'regional' ? 'regional' : 'author');
  root.setAttribute('data-writing', stored.writing === 'vertical' ? 'vertical' : 'horizontal');
}

/** The inline `<head>` script: read storage, apply, and follow the system while the choice is "system". */
export const prefsScript = `(function(){var a=${applyPrefs.toString()};function g(k){try{return localStorage.getItem(k)}catch(e){return null}}
var m=window.matchMedia('(prefers-color-scheme: dark)');function run(){a(document.documentElement,{theme:g(${JSON.stringify(prefKeys.theme)}),font:g(${JSON.stringify(prefKeys.font)}),wording:g(${JSON.stringify(prefKeys.wording)}),writing:g(${JSON.stringify(prefKeys.writing)})},m.matches)}
run();m.addEventListener('change',run);window.__applyReaderPrefs=run})()`;
