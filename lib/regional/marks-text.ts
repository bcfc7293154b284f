/**
 * The Simplified text a source's `-{…}-` marks stand for (lib/regional/site-voice.ts), without the marks:
 * for length limits and other checks on what readers of the canonical edition see. No imports, so the
 * content schema can use it; the mark grammar is kept here, once, for lib/regional/site-voice.ts too.
 */
/** A mark, `-{…}-`, with its inside as group 1 (a new RegExp each time: it is global). */
export const markPattern = () => /-\{([\s\S]*?)\}-/g;
/** Inside a mark: raw text, shown as written in every edition. */
export const rawPrefix = 'raw|';
/** Inside a mark: one edition's part of a choice (`zh-hant:…`), the edition as group 1. */
export const choiceKey = /^(zh-hans|zh-hant|zh-hk)\s*[:：]/;

export function withoutMarks(text: string): string {
  return text.replace(markPattern(), (_whole, inner: string) => {
    if (inner.startsWith(rawPrefix)) return inner.slice(rawPrefix.length);
    if (!choiceKey.test(inner)) return inner;
    const hans = inner.split(/[;；]/).find((part) => choiceKey.exec(part.trim())?.[1] === 'zh-hans');
    return hans?.trim().replace(choiceKey, '').trim() ?? '';
  });
}
