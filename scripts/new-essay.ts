/**
 * `npm run new <slug>`: the files a sixth essay needs — `content/articles/<slug>.md` (frontmatter to fill
 * in, following docs/content-format.md), `content/translations/<slug>.en.yaml` (an empty translation: until
 * blocks are translated the English page shows the Chinese with a mark) — and the slug added to the 导读's
 * reading order. Required fields are left empty on purpose: the build lists each one with its line until
 * it is filled, so a half-made essay cannot be published by accident. Then write the text, run
 * `npm run ids` (creates content/ids/<slug>.yaml) and see docs/editing.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/load';
import { coverColorIds } from '../lib/covers/palettes';

const slug = process.argv[2] ?? '';
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error('usage: npm run new <slug>   (lowercase ASCII words joined by hyphens, e.g. ai-and-leisure)');
  process.exit(1);
}
const dir = contentDir();
const essay = path.join(dir, 'articles', `${slug}.md`);
const translation = path.join(dir, 'translations', `${slug}.en.yaml`);
const guide = path.join(dir, 'pages', 'guide.md');
for (const file of [essay, translation])
  if (existsSync(file)) {
    console.error(`${path.relative(process.cwd(), file)} already exists`);
    process.exit(1);
  }

writeFileSync(
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
);
writeFileSync(
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
);
// The 导读 names every essay in reading order: the new one goes last until the editors place it.
const text = readFileSync(guide, 'utf8');
const order = /^readingOrder:\n(?: {2}- .+\n)+/m.exec(text);
if (!order) throw new Error(`${guide}: no readingOrder list found`);
writeFileSync(guide, text.replace(order[0], `${order[0]}  - ${slug}\n`));

for (const file of [essay, translation, guide]) console.log(`wrote ${path.relative(process.cwd(), file)}`);
console.log(`Next: fill in the frontmatter (docs/content-format.md) and the text, run \`npm run ids\`, translate,
\`npm run translations -- confirm ${slug} --all\` once the English is in, and place the essay in the 导读.
\`npm run check:content\` lists what is still missing, with file and line.`);
