import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseSource, toCanonicalTree, toVariantTree } from '@/lib/markdown/processor';
import type { SourceScript } from '@/lib/script/source-scripts';
import { scriptVariants } from '@/lib/site/variants';

const root = path.join(import.meta.dirname, '..', 'fixtures', 'markdown');

/** Each folder: `input.md` (optional frontmatter `script:`), expected `<variant>.html` per variant. */
describe.each(readdirSync(root).sort())('markdown fixture %s', (name) => {
  const input = readFileSync(path.join(root, name, 'input.md'), 'utf8');
  const file = new VFile({ path: `${name}/input.md`, value: input });
  const parsed = parseSource(file);
  const yaml =
    parsed.children[0]?.type === 'yaml' ? (parseYaml(parsed.children[0].value) as { script?: SourceScript }) : {};
  const canonical = toCanonicalTree(parsed, file, yaml.script ?? 'zh-Hans');
  canonical.children = canonical.children.filter((node) => node.type !== 'yaml');

  test('has no content problems', () => expect(file.messages.map(String)).toEqual([]));

  test.each(scriptVariants.map((v) => [v.id, v] as const))('renders %s', async (id, variant) => {
    const html = toHtml(toVariantTree(canonical, variant, file));
    await expect(`${html}\n`).toMatchFileSnapshot(path.join(root, name, `${id}.html`));
  });
});
