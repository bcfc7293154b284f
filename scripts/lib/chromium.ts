import { existsSync } from 'node:fs';

/**
 * Chromium, as every browser this project starts launches it (Playwright's config and the scripts: bench,
 * audit, screenshots): `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` (CI installs it), else
 * Playwright's own browser (`undefined`).
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Headless on this machine: no sandbox (root), no GPU, and no network of its own (updates, sync). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
