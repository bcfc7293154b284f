/**
 * A content folder of `size` essays for the scale run, derived file-for-file from the real content: a copy
 * of the whole folder (themes, dictionaries, the site's own pages, the real essays), then copies of the
 * real essays under new slugs (`<slug>-1`, `<slug>-2` …) until there are `size` of them. Every file named
 * after an essay — in any folder: its markdown, its translation, its id ledger, whatever a later feature
 * adds — is copied with it, so whatever the real content contains (translator's notes, footnotes, themes,
 * retired ids) is carried and the generated corpus passes the same checks (lib/corpus) as the real one.
 * The only edits: the copy's `slug:` line, and the 导读's reading order, which must name every essay.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir } from '../../lib/content/load';

/** Writes the corpus into a new temporary folder and returns its path (the caller removes it). */
export function generateCorpus(size: number, from: string = contentDir()): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-content-'));
  cpSync(from, dir, { recursive: true });
  const slugs = readdirSync(path.join(from, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  if (slugs.length === 0) throw new Error(`no essays in ${from}/articles`);
  // Every file of the content folder that belongs to one essay: `<slug>.<anything>`, in any folder.
  const files = readdirSync(from, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const perEssay = new Map(
    slugs.map((slug) => [
      slug,
      files
        .filter((entry) => entry.name.startsWith(`${slug}.`))
        .map((entry) => ({
          folder: path.relative(from, entry.parentPath),
          rest: entry.name.slice(slug.length),
        })),
    ]),
  );
  const added: string[] = [];
  for (let i = slugs.length; i < size; i += 1) {
    const slug = slugs[i % slugs.length]!;
    const copy = `${slug}-${Math.floor(i / slugs.length)}`;
    for (const { folder, rest } of perEssay.get(slug)!) {
      const text = readFileSync(path.join(from, folder, `${slug}${rest}`), 'utf8');
      const isEssay = folder === 'articles' && rest === '.md';
      writeFileSync(
        path.join(dir, folder, `${copy}${rest}`),
        isEssay ? text.replace(/^slug:.*$/m, `slug: ${copy}`) : text,
      );
    }
    added.push(copy);
  }
  const guide = path.join(dir, 'pages', 'guide.md');
  const text = readFileSync(guide, 'utf8');
  const order = /^readingOrder:\n(?: {2}- .+\n)+/m.exec(text);
  if (!order) throw new Error(`${guide}: no readingOrder list found`);
  writeFileSync(guide, text.replace(order[0], `${order[0]}${added.map((s) => `  - ${s}\n`).join('')}`));
  // The 导读 links every essay once (lib/pages/essay-links.ts): the copies get a closing line in both.
  const links = added.map((s) => `[${s}](/articles/${s}/)`);
  if (links.length > 0) {
    appendFileSync(guide, `\n${links.join('、')}。\n`);
    appendFileSync(path.join(dir, 'pages', 'guide.en.md'), `\n${links.join(', ')}.\n`);
  }
  return dir;
}
