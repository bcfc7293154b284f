'use client';

import { useSyncExternalStore } from 'react';
import { fontSteps, prefKeys, themeChoices, type FontStep, type ThemeChoice } from '@/lib/reader-prefs';

interface ReaderControlsProps {
  labels: {
    theme: string;
    themeChoice: Record<ThemeChoice, string>;
    smaller: string;
    larger: string;
    fontSize: string;
  };
}

declare global {
  interface Window {
    /** Set by the inline prefs script in `<head>`: re-applies stored preferences. */
    __applyReaderPrefs?: () => void;
  }
}

function store(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the choice still applies to this page.
  }
  window.__applyReaderPrefs?.();
}

function subscribeToRoot(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme-choice', 'data-font'] });
  return () => observer.disconnect();
}

/** Theme (system / light / dark) and font size (four steps), remembered across pages. */
export function ReaderControls({ labels }: ReaderControlsProps) {
  // The inline head script keeps the choices on <html>; that is the store these controls read.
  const theme = useSyncExternalStore(
    subscribeToRoot,
    () => (document.documentElement.dataset.themeChoice as ThemeChoice | undefined) ?? 'system',
    () => 'system' as const,
  );
  const font = useSyncExternalStore(
    subscribeToRoot,
    () => (document.documentElement.dataset.font as FontStep | undefined) ?? 'm',
    () => 'm' as const,
  );

  const nextTheme = themeChoices[(themeChoices.indexOf(theme) + 1) % themeChoices.length]!;
  const step = fontSteps.indexOf(font);
  const setStep = (to: number) => {
    store(prefKeys.font, fontSteps[Math.max(0, Math.min(fontSteps.length - 1, to))]!);
  };

  return (
    <div className="ui flex items-center gap-1 text-sm" role="group" aria-label={labels.fontSize}>
      <button
        type="button"
        onClick={() => setStep(step - 1)}
        disabled={step === 0}
        aria-label={labels.smaller}
        data-font-control="smaller"
        className="rounded px-2 py-1 hover:bg-(--color-rule) disabled:opacity-40"
      >
        A−
      </button>
      <button
        type="button"
        onClick={() => setStep(step + 1)}
        disabled={step === fontSteps.length - 1}
        aria-label={labels.larger}
        data-font-control="larger"
        className="rounded px-2 py-1 hover:bg-(--color-rule) disabled:opacity-40"
      >
        A+
      </button>
      <button
        type="button"
        onClick={() => store(prefKeys.theme, nextTheme)}
        aria-label={`${labels.theme}：${labels.themeChoice[theme]}`}
        title={labels.themeChoice[theme]}
        data-theme-control={theme}
        className="rounded px-2 py-1 hover:bg-(--color-rule)"
      >
        <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
      </button>
    </div>
  );
}
