/**
 * The English style gate (docs/english-style.md), beside cspell's spelling check: every English string the
 * site publishes — translations, theme data, the English pages, the editors' English notes and the English
 * interface catalogue — against the mechanical rules of lib/english/style-rules.ts. Prints
 * `file:line:column: problem` and exits 1. `CONTENT_DIR` points it at another content folder (the tests).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { checkFile } from '../lib/content/errors';
import { contentDir } from '../lib/content/load';
import { readSource, type SourceKind } from '../lib/content/read-source';
import { styleProblems } from '../lib/english/style-rules';

const problems: string[] = [];
const rel = (file: string) => path.relative(process.cwd(), file);

function check(file: string, text: string, line: number, column: number): void {
  for (const p of styleProblems(text))
    problems.push(
      `${rel(file)}:${line + p.line - 1}:${p.line === 1 ? column + p.column - 1 : p.column}: ${p.problem} ("${p.match}")`,
    );
}

/** Keys whose values are English wherever they are (`en`), at the top of a translation, or whose items are. */
const englishKeys = new Set(['en', 'title', 'short', 'author', 'outlet', 'summary', 'sourceNote', 'editorSummaryEn']);
const englishParents = new Set(['footnotes', 'translatorNotes', 'aliasesEn']);

/** Check the English scalars of a YAML text that starts at line `firstLine` of `file`. */
function checkYaml(file: string, source: string, firstLine: number, isEnglish: (key: string) => boolean): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const visit = (node: unknown, key: string, parent: string) => {
    if (isMap(node)) {
      for (const item of node.items)
        if (isPair(item)) visit(item.value, String(isScalar(item.key) ? item.key.value : ''), key);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, key, parent);
    } else if (isScalar(node) && typeof node.value === 'string' && (isEnglish(key) || englishParents.has(parent))) {
      const start = (node as Node).range?.[0] ?? 0;
      const pos = lineCounter.linePos(start);
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      check(file, node.value, firstLine + pos.line - 1 + (block ? 1 : 0), block ? 1 : pos.col);
    }
  };
  visit(doc.contents, '', '');
}

/**
 * A content file's text, read the one way content is read (lib/content/read-source.ts: size limit, strict
 * UTF-8, no BOM, CR or NUL); a file that cannot be read is a problem at its place, and is not checked.
 */
const read = (file: string, kind: SourceKind) =>
  checkFile(rel(file), problems, () => String(readSource(file, kind).value));

const dir = contentDir();
const ls = (sub: string, ending: string) =>
  (existsSync(path.join(dir, sub)) ? readdirSync(path.join(dir, sub)) : [])
    .filter((name) => name.endsWith(ending))
    .map((name) => path.join(dir, sub, name));

for (const file of ls('translations', '.en.yaml')) {
  const text = read(file, 'yaml');
  if (text !== undefined) checkYaml(file, text, 1, (k) => englishKeys.has(k));
}
const themes = path.join(dir, 'themes.yaml');
const themesText = existsSync(themes) ? read(themes, 'yaml') : undefined;
if (themesText !== undefined) checkYaml(themes, themesText, 1, (k) => k === 'en');
for (const file of ls('pages', '.en.md'))
  read(file, 'markdown')
    ?.split('\n')
    .forEach((line, i) => {
      if (line !== '---') check(file, line, i + 1, 1); // not the frontmatter's fences
    });
for (const file of ls('articles', '.md')) {
  const text = read(file, 'markdown');
  const frontmatter = text === undefined ? '' : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
  checkYaml(file, frontmatter, 2, (k) => k === 'en' || k === 'editorSummaryEn');
}
// The interface catalogue: the string and template literals of its English object, at their lines.
const catalogue = path.join(process.cwd(), 'lib', 'i18n', 'messages.ts');
const source = readFileSync(catalogue, 'utf8');
const from = source.indexOf('const en: Messages = {');
const to = source.indexOf('\n};', from);
const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
for (const m of source.slice(from, to).matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
  const text = (m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/g, 'x').replace(/\\'/g, '’');
  check(catalogue, text, lineOf(from + m.index), 1);
}

if (problems.length > 0) {
  console.error(
    `English style (${problems.length}; docs/english-style.md):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('English style ok');
