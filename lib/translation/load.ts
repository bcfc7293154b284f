import { existsSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { z } from 'zod';
import { ContentError, formatMessages } from '../content/errors';
import { contentDir } from '../content/load';
import { readSource } from '../content/read-source';
import { validateYaml, type Place } from '../content/yaml';
import type { Root as MdastRoot } from 'mdast';
import { toEnglishTree } from '../markdown/processor';

const text = z.string().trim().min(1);

export const translationSchema = z.strictObject({
  title: text,
  /** The essay's name in a word or two, for the theme map's column headers (`Strike`). */
  short: text.max(12),
  author: text,
  /** Present exactly when the Chinese names an outlet. */
  outlet: text.optional(),
  summary: text,
  /** English of the source's own credit line or notice (the Chinese `sourceNote`), when there is one. */
  sourceNote: text.optional(),
  /** Block id (`p-N` or a heading id) → English, as inline markdown; `[^n]` marks a footnote reference. */
  blocks: z.record(z.string(), text),
  /** Footnote number → English text of the note. */
  footnotes: z.record(z.string(), text).default({}),
});

/**
 * A checked translation: the file's fields, and every block and footnote as the English processor parsed
 * and checked it (rendered from these trees, never parsed again). In the trees a `[^n]` marker is the
 * private-use run `\uE000\uE001…` of the same length, so positions in messages stay exact.
 */
export type Translation = z.infer<typeof translationSchema> & {
  readonly trees: {
    readonly blocks: Readonly<Record<string, MdastRoot>>;
    readonly footnotes: Readonly<Record<string, MdastRoot>>;
  };
};

/** Where a footnote reference was in an English block's text (see {@link Translation}). */
export const footnoteMarker = /\uE000\uE001*/g;

/** What the Chinese essay has that the translation must match. */
export interface AlignmentTarget {
  readonly blockIds: readonly string[];
  readonly footnoteIds: readonly string[];
  /** `[^n]` markers per block, in order (`['1', '1']`). */
  readonly footnoteRefs: ReadonlyMap<string, readonly string[]>;
  /** The blocks that are headings (an English heading takes no full stop). */
  readonly headingIds: readonly string[];
  /** Fields the Chinese frontmatter has, which the translation must have too (and only those). */
  readonly fields: { readonly outlet: boolean; readonly sourceNote: boolean };
}

/**
 * Check one English block or footnote as markdown, reporting each problem at its line in the YAML file:
 * `valueAt` is where the value starts (for a `|-` block scalar, the line after the key).
 */
function checkMarkdown(
  markdown: string,
  valueAt: Place,
  source: string,
  report: (reason: string, at: Place) => void,
): MdastRoot {
  const lines = source.split('\n');
  const keyLine = lines[valueAt.line - 1] ?? '';
  const block = /(?:^|:)\s*[|>][-+]?\s*$/.test(keyLine);
  const first = block ? { line: valueAt.line + 1, column: (lines[valueAt.line]?.search(/\S/) ?? 0) + 1 } : valueAt;
  const check = new VFile({ value: markdown.replace(/\[\^\d+\]/g, (m) => `\uE000${'\uE001'.repeat(m.length - 1)}`) });
  const tree = toEnglishTree(check);
  for (const message of check.messages) {
    const line = (message.line ?? 1) - 1;
    report(message.reason, {
      line: first.line + line,
      column: line === 0 ? first.column + (message.column ?? 1) - 1 : first.column - 1 + (message.column ?? 1),
    });
  }
  return tree;
}

const markers = (value: string) => [...value.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]!);

/**
 * Read `content/translations/<slug>.en.yaml` and check it against the Chinese essay: every Chinese block
 * has exactly one English block and the reverse, in the same order, with the same footnote references, and
 * every footnote is translated. Throws a {@link ContentError} naming the file, the line and the problem.
 */
export function loadTranslation(slug: string, target: AlignmentTarget, dir: string = contentDir()): Translation {
  const absolute = path.join(dir, 'translations', `${slug}.en.yaml`);
  const rel = path.relative(process.cwd(), absolute);
  if (!existsSync(absolute)) throw new ContentError([`${rel}:1:1: missing English translation of "${slug}"`]);
  const file = readSource(absolute, 'yaml');
  const { data, placeOf } = validateYaml(String(file.value), translationSchema, file, {
    ruleId: 'translation',
    what: 'translation',
  });
  const trees = { blocks: {} as Record<string, MdastRoot>, footnotes: {} as Record<string, MdastRoot> };
  if (data) {
    const report = (reason: string, at: readonly PropertyKey[]) =>
      file.message(reason, { place: placeOf(at), ruleId: 'alignment', source: 'translation' });
    const english = Object.keys(data.blocks);
    const chinese = new Set(target.blockIds);
    for (const id of target.blockIds) {
      if (!(id in data.blocks)) report(`Chinese block "${id}" has no English counterpart`, ['blocks']);
    }
    for (const id of english) {
      if (!chinese.has(id)) report(`English block "${id}" has no Chinese counterpart`, ['blocks', id]);
    }
    const shared = english.filter((id) => chinese.has(id));
    const order = target.blockIds.filter((id) => id in data.blocks);
    const firstOff = shared.findIndex((id, i) => id !== order[i]);
    if (firstOff >= 0)
      report(`English block "${shared[firstOff]}" is out of order (expected "${order[firstOff]}")`, [
        'blocks',
        shared[firstOff]!,
      ]);
    for (const id of shared) {
      const want = target.footnoteRefs.get(id) ?? [];
      const got = markers(data.blocks[id]!);
      if (want.join() !== got.join()) {
        report(`block "${id}": footnote references [${got.join(', ')}] do not match the Chinese [${want.join(', ')}]`, [
          'blocks',
          id,
        ]);
      }
    }
    const at = (reason: string, place: Place) =>
      file.message(reason, { place, ruleId: 'english-markdown', source: 'translation' });
    for (const [id, markdown] of Object.entries(data.blocks))
      trees.blocks[id] = checkMarkdown(markdown, placeOf(['blocks', id]), String(file.value), at);
    for (const [n, markdown] of Object.entries(data.footnotes))
      trees.footnotes[n] = checkMarkdown(markdown, placeOf(['footnotes', n]), String(file.value), at);
    for (const id of target.headingIds) {
      const english = data.blocks[id];
      if (english !== undefined && /[.。]$/.test(english.trim()) && !english.trim().endsWith('...'))
        report(`heading "${id}" ends in a full stop: headings take no terminal punctuation`, ['blocks', id]);
    }
    for (const field of ['outlet', 'sourceNote'] as const) {
      if (target.fields[field] && data[field] === undefined) report(`"${field}" is not translated`, []);
      if (!target.fields[field] && data[field] !== undefined) report(`"${field}" has no Chinese counterpart`, [field]);
    }
    for (const n of target.footnoteIds) {
      if (!(n in data.footnotes)) report(`footnote ${n} is not translated`, ['footnotes']);
    }
    for (const n of Object.keys(data.footnotes)) {
      if (!target.footnoteIds.includes(n)) report(`footnote ${n} does not exist in the Chinese`, ['footnotes', n]);
    }
  }
  if (!data || file.messages.length > 0) throw new ContentError(formatMessages(file));
  return { ...data, trees };
}
