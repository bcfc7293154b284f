/**
 * Which fields of the sources are the site's own voice, and the check of those fields on every regional
 * edition. An essay's title, author, outlet, source note and the quoted original text of a change are the
 * author's or the platform's words; its summary, short label, editor's summary and change notes are the
 * editors', and so are the themes' names and descriptions.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { ArticleSource } from '../content/load';
import type { ThemeRegistry } from '../themes/registry';
import { siteText } from './site-voice';
import { regions, regionVariant } from './terms';
import type { SourceScript } from '../script/source-scripts';
import { frontmatterBlock } from '../content/frontmatter-block';

/** A field of a YAML document, by its path, with its text. */
export interface VoiceField {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

/** The site's own fields of an essay's frontmatter. */
export function articleVoiceFields(source: ArticleSource): VoiceField[] {
  const fm = source.frontmatter;
  return [
    { path: ['summary'], text: fm.summary },
    { path: ['short'], text: fm.short },
    { path: ['editorSummary'], text: fm.editorSummary },
    ...fm.editorialChanges.map((c, i) => ({ path: ['editorialChanges', i, 'note'], text: c.note })),
  ];
}

/** The site's own fields of the theme registry. */
export function themeVoiceFields(registry: ThemeRegistry): VoiceField[] {
  return registry.themes.flatMap((theme, i) => [
    { path: [i, 'name', 'zh'], text: theme.name.zh },
    { path: [i, 'description', 'zh'], text: theme.description.zh },
  ]);
}

/** `line:column` of each field's value in a YAML text whose first line is line `firstLine` of its file. */
function placeFinder(yaml: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  return (fieldPath: readonly (string | number)[], offset: number) => {
    const node: unknown = doc.getIn(fieldPath as (string | number)[], true);
    const start = (node as { range?: [number] } | undefined)?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    return `${firstLine + pos.line - 1}:${pos.col + offset}`;
  };
}

/**
 * Problems of the site's own fields on every regional edition (`file:line:column: problem`): a word foreign
 * to the edition, or a malformed `-{…}-` mark.
 */
export function voiceFieldProblems(
  file: string,
  fields: readonly VoiceField[],
  script: SourceScript,
  yaml: { text: string; firstLine: number },
): string[] {
  const place = placeFinder(yaml.text, yaml.firstLine);
  const problems = new Set<string>();
  for (const field of fields) {
    for (const region of regions) {
      siteText(field.text, script, regionVariant(region), ({ offset, reason }) =>
        problems.add(`${file}:${place(field.path, offset)}: ${reason} [regional]`),
      );
    }
  }
  return [...problems];
}

/** The check for an essay's frontmatter. */
export function articleVoiceProblems(source: ArticleSource): string[] {
  const { yaml, firstLine } = frontmatterBlock(readFileSync(source.path, 'utf8'));
  return voiceFieldProblems(source.path, articleVoiceFields(source), source.frontmatter.script, {
    text: yaml,
    firstLine,
  });
}

/** The check for the theme registry. */
export function themeVoiceProblems(registry: ThemeRegistry): string[] {
  return voiceFieldProblems(registry.file.path, themeVoiceFields(registry), 'zh-Hans', {
    text: String(registry.file.value),
    firstLine: 1,
  });
}
