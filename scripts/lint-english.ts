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
import { messages as englishCatalogue } from '../lib/i18n/catalogue/en';

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
// The English interface catalogue, read as data: every text it gives (a template called with stand-in
// arguments), reported at its key's line. A catalogue that yields no text is a problem, never a silent pass.
const catalogueFile = path.join(process.cwd(), 'lib', 'i18n', 'catalogue', 'en.ts');
const catalogueSource = readFileSync(catalogueFile, 'utf8').split('\n');
const lineOfKey = (key: string) => catalogueSource.findIndex((line) => new RegExp(`^\\s+'?${key}'?:`).test(line)) + 1;
let texts = 0;
const checkValue = (value: unknown, line: number): void => {
  if (typeof value === 'string') {
    texts += 1;
    check(catalogueFile, value, line, 1);
  } else if (typeof value === 'function') {
    // Stand-ins the text around them is checked with: a one-item list, so it reads as a count or a name in a
    // template (`${[3]}` is "3") and still has a list's methods where one is expected (`themes.join`).
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? [3] : ['x']));
    checkValue((value as (...a: unknown[]) => unknown)(...args), line);
  } else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) checkValue(item, lineOfKey(key) || line);
};
for (const [key, value] of Object.entries(englishCatalogue)) {
  const line = lineOfKey(key);
  if (line === 0) problems.push(`${rel(catalogueFile)}: key "${key}" not found at the start of a line`);
  checkValue(value, line);
}
if (texts < Object.keys(englishCatalogue).length)
  problems.push(`${rel(catalogueFile)}: ${texts} texts for ${Object.keys(englishCatalogue).length} keys`);

if (problems.length > 0) {
  console.error(
    `English style (${problems.length}; docs/english-style.md):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('English style ok');
