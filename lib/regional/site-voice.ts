/**
 * The site's own voice per edition. What the editors write (the 导读, About, summaries, editor's notes,
 * theme names and descriptions) is kept in Simplified and rendered for each edition: characters by OpenCC
 * and the project dictionary, as the essays are, and vocabulary by the reviewed regional table — a term
 * marked `always` is written in the edition's own word (硅谷 → 矽谷). Where a word depends on its sense, or
 * must not change, the source says so in place, Wikipedia-style:
 *
 * - `-{…}-` — the author's words or a quotation: characters converted, vocabulary kept, never flagged (a
 *   title in 《》 is always taken as quoted);
 * - `-{raw|…}-` — shown exactly as written in every edition (examples of character forms: 为→為);
 * - `-{zh-hans:…;zh-hant:…;zh-hk:…}-` — a hand-written choice per edition, each as written (an edition left
 *   out gets the zh-hans text, characters converted).
 *
 * The check: on a Taiwan or Hong Kong page, the site's own text outside these marks may not contain a term
 * the table gives that edition another word for (`foreignForms`); each is a problem at its place.
 *
 * Markers are encoded into private-use characters before anything else reads the source, so that the
 * markdown parser, script conversion and punctuation clean-up pass them through untouched; they are decoded
 * when a variant is rendered (`renderVoice`). Hand-written: OpenCC has no notion of per-region choices.
 */
import { normalizePunctuation, toCornerQuotes } from '../text/punctuation';
import { choiceKey, markPattern, rawPrefix } from './marks-text';
import { toCanonical } from '../script/converters';
import { withOverrides, type ScriptConverter } from '../script/overrides';
import type { SourceScript } from '../script/source-scripts';
import { variantText } from '../script/text';
import type { Variant, VariantId } from '../site/variants';
import {
  foreignForms,
  ownForms,
  fromCanonicalRegion,
  loadRegionalTable,
  regionOf,
  type Region,
  type RegionalTable,
} from './terms';

/** Opens and closes a quotation (`-{…}-`): its text is converted like the essays', nothing more. */
const quoteOpen = '\uE000';
const quoteClose = '\uE001';
/** A raw text or a per-edition choice is one character from here on: its index in the marker list. */
const placeholderBase = 0xe100;
const maxMarkers = 0x0f00;

export type Marker =
  | { readonly kind: 'raw'; readonly text: string }
  | { readonly kind: 'choice'; readonly values: Partial<Record<VariantId, string>> & { 'zh-hans': string } };

export interface MarkerProblem {
  readonly offset: number;
  readonly reason: string;
}

export interface EncodedVoice {
  /** The source with every marker encoded (same lines; a raw or choice marker is one character). */
  readonly text: string;
  readonly markers: readonly Marker[];
  readonly problems: readonly MarkerProblem[];
}

/** Encode the markers of a source text (see the module's comment). Unclosed or malformed markers are problems. */
export function encodeVoice(source: string): EncodedVoice {
  const markers: Marker[] = [];
  const problems: MarkerProblem[] = [];
  if (/[\uE000-\uEFFF]/.test(source)) {
    problems.push({ offset: source.search(/[\uE000-\uEFFF]/), reason: 'private-use character in the text' });
  }
  const text = source.replace(markPattern(), (whole, inner: string, offset: number) => {
    if (inner.includes('-{')) {
      problems.push({ offset, reason: 'marks -{…}- cannot nest' });
      return whole;
    }
    if (inner.trim() === '') {
      problems.push({ offset, reason: 'empty -{}- mark' });
      return whole;
    }
    if (inner.startsWith(rawPrefix)) return placeholder({ kind: 'raw', text: inner.slice(rawPrefix.length) }, offset);
    if (choiceKey.test(inner)) {
      const values: Partial<Record<VariantId, string>> = {};
      for (const part of inner.split(/[;；]/)) {
        const match = choiceKey.exec(part.trim());
        if (!match) {
          problems.push({ offset, reason: `"${part.trim()}" in a choice mark: write zh-hans:…;zh-hant:…;zh-hk:…` });
          continue;
        }
        const key = match[1] as VariantId;
        if (values[key] !== undefined) problems.push({ offset, reason: `${key} given twice in one choice mark` });
        values[key] = part.trim().slice(match[0].length).trim();
      }
      const hans = values['zh-hans'];
      if (hans === undefined) {
        problems.push({ offset, reason: 'a choice mark needs zh-hans (the canonical text)' });
        return whole;
      }
      return placeholder({ kind: 'choice', values: { ...values, 'zh-hans': hans } }, offset);
    }
    return `${quoteOpen}${inner}${quoteClose}`;
  });
  const stray = text.search(/-\{|\}-/);
  if (stray >= 0) problems.push({ offset: stray, reason: 'unmatched -{ or }-' });
  return { text, markers, problems };

  function placeholder(marker: Marker, offset: number): string {
    if (markers.length >= maxMarkers) {
      problems.push({ offset, reason: 'too many -{…}- marks in one file' });
      return '';
    }
    markers.push(marker);
    return String.fromCharCode(placeholderBase + markers.length - 1);
  }
}

