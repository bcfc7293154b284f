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
import { chineseDiff, type PendingReason } from './memory';

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
  /**
   * Block id (`p-N` or a heading id) → `en`: the English, as inline markdown (`[^n]` marks a footnote
   * reference); `zh`: the Chinese text it translates (translation memory, written by
   * `npm run translations -- confirm`). When the essay's text differs, the English is stale.
   */
  blocks: z.record(z.string(), z.strictObject({ zh: z.string().optional(), en: text })),
  /** Footnote number → English text of the note. */
  footnotes: z.record(z.string(), text).default({}),
  /**
   * Translator's notes (docs/english-style.md): letter → English, inline markdown; `[^a]` in a block's `en`
   * marks where. Lettered a, b, c … in reading order; shown on English pages and in 中英对照 only.
   */
  translatorNotes: z.record(z.string().regex(/^[a-z]$/, 'translator’s notes are lettered a–z'), text).default({}),
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
    readonly translatorNotes: Readonly<Record<string, MdastRoot>>;
  };
  /** Chinese blocks shown in Chinese on English pages, and why (absent: the English is current). */
  readonly pending: ReadonlyMap<string, PendingReason>;
  /** What an editor should know but that does not stop the build: stale, unconfirmed, missing, orphaned. */
  readonly notices: readonly string[];
};

/** Where a footnote reference was in an English block's text (see {@link Translation}). */
export const footnoteMarker = /\uE000\uE001*/g;
/** Where a translator's note reference (`[^a]`) was, likewise. */
export const translatorNoteMarker = /\uE002\uE001*/g;
/** Both kinds of marker, capturing the kind (`\uE000` footnote, `\uE002` translator's note). */
export const anyNoteMarker = /([\uE000\uE002])\uE001*/g;

