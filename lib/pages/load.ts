import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { z } from 'zod';
import { checkFile, ContentError, formatMessages } from '../content/errors';
import { contentDir } from '../content/load';
import { readSource } from '../content/read-source';
import { validateYaml } from '../content/yaml';
import { createVariantProcessor, parseSource, toCanonicalTree, toEnglishTree } from '../markdown/processor';
import { encodeVoice, renderVoice, type Marker } from '../regional/site-voice';
import { regions, regionVariant } from '../regional/terms';
import { canonicalText } from '../script/text';
import { localiseEssayLinks } from './essay-links';
import type { Variant } from '../site/variants';

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

/** Read `pages/<name>`; a missing or unreadable file adds its problems and gives undefined. */
function fileOf(dir: string, name: string, problems: string[]): VFile | undefined {
  const absolute = path.join(dir, 'pages', name);
  const rel = path.relative(process.cwd(), absolute);
  if (existsSync(absolute)) return checkFile(rel, problems, () => readSource(absolute, 'markdown'));
  problems.push(`${rel}:1:1: missing page "${name}"`);
  return undefined;
}

/** A site page as checked: the Chinese in canonical form, the English parsed; rendered per variant later. */
export interface SitePageSource<Extra> {
  readonly path: string;
  readonly data: Extra;
  /** The Chinese in canonical form, its `-{…}-` marks encoded (lib/regional/site-voice.ts). */
  readonly canonical: MdastRoot;
  readonly markers: readonly Marker[];
  readonly english: { readonly title: string; readonly tree: MdastRoot };
}

/**
 * Read and check `pages/<name>.md` and `<name>.en.md`: frontmatter (the Chinese file's against `schema`),
 * the essays' markdown checks, and no Chinese in the English. Throws a {@link ContentError} listing every
 * problem of both files.
 */
export function readSitePage<S extends z.ZodType<{ title: string }>>(
  name: string,
  schema: S,
  dir: string = contentDir(),
): SitePageSource<z.infer<S>> {
  const unread: string[] = [];
  const zh = fileOf(dir, `${name}.md`, unread);
  const en = fileOf(dir, `${name}.en.md`, unread);
  if (!zh || !en) throw new ContentError(unread);
  const voice = encodeVoice(String(zh.value));
  for (const { offset, reason } of voice.problems) {
    const before = String(zh.value).slice(0, offset).split('\n');
    zh.message(reason, { place: { line: before.length, column: before.at(-1)!.length + 1 }, ruleId: 'regional' });
  }
  zh.value = voice.text;
  const zhTree = parseSource(zh);
  const zhData = readPage(zh, schema, zhTree);
  const canonical = toCanonicalTree(zhTree, zh, 'zh-Hans');
  canonical.children = canonical.children.filter((n) => n.type !== 'yaml');
  const enTree = toEnglishTree(en);
  const enData = readPage(en, base, enTree);
  enTree.children = enTree.children.filter((n) => n.type !== 'yaml');
  rejectHan(enTree, en);
  if (zh.messages.length > 0 || en.messages.length > 0 || !zhData || !enData)
    throw new ContentError([...formatMessages(zh), ...formatMessages(en)]);
  const page: SitePageSource<z.infer<S>> = {
    path: zh.path ?? name,
    data: zhData,
    canonical,
    markers: voice.markers,
    english: { title: enData.title, tree: enTree },
  };
  // Every edition's page in the site's voice: a word foreign to an edition is a problem at its place.
  for (const region of regions) renderChinese(page, regionVariant(region), zh);
  if (zh.messages.length > 0) throw new ContentError(formatMessages(zh));
  return page;
}

/** The Chinese page in a script variant; the site voice's messages go on `file`. */
function renderChinese<Extra extends { title: string }>(
  page: SitePageSource<Extra>,
  variant: Variant,
  file: VFile = new VFile({ path: page.path }),
): SitePage<Extra> {
  const voice = { markers: page.markers };
  const body = createVariantProcessor({ variant, voice }).runSync(structuredClone(page.canonical), file);
  const title = renderVoice(canonicalText(page.data.title, 'zh-Hans'), page.markers, variant, ({ reason }) =>
    file.message(reason, { place: { line: 2, column: 1 }, ruleId: 'regional', source: 'content' }),
  );
  return { title, body: localiseEssayLinks(body, variant.id), data: page.data };
}

/** A checked site page in one variant (no checks here: {@link readSitePage} made them). */
export function renderSitePage<Extra extends { title: string }>(
  page: SitePageSource<Extra>,
  variant: Variant,
): SitePage<Extra> {
  if (variant.kind === 'script') return renderChinese(page, variant);
  const body = unified().use(remarkRehype).runSync(structuredClone(page.english.tree), new VFile()) as HastRoot;
  return { title: page.english.title, body: localiseEssayLinks(body, variant.id), data: page.data };
}
