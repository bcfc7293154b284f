/**
 * The post-build transform that makes a reading page ship no framework client runtime: on the parsed HTML
 * of a page exported by `next build`, it removes Next's runtime scripts, their preloads and the inline RSC
 * payload (`self.__next_f.push(…)`), keeps the site's own inline scripts, and adds the islands module.
 *
 * Hand-written on purpose: no library knows which scripts of a Next.js export are its runtime. It relies
 * on the shape of that output, so it checks the shape instead of trusting it: every `<script>` and script
 * preload must be recognised as either Next's or the site's, a page must carry both Next's runtime and its
 * payload (a page already processed is refused), and nothing of the runtime may be left afterwards.
 * Anything else throws an `OutputShapeError` naming the file, the position and the element — never a
 * half-stripped page. (That no reading page *needs* the runtime — no client component — is checked on the
 * sources: tests/unit/client-boundary.test.ts.)
 *
 * It edits the original text at the parsed elements' offsets (every other byte stays as Next wrote it).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ownInlineScriptIds } from '@/lib/browser/inline-scripts';
import { islandNames } from '@/lib/browser/islands';
import { applyEdits, cut, type Edit } from './splice';

/** The export's HTML no longer looks the way this transform expects (a Next.js update, most likely). */
export class OutputShapeError extends Error {
  override name = 'OutputShapeError';
}

/**
 * What a script-like element of an exported page is.
 * - `next-src`: a runtime chunk (`<script src="/_next/static/…">`, also the `noModule` polyfills).
 * - `next-preload`: `<link rel="preload" as="script">` of a runtime chunk.
 * - `next-payload`: the inline RSC payload (`self.__next_f.push(…)`), the page again as data for hydration.
 * - `next-bootstrap`: Turbopack's inline list of runtime chunks.
 * - `own`: one of the site's inline scripts (`lib/browser/inline-scripts.ts`), JSON-LD structured data, or a JSON
 *   data block (`type="application/json"`: an island's input, e.g. the search page's config; never run).
 * - `islands`: the islands module this transform inserts (found again: the page was already processed).
 */
export type ScriptKind = 'next-src' | 'next-preload' | 'next-payload' | 'next-bootstrap' | 'own' | 'islands';

