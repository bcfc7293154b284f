/**
 * `npm run new <slug>`: the files a sixth essay needs — `content/articles/<slug>.md` (frontmatter to fill
 * in, following docs/content-format.md), `content/translations/<slug>.en.yaml` (an empty translation: until
 * blocks are translated the English page shows the Chinese with a mark) — and the slug added to the 导读's
 * reading order. Required fields are left empty on purpose: the build lists each one with its line until
 * it is filled, so a half-made essay cannot be published by accident. Then write the text, run
 * `npm run ids` (creates content/ids/<slug>.yaml) and see docs/editing.md.
 *
 * All or nothing: the slug (its form and length) and every file it will write are checked before any is
 * written, and a write that fails anyway undoes the others, so a refused or failed run leaves content/ as
 * it was. Bad input is answered with a sentence, never a stack trace.
 */
import { accessSync, constants, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content/errors';
import { contentDir } from '../lib/content/load';
import { readSource } from '../lib/content/read-source';
import { slugProblem } from '../lib/content/slug';
import { coverColorIds } from '../lib/covers/palettes';

class Refused extends Error {}
const rel = (file: string) => path.relative(process.cwd(), file);
/** Refuse unless `file` can be created: it does not exist, and its folder is a folder this user may write. */
function checkNew(file: string): void {
  if (existsSync(file)) throw new Refused(`${rel(file)} already exists`);
  const folder = path.dirname(file);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new Refused(`${rel(folder)} is not a folder: the content folder is incomplete`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new Refused(`${rel(folder)}: not writable`);
  }
}

function main(slug: string): void {
  const problem = slugProblem(slug);
  if (problem) throw new Refused(problem);
  const dir = contentDir();
  const essay = path.join(dir, 'articles', `${slug}.md`);
  const translation = path.join(dir, 'translations', `${slug}.en.yaml`);
  const ledger = path.join(dir, 'ids', `${slug}.yaml`);
  const guide = path.join(dir, 'pages', 'guide.md');

  // Everything checked and made before the first write.
  for (const file of [essay, translation]) checkNew(file);
  if (existsSync(ledger)) throw new Refused(`${rel(ledger)} already exists (an id ledger of an essay "${slug}")`);
  const guideText = String(readSource(guide, 'markdown').value);
  const order = /^readingOrder:\n(?: {2}- .+\n)+/m.exec(guideText);
  if (!order) throw new Refused(`${rel(guide)}: no readingOrder list found`);
  if (order[0].split('\n').some((line) => line === `  - ${slug}`))
    throw new Refused(`${rel(guide)}: the reading order already names ${slug}`);
  try {
    accessSync(guide, constants.W_OK);
  } catch {
    throw new Refused(`${rel(guide)}: not writable`);
  }
  const files: [string, string][] = [
    [
      essay,
      `---
slug: ${slug}
title:
short:
author:
script: zh-Hans
summary:
cover: ${coverColorIds[0]}
editorSummary:
editorSummaryEn:
editorialChanges: []
---

`,
    ],
    [
      translation,
      `# English translation by AI 与工作 · 双语读本, aligned to the Chinese block ids (content/ids).
# Each block: \`zh\`, the Chinese it translates (translation memory: \`npm run translations\`), \`en\`, the English.
title:
short:
author:
summary:
blocks: {}
footnotes: {}
`,
    ],
  ];

  // New files with 'wx' (never over one made meanwhile), the 导读 last; any failure undoes what was done.
  const written: string[] = [];
  try {
    for (const [file, text] of files) {
      writeFileSync(file, text, { flag: 'wx' });
      written.push(file);
    }
    // The 导读 names every essay in reading order: the new one goes last until the editors place it.
    writeFileSync(guide, guideText.replace(order[0], `${order[0]}  - ${slug}\n`));
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    writeFileSync(guide, guideText);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Refused(`could not write the new essay's files (${reason}); content/ is as it was`);
  }

  for (const file of [essay, translation, guide]) console.log(`wrote ${rel(file)}`);
  console.log(`Next: fill in the frontmatter (docs/content-format.md) and the text, run \`npm run ids\`, translate,
\`npm run translations -- confirm ${slug} --all\` once the English is in, and place the essay in the 导读,
linked once where it is named: [《title》](/articles/${slug}/) in guide.md, [_Title_](/articles/${slug}/) in guide.en.md.
\`npm run check:content\` lists what is still missing, with file and line.`);
}

try {
  main(process.argv[2] ?? '');
} catch (error) {
  if (error instanceof Refused) console.error(`npm run new: ${error.message}`);
  else if (error instanceof ContentError) console.error(error.message);
  else console.error(`npm run new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
