import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkFrontmatter from 'remark-frontmatter';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { z } from 'zod';
import { ContentError, formatMessages } from '../content/errors';
import { contentDir } from '../content/load';
import { validateYaml } from '../content/yaml';
import { createVariantProcessor, parseSource, toCanonicalTree } from '../markdown/processor';
import { remarkRejectHtml } from '../markdown/remark-reject-html';
import { remarkSafeUrls } from '../markdown/remark-safe-urls';
import { canonicalText, variantText } from '../script/text';
import { getVariant, variants, type VariantId } from '../variants';

/**
 * The site's own pages (`content/pages/<name>.md` in Simplified, `<name>.en.md` in English): the home
 * page's 导读 and the About page's prose. Chinese goes through the essays' processor (checks, canonical
 * script, punctuation, then each script variant); English through the same safety checks (no raw HTML,
 * no unsafe URLs) and must contain no Han characters.
 */
export interface SitePage<Extra> {
  readonly title: string;
  readonly body: HastRoot;
  readonly data: Extra;
}

const base = z.strictObject({ title: z.string().trim().min(1) });

function frontmatterOf(tree: MdastRoot): { value: string; line: number } | undefined {
  const node = tree.children[0];
  return node?.type === 'yaml' ? { value: node.value, line: (node.position?.start.line ?? 1) + 1 } : undefined;
}

function readPage<S extends z.ZodType>(file: VFile, schema: S, tree: MdastRoot): z.infer<S> | undefined {
  const yaml = frontmatterOf(tree);
  if (!yaml) {
    file.message('missing frontmatter: the file must start with a --- YAML block', {
      place: { line: 1, column: 1 },
      ruleId: 'frontmatter',
      source: 'content',
    });
    return undefined;
  }
  return validateYaml(yaml.value, schema, file, { firstLine: yaml.line, ruleId: 'frontmatter', what: 'frontmatter' })
    .data;
}

const englishProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkRejectHtml)
  .use(remarkSafeUrls);

function rejectHan(tree: MdastRoot, file: VFile) {
  visit(tree, 'text', (node) => {
    const han = /\p{Script=Han}/u.exec(node.value);
    if (han && node.position) {
      file.message(`Chinese text "${han[0]}" in an English page: the English page must be all English`, {
        place: node.position.start,
        ruleId: 'english-only',
        source: 'content',
      });
    }
  });
}

function fileOf(dir: string, name: string): VFile {
  const absolute = path.join(dir, 'pages', name);
  const rel = path.relative(process.cwd(), absolute);
  if (!existsSync(absolute)) throw new ContentError([`${rel}:1:1: missing page "${name}"`]);
  return new VFile({ path: rel, value: readFileSync(absolute, 'utf8') });
}

/**
 * Load `pages/<name>.md` and `<name>.en.md`, validate their frontmatter with `schema` (the Chinese file's)
 * and render each variant. Throws a {@link ContentError} listing every problem.
 */
export function loadSitePage<S extends z.ZodType<{ title: string }>>(
  name: string,
  schema: S,
  dir: string = contentDir(),
): Record<VariantId, SitePage<z.infer<S>>> {
  const zh = fileOf(dir, `${name}.md`);
  const en = fileOf(dir, `${name}.en.md`);
  const zhTree = parseSource(zh);
  const zhData = readPage(zh, schema, zhTree);
  const canonical = toCanonicalTree(zhTree, zh, 'zh-Hans');
  canonical.children = canonical.children.filter((n) => n.type !== 'yaml');
  const enTree = englishProcessor.runSync(englishProcessor.parse(en), en) as MdastRoot;
  const enData = readPage(en, base, enTree);
  enTree.children = enTree.children.filter((n) => n.type !== 'yaml');
  rejectHan(enTree, en);
  const problems = [...formatMessages(zh), ...formatMessages(en)];
  if (problems.length > 0 || !zhData || !enData) throw new ContentError(problems);

  const pages = {} as Record<VariantId, SitePage<z.infer<S>>>;
  for (const variant of variants) {
    if (variant.kind === 'script') {
      const file = new VFile({ path: zh.path });
      const body = createVariantProcessor({ variant }).runSync(structuredClone(canonical), file);
      if (file.messages.length > 0) throw new ContentError(formatMessages(file));
      pages[variant.id] = { title: titleIn(zhData.title, variant.id), body, data: zhData };
    } else {
      const body = unified().use(remarkRehype).runSync(enTree, en) as HastRoot;
      pages[variant.id] = { title: enData.title, body, data: zhData };
    }
  }
  return pages;
}

/** A Chinese page's title in a script variant. */
function titleIn(title: string, id: VariantId): string {
  return variantText(canonicalText(title, 'zh-Hans'), getVariant(id));
}
