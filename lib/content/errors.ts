import type { VFile } from 'vfile';

/** A content problem that fails the build; the message lists `file:line:column: problem` lines. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Content problems (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Format every message on a file as `path:line:column: reason [rule]`. */
export function formatMessages(file: VFile): string[] {
  return file.messages.map((m) => {
    const line = m.line ?? 1;
    const column = m.column ?? 1;
    const rule = m.ruleId ? ` [${m.ruleId}]` : '';
    return `${file.path}:${line}:${column}: ${m.reason}${rule}`;
  });
}
