/**
 * The reviewed table of regional vocabulary (`content/regional/terms.yaml`): mainland terms and the words
 * Taiwan and Hong Kong readers use instead. It drives three things: the site's own voice on 繁體 pages (an
 * `always` term is written in the edition's word), the check that the site's own text uses no word foreign
 * to its edition (lib/regional/site-voice.ts), and the optional wording layer over the essays
 * (lib/regional/essay-review.ts), whose occurrences are reviewed one by one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, formatMessages } from '../content/errors';
import { contentDir } from '../content/dir';
import { readSource } from '../content/read-source';
import { validateYaml } from '../content/yaml';
import { fromCanonical } from '../script/converters';
import { variants, type Variant } from '../site/variants';

/** The editions with regional vocabulary of their own: OpenCC's locale of each Traditional variant. */
export const regions = ['tw', 'hk'] as const;
export type Region = (typeof regions)[number];

/** The region a variant's pages are written for (`undefined`: Simplified and English have none). */
export function regionOf(variant: Pick<Variant, 'opencc'>): Region | undefined {
  return regions.find((r) => r === variant.opencc);
}

const hanWord = z
  .string()
  .trim()
  .regex(/^[\p{Script=Han}A-Za-z0-9]{1,12}$/u, 'a term is one word: Han characters (letters and digits allowed)');

const termSchema = z.strictObject({
  /** The mainland term in canonical Simplified, as the essays' canonical text writes it. */
  cn: hanWord,
  /** Taiwan's word, in Taiwan standard characters; absent when Taiwan uses the mainland word. */
  tw: hanWord.optional(),
  /** Hong Kong's word, in Hong Kong standard characters; absent when Hong Kong uses the mainland word. */
  hk: hanWord.optional(),
  /** A short English gloss (the wording popover). */
  en: z.string().trim().min(1),
  /**
   * `always`: in the site's own voice the edition's word is right in every sense, so conversion writes it.
   * `sense`: it depends on the sense (数据 → 資料 or 數據), so the check asks the editor to choose each time.
   */
  site: z.enum(['always', 'sense']).default('sense'),
  note: z.string().trim().optional(),
});

export const termsSchema = z.array(termSchema);

export interface RegionalTerm extends z.infer<typeof termSchema> {
  /** 1-based line of the entry in terms.yaml. */
  readonly line: number;
}

/** A term with neither a Taiwan nor a Hong Kong word: a pin, which keeps a compound from being matched as a shorter term. */
export const isPin = (term: RegionalTerm) => term.tw === undefined && term.hk === undefined;

export interface RegionalTable {
  readonly path: string;
  /** Sorted by `cn`. */
  readonly terms: readonly RegionalTerm[];
  readonly byCn: ReadonlyMap<string, RegionalTerm>;
}

export const termsFile = (dir: string = contentDir()) => path.join(dir, 'regional', 'terms.yaml');

const cache = new Map<string, RegionalTable>();

/**
 * Read and check the table (cached per file): one entry per `cn`, sorted, each form in its edition's
 * characters (a form the edition's converter would change is written in the wrong script). Throws a
 * {@link ContentError} naming file, line and problem. A content folder without the file has an empty table.
 */
export function loadRegionalTable(dir: string = contentDir()): RegionalTable {
  const file = termsFile(dir);
  const rel = path.relative(process.cwd(), file);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(file)) return { path: rel, terms: [], byCn: new Map() };
  const source = readSource(file, 'yaml');
  source.path = rel;
  const { data, placeOf } = validateYaml(String(source.value), termsSchema, source, {
    ruleId: 'regional',
    what: 'regional terms',
  });
  const terms: RegionalTerm[] = (data ?? []).map((t, i) => ({ ...t, line: placeOf([i]).line }));
  const at = (term: RegionalTerm, reason: string) =>
    source.message(reason, { place: { line: term.line, column: 3 }, ruleId: 'regional', source: 'content' });
  terms.forEach((term, i) => {
    const previous = terms[i - 1];
    if (previous && previous.cn === term.cn) at(term, `duplicate term "${term.cn}" (first on line ${previous.line})`);
    else if (previous && previous.cn > term.cn) at(term, `not sorted: "${term.cn}" comes after "${previous.cn}"`);
    if (term.tw !== undefined && term.tw === fromCanonicalRegion('tw')(term.cn))
      at(term, `tw "${term.tw}" is only the character conversion of "${term.cn}": leave tw out`);
    if (term.hk !== undefined && term.hk === fromCanonicalRegion('hk')(term.cn))
      at(term, `hk "${term.hk}" is only the character conversion of "${term.cn}": leave hk out`);
  });
  const problems = formatMessages(source);
  if (problems.length > 0) throw new ContentError(problems);
  const table = { path: rel, terms, byCn: new Map(terms.map((t) => [t.cn, t])) };
  cache.set(file, table);
  return table;
}

/** The character converter of a region's edition (canonical Simplified → its Traditional forms). */
export function fromCanonicalRegion(region: Region) {
  return fromCanonical(regionVariant(region));
}

/** The variant whose pages are written for a region. */
export function regionVariant(region: Region): Variant {
  const variant = variants.find((v) => v.opencc === region);
  if (!variant) throw new Error(`no variant for region ${region}`);
  return variant;
}

/** A term's word in a region, or undefined when the region uses the mainland word. */
export const regionalForm = (term: RegionalTerm, region: Region): string | undefined => term[region];

/**
 * Words foreign to a region's edition: the mainland term as that edition's characters write it (軟件 on
 * Taiwan pages), for every term with a word of the region's own. Longest first, so a compound is reported
 * as itself.
 */
export function foreignForms(table: RegionalTable, region: Region): readonly { form: string; term: RegionalTerm }[] {
  let byRegion = foreignCache.get(table);
  if (!byRegion) foreignCache.set(table, (byRegion = new Map()));
  let forms = byRegion.get(region);
  if (!forms) {
    const convert = fromCanonicalRegion(region);
    forms = table.terms
      .filter((t) => t[region] !== undefined)
      .map((term) => ({ form: convert(term.cn), term }))
      .sort((a, b) => b.form.length - a.form.length);
    byRegion.set(region, forms);
  }
  return forms;
}

/** Computed once per table and region: the check runs on every text node of every site page. */
const foreignCache = new WeakMap<RegionalTable, Map<Region, { form: string; term: RegionalTerm }[]>>();

/** A region's own words (演算法, 運算力), which may contain a mainland form without being one. */
export function ownForms(table: RegionalTable, region: Region): ReadonlySet<string> {
  let byRegion = ownCache.get(table);
  if (!byRegion) ownCache.set(table, (byRegion = new Map()));
  let own = byRegion.get(region);
  if (!own)
    byRegion.set(region, (own = new Set(table.terms.flatMap((t) => (t[region] === undefined ? [] : [t[region]!])))));
  return own;
}
const ownCache = new WeakMap<RegionalTable, Map<Region, Set<string>>>();
