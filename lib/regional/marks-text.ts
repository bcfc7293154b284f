/**
 * The Simplified text a source's `-{…}-` marks stand for (lib/regional/site-voice.ts), without the marks:
 * for length limits and other checks on what readers of the canonical edition see. No imports, so the
 * content schema can use it.
 */
export function withoutMarks(text: string): string {
  return text.replace(/-\{([\s\S]*?)\}-/g, (_whole, inner: string) => {
    if (inner.startsWith('raw|')) return inner.slice(4);
    const hans = /(?:^|[;；])\s*zh-hans\s*[:：]([^;；]*)/.exec(inner);
    if (/^zh-(?:hans|hant|hk)\s*[:：]/.test(inner)) return hans?.[1]?.trim() ?? '';
    return inner;
  });
}
