/**
 * The id ledger of an essay: `content/ids/<slug>.yaml`, committed like a lockfile and reviewed in diffs.
 * It lists every block's id with the text it had when `npm run ids` last ran, and every retired id with
 * the block it now lands on. Written only by `npm run ids` (scripts/ids.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { checkFile, formatMessages } from '../content/errors';
import { limits } from '../content/limits';
import { readSource } from '../content/read-source';
import { validateYaml } from '../content/yaml';

const text = z.string().min(1);
const entry = z.strictObject({ id: text, text: z.string() });

export const ledgerSchema = z.strictObject({
  /** The blocks in reading order. */
  blocks: z.array(entry),
  /** Ids no block has any more; `at` is the block a link to them lands on. */
  retired: z.array(z.strictObject({ id: text, text: z.string(), at: text })).default([]),
});

export type Ledger = z.infer<typeof ledgerSchema>;
export type LedgerEntry = Ledger['blocks'][number];
export type RetiredEntry = Ledger['retired'][number];

/** Where an essay's ledger lives. */
export function ledgerPath(dir: string, slug: string): string {
  return path.join(dir, 'ids', `${slug}.yaml`);
}

/** Read and check a ledger; `ledger` is undefined when the file does not exist or has problems. */
export function readLedger(dir: string, slug: string): { ledger?: Ledger; problems: string[]; path: string } {
  const absolute = ledgerPath(dir, slug);
  const rel = path.relative(process.cwd(), absolute);
  if (!existsSync(absolute)) return { problems: [], path: rel };
  const unread: string[] = [];
  const file = checkFile(rel, unread, () => readSource(absolute, 'yaml'));
  if (!file) return { problems: unread, path: rel };
  const { data } = validateYaml(String(file.value), ledgerSchema, file, { ruleId: 'ids', what: 'id ledger' });
  if (data) {
    const seen = new Set<string>();
    for (const id of [...data.blocks, ...data.retired].map((e) => e.id)) {
      if (seen.has(id)) file.message(`id "${id}" is listed twice`, { place: { line: 1, column: 1 }, ruleId: 'ids' });
      seen.add(id);
    }
  }
  const problems = formatMessages(file);
  return { ledger: problems.length === 0 ? data : undefined, problems, path: rel };
}

/** The ledger as its file: a header, then YAML with one key per line and no folding. */
export function formatLedger(slug: string, ledger: Ledger): string {
  const header = [
    `# Block ids of content/articles/${slug}.md, written by \`npm run ids\`: review changes, do not edit by hand.`,
    '# `blocks`: every heading, paragraph and list item in reading order with the text its id was matched on.',
    '# `retired`: ids whose block is gone; never reused, a link to one lands on the block `at`.',
  ];
  const body = stringify(
    { blocks: ledger.blocks, retired: ledger.retired },
    { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', singleQuote: true },
  );
  return `${header.join('\n')}\n${body}`;
}

/**
 * Why an essay's ledger, as `npm run ids` would write it, could not be read back: it would be over the size
 * limit of a YAML source (every block's text is in it, so a ledger is about the size of its essay plus a
 * line or two per block: 40,000 short list items make a 1.2 MB ledger from a 160 KB essay). Named at the
 * essay, which is what has to change; undefined when it fits.
 */
export function ledgerSizeProblem(essayPath: string, slug: string, ledger: Ledger): string | undefined {
  const bytes = Buffer.byteLength(formatLedger(slug, ledger));
  const max = limits.maxBytes.yaml;
  if (bytes <= max) return undefined;
  return `${essayPath}:1:1: the essay has ${ledger.blocks.length.toLocaleString('en')} blocks; its id ledger would be ${bytes.toLocaleString('en')} bytes, over the ${max.toLocaleString('en')}-byte limit of a YAML source (docs/decisions.md, "Limits on content"): split the essay or join its shortest blocks`;
}
