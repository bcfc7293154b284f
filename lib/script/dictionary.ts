import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content/dir';
import { checkFile, ContentError } from '../content/errors';
import { readSource } from '../content/read-source';

/** One phrase override: `source` is replaced by `target`, taking priority over OpenCC's segmentation. */
export interface PhraseEntry {
  readonly source: string;
  readonly target: string;
  /** 1-based line in the TSV file. */
  readonly line: number;
}

export interface DictionaryProblem {
  readonly line: number;
  readonly reason: string;
}

export interface ParsedDictionary {
  readonly entries: PhraseEntry[];
  readonly problems: DictionaryProblem[];
}

/**
 * Parse a phrase dictionary: `source<TAB>target` per line, `#` comment lines and blank lines allowed.
 * Entries must be sorted by source (code point order) and unique. An entry whose target equals its source is a
 * pin: it keeps a form OpenCC would change in that context. Whether each entry is actually needed is checked
 * by the conversion tests (removing it must change the output of one of its cases).
 */
export function parseDictionary(text: string): ParsedDictionary {
  const entries: PhraseEntry[] = [];
  const problems: DictionaryProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length !== 2 || !cells[0] || !cells[1]) {
      problems.push({ line, reason: 'expected "source<TAB>target"' });
      return;
    }
    const [source, target] = cells as [string, string];
    if (source !== source.trim() || target !== target.trim()) {
      problems.push({ line, reason: 'leading or trailing whitespace' });
    }
    if ([...source].length !== [...target].length) {
      problems.push({ line, reason: `"${source}" and "${target}" differ in length` });
    }
    const previous = entries.at(-1);
    if (previous && previous.source === source) {
      problems.push({ line, reason: `duplicate entry "${source}" (first on line ${previous.line})` });
    } else if (previous && previous.source > source) {
      problems.push({ line, reason: `not sorted: "${source}" comes after "${previous.source}"` });
    }
    entries.push({ source, target, line });
  });
  return { entries, problems };
}

/** Directory of the project phrase dictionaries: `dictionary/` in the content folder (`CONTENT_DIR`). */
export function dictionaryDir(dir: string = contentDir()): string {
  return path.join(dir, 'dictionary');
}

/** Read and parse one dictionary file; problems as `file:line:1: problem`. */
function readDictionary(file: string): { entries: PhraseEntry[]; problems: string[] } {
  const source = readSource(file, 'tsv');
  const { entries, problems } = parseDictionary(String(source.value));
  return { entries, problems: problems.map((p) => `${source.path}:${p.line}:1: ${p.reason} [dictionary]`) };
}

/** Every problem of every dictionary file in `dir`, as `file:line:1: problem` (the corpus check). */
export function dictionaryProblems(dir: string = dictionaryDir()): string[] {
  const rel = path.relative(process.cwd(), dir);
  if (!existsSync(dir)) return [`${rel}:1:1: missing folder of phrase dictionaries`];
  const problems: string[] = [];
  const names = readdirSync(dir).filter((n) => n.endsWith('.tsv'));
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    checkFile(path.relative(process.cwd(), file), problems, () => problems.push(...readDictionary(file).problems));
  }
  return problems;
}

/**
 * Read and validate a dictionary file; throws a {@link ContentError} naming file, line and problem. A locale
 * pair without a file has no overrides (OpenCC alone).
 */
export function loadDictionary(name: string, dir: string = dictionaryDir()): PhraseEntry[] {
  const file = path.join(dir, name);
  if (!existsSync(file)) return [];
  const { entries, problems } = readDictionary(file);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
