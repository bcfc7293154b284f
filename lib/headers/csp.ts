/**
 * The Content-Security-Policy of one page. Scripts: the site's own files (`'self'`) and, by hash, exactly
 * the inline scripts this page carries — no `'unsafe-inline'`, so an injected inline script does not run.
 * `'wasm-unsafe-eval'` only where Pagefind runs (the search pages compile its WebAssembly).
 */
export interface PageScripts {
  /** `sha256-<base64>` of each inline script's text, sorted, without repeats. */
  readonly hashes: readonly string[];
  /** The page runs Pagefind (compiles WebAssembly). */
  readonly wasm: boolean;
}

/** Directives that are the same on every page. */
const fixedDirectives = [
  "default-src 'self'",
  // Inline `style` attributes are written by Next and the pages (e.g. the theme map's column counts).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function contentSecurityPolicy({ hashes, wasm }: PageScripts): string {
  const script = ["script-src 'self'", ...hashes.map((h) => `'${h}'`), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [script.join(' '), ...fixedDirectives].join('; ');
}

/** The policy for anything that is not a page (a stylesheet, the feed, a PNG): nothing runs. */
export const assetPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'";

/**
 * The policy of the search index's folder. Pagefind searches in a Web Worker (`pagefind-worker.js`), and
 * a worker is governed by its own script's CSP, not the page's: it fetches the index and compiles the
 * WebAssembly.
 */
export const workerPolicy =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'";

/**
 * The policy of the service worker's script (`/sw.js`), which governs the worker itself: it runs only its
 * own file and fetches only from this site (the files it keeps for offline reading).
 */
export const serviceWorkerPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
