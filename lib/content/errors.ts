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

/**
 * Check one file, the last line of defence: a {@link ContentError}'s problems are added to `problems`, and
 * any other exception (a bug, or a limit not foreseen) becomes one problem naming the file, so the author
 * sees which file and no stack trace, and the other files are still checked. Undefined when it threw.
 */
export function checkFile<T>(file: string, problems: string[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else {
      const what = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
      problems.push(`${file}:1:1: could not be checked (${what}); this is a bug in the checks, please report it`);
    }
    return undefined;
  }
}
