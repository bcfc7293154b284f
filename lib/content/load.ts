import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseSource, toCanonicalTree } from '../markdown/processor';
import { contentDir } from './dir';
import { checkFile, ContentError, formatMessages } from './errors';
import { readFrontmatter } from './frontmatter';
import { readSource } from './read-source';
import type { Frontmatter } from './schema';

export { contentDir } from './dir';

/** A validated source article, its body brought to canonical Simplified. */
export interface ArticleSource {
  /** Path relative to the project root, for messages. */
  readonly path: string;
  readonly frontmatter: Frontmatter;
  /** Canonical mdast (frontmatter node removed). */
  readonly tree: Root;
}

/** Line of the `slug:` key, for slug messages. */
function slugPlace(file: VFile) {
  const index = String(file.value)
    .split('\n')
    .findIndex((line) => line.startsWith('slug:'));
  return { line: index + 1, column: 1 };
}

function loadFile(absolute: string): { file: VFile; source?: ArticleSource } {
  const file = readSource(absolute, 'markdown');
  const rel = file.path;
  const parsed = parseSource(file);
  const frontmatter = readFrontmatter(parsed, file);
  if (!frontmatter) return { file };
  const expected = path.basename(absolute, '.md');
  if (frontmatter.slug !== expected) {
    file.message(`slug "${frontmatter.slug}" does not match the file name "${expected}.md"`, {
      place: slugPlace(file),
      ruleId: 'slug',
      source: 'content',
    });
  }
  const tree = toCanonicalTree(parsed, file, frontmatter.script);
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  if (tree.children.length === 0) {
    file.message('the article has no body text', {
      place: parsed.position?.end ?? { line: 1, column: 1 },
      ruleId: 'empty-body',
      source: 'content',
    });
  }
  return { file, source: { path: rel, frontmatter, tree } };
}

/**
 * Read every `articles/*.md` under the content directory, validate, canonicalise. Returns the valid
 * sources and every problem (`file:line:column: problem`).
 */
export function readArticleSources(dir: string = contentDir()): { sources: ArticleSource[]; problems: string[] } {
  const articlesDir = path.join(dir, 'articles');
  if (!existsSync(articlesDir))
    return { sources: [], problems: [`${path.relative(process.cwd(), articlesDir)}:1:1: missing folder of essays`] };
  const names = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const problems: string[] = [];
  const sources: ArticleSource[] = [];
  const slugs = new Map<string, string>();
  for (const name of names) {
    const absolute = path.join(articlesDir, name);
    const loaded = checkFile(path.relative(process.cwd(), absolute), problems, () => loadFile(absolute));
    if (!loaded) continue;
    const { file, source } = loaded;
    if (source) {
      const first = slugs.get(source.frontmatter.slug);
      if (first) {
        file.message(`duplicate slug "${source.frontmatter.slug}" (also used by ${first})`, {
          place: slugPlace(file),
          ruleId: 'duplicate-slug',
          source: 'content',
        });
      }
      slugs.set(source.frontmatter.slug, source.path);
    }
    problems.push(...formatMessages(file));
    if (source && file.messages.length === 0) sources.push(source);
  }
  if (names.length === 0) problems.push(`${path.relative(process.cwd(), articlesDir)}:1:1: no articles found`);
  return { sources, problems };
}

/** {@link readArticleSources}, throwing a {@link ContentError} listing every problem if there is any. */
export function loadArticleSources(dir: string = contentDir()): ArticleSource[] {
  const { sources, problems } = readArticleSources(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return sources;
}
