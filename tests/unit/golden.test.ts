import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { getArticle } from '@/lib/model';
import { variants } from '@/lib/site/variants';

const golden = path.join(import.meta.dirname, '..', 'golden');

/**
 * Golden output of one whole essay (the Traditional-source one, which exercises both conversions) in
 * each variant. A change to the pipeline or the dictionary shows up here as a reviewable diff;
 * update deliberately with `npx vitest run -u`.
 */
test.each(variants.map((v) => v.id))('ai-strike-human-involution in %s', async (variant) => {
  const article = getArticle('ai-strike-human-involution', variant);
  expect(article).toBeDefined();
  // The English (title, summary, bilingual body) is covered by tests/unit/translation.test.ts.
  const { body, ...rest } = article!;
  const meta = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'translation' && key !== 'english'));
  const html = `<!-- ${JSON.stringify(meta, null, 1)} -->\n${toHtml(body)}\n`;
  await expect(html).toMatchFileSnapshot(path.join(golden, `ai-strike-human-involution.${variant}.html`));
});
