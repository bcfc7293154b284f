import { inlineScriptIds } from '@/lib/browser/inline-scripts';
import { prefsScript } from '@/lib/browser/reader-prefs';

/**
 * The reader's stored theme, font size and wording applied to `<html>` before first paint (lib/browser/reader-prefs.ts),
 * in the `<head>` of every layout: the variants', `/` and the 404 page. Our own tested code, not content; the
 * CSP allows it by its hash.
 */
export function ReaderPrefsScript() {
  return <script id={inlineScriptIds.readerPrefs} dangerouslySetInnerHTML={{ __html: prefsScript }} />;
}