const converters = new Map<string, ScriptConverter>();

/**
 * The site voice's converter for a region: the essays' converter, with the table's `always` terms in front
 * (their edition's words, verbatim).
 */
function regionConverter(region: Region, table: RegionalTable): ScriptConverter {
  const key = `${table.path}:${region}`;
  let converter = converters.get(key);
  if (!converter) {
    const phrases = table.terms.flatMap((t) =>
      t.site === 'always' && t[region] !== undefined ? [{ source: t.cn, target: t[region]! }] : [],
    );
    converter = withOverrides(fromCanonicalRegion(region), phrases);
    converters.set(key, converter);
  }
  return converter;
}

/** A word on a page foreign to its edition, at `offset` into the rendered text. */
export interface ForeignWord {
  readonly offset: number;
  readonly form: string;
  readonly reason: string;
}

/** Every word of `text` foreign to `region` (non-overlapping, longest first), with what to write instead. */
export function foreignWords(text: string, region: Region, table: RegionalTable): ForeignWord[] {
  const found: ForeignWord[] = [];
  const taken: boolean[] = [];
  const name = region === 'tw' ? 'Taiwan' : 'Hong Kong';
  // The edition's own words first: 演算法 contains 算法, 運算力 contains 算力.
  for (const own of ownForms(table, region)) {
    for (let at = text.indexOf(own); at >= 0; at = text.indexOf(own, at + own.length)) {
      for (let i = at; i < at + own.length; i += 1) taken[i] = true;
    }
  }
  for (const { form, term } of foreignForms(table, region)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (taken.slice(at, at + form.length).some(Boolean)) continue;
      for (let i = at; i < at + form.length; i += 1) taken[i] = true;
      const how =
        term.site === 'always'
          ? 'write the Simplified term and let conversion choose'
          : `the word depends on its sense: write -{zh-hans:${term.cn};zh-hant:…;zh-hk:…}-`;
      found.push({
        offset: at,
        form,
        reason: `"${form}" is not ${name} usage (${name}: ${term[region]}; regional terms line ${term.line}): ${how}, or mark a quotation -{…}-`,
      });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Render encoded canonical text in a variant: plain text in the site's voice (characters, `always` terms,
 * corner quotes), quotations in characters only, raw and choice marks as written. `report` receives every
 * word foreign to the edition in the plain text (offsets into the encoded input, approximately).
 */
export function renderVoice(
  encoded: string,
  markers: readonly Marker[],
  variant: Variant,
  report?: (problem: MarkerProblem) => void,
  table: RegionalTable = loadRegionalTable(),
): string {
  if (variant.kind !== 'script') throw new Error(`${variant.id}: the site's Chinese voice is for script variants`);
  const region = regionOf(variant);
  let out = '';
  let offset = 0;
  for (const [i, part] of encoded.split(new RegExp(`[${quoteOpen}${quoteClose}]`)).entries()) {
    const quoted = i % 2 === 1;
    if (quoted) out += variantText(part, variant);
    else {
      // A title in 《》 is quoted as published: characters converted, words kept, like a -{…}- mark.
      let at = 0;
      for (const [j, piece] of part.split(/(《[^《》]*》)/).entries()) {
        if (j % 2 === 1) out += variantText(piece, variant);
        else {
          const plain = region ? regionConverter(region, table)(piece) : variantText(piece, variant);
          if (region && report) {
            for (const word of foreignWords(plain, region, table))
              report({ offset: offset + at + word.offset, reason: word.reason });
          }
          out += region && variant.quotes === 'corner' ? toCornerQuotes(plain) : plain;
        }
        at += piece.length;
      }
    }
    offset += part.length + 1;
  }
  if (encoded.split(quoteOpen).length !== encoded.split(quoteClose).length)
    report?.({ offset: 0, reason: 'a -{…}- mark is split by formatting: keep a mark inside one run of text' });
  return out.replace(/[\uE100-\uEFFF]/g, (c) => {
    const marker = markers[c.charCodeAt(0) - placeholderBase];
    if (!marker) return '';
    if (marker.kind === 'raw') return marker.text;
    return marker.values[variant.id] ?? variantText(marker.values['zh-hans'], variant);
  });
}

/** Canonical form of a one-line site text in `script`: markers encoded, then script and punctuation as usual. */
export function canonicalVoice(source: string, script: SourceScript): EncodedVoice {
  const encoded = encodeVoice(source);
  return { ...encoded, text: normalizePunctuation([toCanonical(script)(encoded.text)])[0]! };
}

/** A one-line text of the site's own (a summary, an editor's note, a theme's description) in a variant. */
export function siteText(
  source: string,
  script: SourceScript,
  variant: Variant,
  report?: (problem: MarkerProblem) => void,
): string {
  const { text, markers, problems } = canonicalVoice(source, script);
  for (const problem of problems) report?.(problem);
  return renderVoice(text, markers, variant, report);
}
