import { existsSync } from 'node:fs';

/**
 * Chromium, as every browser this project starts launches it (Playwright's config and the scripts: bench,
 * audit, screenshots): `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` (CI installs it), else
 * Playwright's own browser (`undefined`).
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const debianHeadlessShell = '/usr/bin/chromium-headless-shell';

/**
 * The e2e suite's browser: Debian's `chromium-headless-shell` when it is installed (`.ci/run` installs the
 * version of the installed chromium), else `chromiumPath`; `CHROMIUM_PATH` names one browser for everything.
 * The shell is the same Chromium build's Blink, run headless without the full browser around it, as
 * Playwright itself runs headless tests by default: the e2e suite took 11.7 min instead of 14.9 on this
 * 2-core machine (same 578 runs). One thing differs: glyph advances at small sizes round to other fractions
 * of a pixel, so the line measurements (tests/e2e/typesetting.spec.ts) run in `chromiumPath`, the browser
 * readers have; the bench, audit and screenshots do too.
 */
export const testChromiumPath = process.env.CHROMIUM_PATH
  ? chromiumPath
  : (process.env.CHROMIUM_HEADLESS_SHELL_PATH ??
    (existsSync(debianHeadlessShell) ? debianHeadlessShell : chromiumPath));

/** Headless on this machine: no sandbox (root), no GPU, and no network of its own (updates, sync). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
