'use client';

import { useEffect, useState } from 'react';
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

/** Theme (system / light / dark) and font size (four steps), remembered across pages. */
export function ReaderControls({ labels }: ReaderControlsProps) {
  // The inline head script has already applied the stored values; read them back from <html>.
  const [theme, setTheme] = useState<ThemeChoice>('system');
  const [font, setFont] = useState<FontStep>('m');
  useEffect(() => {
    const root = document.documentElement;
    setTheme((root.dataset.themeChoice as ThemeChoice | undefined) ?? 'system');
    setFont((root.dataset.font as FontStep | undefined) ?? 'm');
  }, []);

  const nextTheme = themeChoices[(themeChoices.indexOf(theme) + 1) % themeChoices.length]!;
  const step = fontSteps.indexOf(font);
  const setStep = (to: number) => {
    const next = fontSteps[Math.max(0, Math.min(fontSteps.length - 1, to))]!;
    setFont(next);
    store(prefKeys.font, next);
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
        onClick={() => {
          setTheme(nextTheme);
          store(prefKeys.theme, nextTheme);
        }}
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