const nextStatic = /^\/_next\/static\//;
/** Next's inline scripts as of Next 16 (Turbopack): the RSC payload, and the runtime's chunk list. */
const nextPayload = [/^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/, /^self\.__next_f\.push\(/];
const nextBootstrap = /^\(globalThis\["TURBOPACK"\]/;
/** Left behind by no legitimate page once the runtime is gone. */
const runtimeTraces = /self\.__next_f|globalThis\["TURBOPACK"\]|__NEXT_DATA__|\/_next\/static\/[^"' ]+\.js/;

const attr = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

/** Classify one `<script>` or `<link>`; `undefined` for a link that is not about scripts. */
export function classify(node: Element, islandsPrefix: string): ScriptKind | 'unknown' | undefined {
  if (node.tagName === 'link') {
    const rel = attr(node, 'rel') ?? '';
    const as = attr(node, 'as');
    const href = attr(node, 'href') ?? '';
    const aboutScript = as === 'script' || /\bmodulepreload\b/.test(rel) || /\.m?js(\?|$)/.test(href);
    if (!aboutScript) return undefined;
    return /\b(preload|modulepreload)\b/.test(rel) && nextStatic.test(href) ? 'next-preload' : 'unknown';
  }
  const src = attr(node, 'src');
  if (src !== undefined) {
    if (nextStatic.test(src)) return 'next-src';
    if (src.startsWith(islandsPrefix) && attr(node, 'type') === 'module') return 'islands';
    return 'unknown';
  }
  const type = attr(node, 'type');
  if (type === 'application/ld+json' || type === 'application/json') return 'own';
  const id = attr(node, 'id');
  if (id !== undefined && ownInlineScriptIds.has(id) && (type === undefined || type === 'text/javascript'))
    return 'own';
  const text = toString(node).trimStart();
  if (nextPayload.some((re) => re.test(text))) return 'next-payload';
  if (nextBootstrap.test(text)) return 'next-bootstrap';
  return 'unknown';
}

export interface StripOptions {
  /** Where the page is, for messages (`out/zh-hans/index.html`). */
  file: string;
  /** URL of the islands module to load (`/_islands/islands.1a2b3c4d.js`). */
  islandsSrc: string;
}

export interface StripResult {
  html: string;
  /** How many elements of each kind were removed. */
  removed: Record<Exclude<ScriptKind, 'own'>, number>;
  /** `data-island` names on the page. */
  islands: string[];
}

const where = (file: string, node: Element) =>
  `${file}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
const snippet = (html: string, node: Element) =>
  html.slice(
    node.position?.start.offset ?? 0,
    Math.min(node.position?.end.offset ?? 0, (node.position?.start.offset ?? 0) + 120),
  );

function scan(tree: Root) {
  const scripts: Element[] = [];
  const islands: Element[] = [];
  let head: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script' || node.tagName === 'link') scripts.push(node);
    if (node.tagName === 'head') head ??= node;
    if (node.properties.dataIsland !== undefined) islands.push(node);
  });
  return { scripts, islands, head };
}

/** Strip Next's client runtime from one exported page and load the islands module instead. */
export function stripRuntime(html: string, { file, islandsSrc }: StripOptions): StripResult {
  const islandsPrefix = islandsSrc.slice(0, islandsSrc.lastIndexOf('/') + 1);
  const tree = fromHtml(html);
  const { scripts, islands, head } = scan(tree);
  function fail(problem: string): never {
    throw new OutputShapeError(
      `${file}: ${problem}. The shape of Next.js's exported HTML is not what lib/static-export/strip-runtime.ts expects (a Next.js update?): update the transform and its tests, never ship a half-stripped page.`,
    );
  }

  const removed: StripResult['removed'] = {
    'next-src': 0,
    'next-preload': 0,
    'next-payload': 0,
    'next-bootstrap': 0,
    islands: 0,
  };
  const edits: Edit[] = [];
  for (const node of scripts) {
    const kind = classify(node, islandsPrefix);
    if (kind === undefined || kind === 'own') continue;
    if (kind === 'unknown') fail(`unrecognised script at ${where(file, node)}: ${snippet(html, node)}`);
    const edit = cut(node) ?? fail(`no source position for ${where(file, node)}`);
    removed[kind] += 1;
    edits.push(edit);
  }

  if (removed.islands > 0) fail('the islands module is already on the page (run `next build` again before this step)');
  if (removed['next-src'] === 0 || removed['next-payload'] === 0) {
    fail(
      `expected Next's runtime chunks and its inline RSC payload, found ${removed['next-src']} runtime script(s) and ${removed['next-payload']} inline payload script(s)`,
    );
  }

  const names = islands.map((node) => String(node.properties.dataIsland));
  const known = new Set<string>(islandNames);
  for (const [i, name] of names.entries()) {
    if (!known.has(name)) fail(`unknown island "${name}" at ${where(file, islands[i]!)} (see lib/browser/islands.ts)`);
  }

  // Insert the islands module at the end of <head> (only where the page has islands): module scripts are
  // deferred, and the preload scanner finds it early.
  if (names.length > 0) {
    const headEnd = head?.position?.end.offset;
    const closing = headEnd === undefined ? '' : html.slice(headEnd - '</head>'.length, headEnd);
    if (headEnd === undefined || closing.toLowerCase() !== '</head>') {
      fail('no explicit </head> to insert the islands module before');
    }
    const at = headEnd - '</head>'.length;
    edits.push([at, at, `<script type="module" src="${islandsSrc}"></script>`]);
  }
  let out: string;
  try {
    out = applyEdits(html, edits);
  } catch (error) {
    fail(String(error));
  }

  const trace = out.match(runtimeTraces);
  if (trace) fail(`runtime left after stripping: “${trace[0]}”`);
  return { html: out, removed, islands: names };
}