/** What the Chinese essay has that the translation must match. */
export interface AlignmentTarget {
  readonly blockIds: readonly string[];
  /** Each block's text (lib/markdown/rehype-block-ids `blockText`): what `zh` must equal. */
  readonly texts: ReadonlyMap<string, string>;
  /** Ids of blocks removed from the essay (their English is no longer shown). */
  readonly retiredIds: ReadonlySet<string>;
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
  const check = new VFile({
    value: markdown
      .replace(/\[\^\d+\]/g, (m) => `\uE000${'\uE001'.repeat(m.length - 1)}`)
      .replace(/\[\^[a-z]\]/g, (m) => `\uE002${'\uE001'.repeat(m.length - 1)}`),
  });
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
/** The translator's note letters a block's English refers to, in order. */
export const letters = (value: string) => [...value.matchAll(/\[\^([a-z])\]/g)].map((m) => m[1]!);

/**
 * Read `content/translations/<slug>.en.yaml` and check it against the Chinese essay: every English block
 * translates a Chinese block, with the same footnote references, and every footnote is translated. A
 * Chinese block whose English is missing, unconfirmed or stale (its `zh` differs from the essay) is
 * `pending`: listed in `notices` and shown in Chinese on English pages, never a failure. Problems throw a
 * {@link ContentError} naming the file, the line and the problem.
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
  const trees = {
    blocks: {} as Record<string, MdastRoot>,
    footnotes: {} as Record<string, MdastRoot>,
    translatorNotes: {} as Record<string, MdastRoot>,
  };
  const pending = new Map<string, PendingReason>();
  const notices: string[] = [];
  if (data) {
    const report = (reason: string, at: readonly PropertyKey[]) =>
      file.message(reason, { place: placeOf(at), ruleId: 'alignment', source: 'translation' });
    const notice = (reason: string, at: readonly PropertyKey[], detail: string[] = []) => {
      const place = placeOf(at);
      notices.push([`${rel}:${place.line}:${place.column}: ${reason}`, ...detail.map((d) => `    ${d}`)].join('\n'));
    };
    const chinese = new Set(target.blockIds);
    for (const id of Object.keys(data.blocks)) {
      if (chinese.has(id)) continue;
      if (target.retiredIds.has(id))
        notice(`English block "${id}" translates a block removed from the Chinese; delete it`, ['blocks', id]);
      else report(`English block "${id}" has no Chinese counterpart`, ['blocks', id]);
    }
    for (const id of target.blockIds) {
      const entry = data.blocks[id];
      const now = target.texts.get(id) ?? '';
      if (!entry) {
        pending.set(id, 'missing');
        notice(`Chinese block "${id}" has no English yet (shown in Chinese on English pages)`, ['blocks'], [now]);
      } else if (entry.zh === undefined) {
        pending.set(id, 'unconfirmed');
        notice(`English block "${id}" is not confirmed: npm run translations -- confirm ${slug} ${id}`, ['blocks', id]);
      } else if (entry.zh !== now) {
        pending.set(id, 'stale');
        notice(
          `English block "${id}" is stale: the Chinese changed since it was translated`,
          ['blocks', id, 'en'],
          [chineseDiff(entry.zh, now)],
        );
      }
    }
    for (const id of target.blockIds) {
      const entry = data.blocks[id];
      if (!entry || pending.has(id)) continue;
      const want = target.footnoteRefs.get(id) ?? [];
      const got = markers(entry.en);
      if (want.join() !== got.join()) {
        report(`block "${id}": footnote references [${got.join(', ')}] do not match the Chinese [${want.join(', ')}]`, [
          'blocks',
          id,
        ]);
      }
    }
    const at = (reason: string, place: Place) =>
      file.message(reason, { place, ruleId: 'english-markdown', source: 'translation' });
    for (const [id, { en }] of Object.entries(data.blocks))
      trees.blocks[id] = checkMarkdown(en, placeOf(['blocks', id, 'en']), String(file.value), at);
    for (const [n, markdown] of Object.entries(data.footnotes))
      trees.footnotes[n] = checkMarkdown(markdown, placeOf(['footnotes', n]), String(file.value), at);
    for (const id of target.headingIds) {
      const english = data.blocks[id]?.en.trim();
      if (english !== undefined && /[.。]$/.test(english) && !english.endsWith('...'))
        report(`heading "${id}" ends in a full stop: headings take no terminal punctuation`, ['blocks', id, 'en']);
    }
    // Translator's notes: each letter referenced exactly once, in reading order (a, b, c …), and defined. A
    // block whose Chinese was removed (listed as a notice until it is deleted) keeps its letters meanwhile:
    // they are skipped in the order, not reported as unreferenced.
    const used = target.blockIds.flatMap((id) => (data.blocks[id] ? letters(data.blocks[id].en) : []));
    const orphaned = new Set(
      Object.entries(data.blocks)
        .filter(([id]) => !target.blockIds.includes(id))
        .flatMap(([, block]) => letters(block.en)),
    );
    const sequence = Array.from({ length: used.length + orphaned.size }, (_, i) => String.fromCharCode(97 + i)).filter(
      (letter) => !orphaned.has(letter),
    );
    const defined = Object.keys(data.translatorNotes);
    used.forEach((letter, i) => {
      const expected = sequence[i] ?? String.fromCharCode(97 + i);
      const id = target.blockIds.find((b) => data.blocks[b] && letters(data.blocks[b].en).includes(letter))!;
      if (letter !== expected)
        report(`translator’s note [^${letter}] should be [^${expected}]: letter them a, b, c … in reading order`, [
          'blocks',
          id,
          'en',
        ]);
      if (!defined.includes(letter)) report(`translator’s note [^${letter}] is not written`, ['blocks', id, 'en']);
    });
    for (const letter of defined)
      if (!used.includes(letter) && !orphaned.has(letter))
        report(`translator’s note ${letter} is never referenced`, ['translatorNotes', letter]);
    for (const [letter, markdown] of Object.entries(data.translatorNotes))
      trees.translatorNotes[letter] = checkMarkdown(
        markdown,
        placeOf(['translatorNotes', letter]),
        String(file.value),
        at,
      );
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
  return { ...data, trees, pending, notices };
}
