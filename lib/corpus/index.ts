/**
 * The corpus: every source the site is made of — essays, translations, themes, phrase dictionaries, the
 * site's own pages — read and checked in one pass. `loadCorpus` reports every problem at once
 * (`file:line:column: problem`) or returns sources that the site model (lib/model) renders without
 * checking anything again.
 */
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { VFile } from 'vfile';
import { checkFile, ContentError, formatMessages } from '../content/errors';
import { contentDir, readArticleSources, type ArticleSource } from '../content/load';
import { toVariantTree } from '../markdown/processor';
import type { ThemeMention } from '../markdown/rehype-theme-links';
import { aboutSchema, guideSchema, type AboutData, type GuideData } from '../pages';
import { guideLinkProblems } from '../pages/essay-links';
import { readSitePage, type SitePageSource } from '../pages/load';
import { dictionaryDir, dictionaryProblems } from '../script/dictionary';
import { themePath } from '../site';
import { themeLinkOptions } from '../themes/link-options';
import { loadThemeRegistry, type ThemeRegistry } from '../themes/registry';
import { loadTranslation, type Translation } from '../translation/load';
import { canonicalVariant } from '../site/variants';
import {
  aliasShareProblems,
  alignmentTarget,
  essayParagraphs,
  readingOrderProblems,
  themeUsageProblems,
} from './checks';
import { ledgerSizeProblem, readLedger } from '../ids/ledger';
import { articleVoiceProblems, themeVoiceProblems } from '../regional/site-fields';
import { loadEssayReview, type EssayReview } from '../regional/essay-review';
import { loadRegionalTable } from '../regional/terms';
import { matchBlocks, sameLedger, type Matching } from '../ids/match';
import { assignmentOf, matchingSummary } from '../ids/report';
import type { BlockIdAssignment } from '../markdown/rehype-block-ids';

/** One essay, checked: its canonical source, its body in the canonical script, its English. */
export interface CorpusArticle {
  readonly source: ArticleSource;
  /** The body in the canonical script, with theme links, and every theme mention (same in every script). */
  readonly canonical: {
    readonly body: HastRoot;
    readonly mentions: readonly ThemeMention[];
    /** Matches left out by `notIn` rules (checked: every rule must leave something out). */
    readonly skipped: readonly { readonly themeId: string; readonly paragraphId: string }[];
  };
  readonly translation: Translation;
  /** The blocks' ids, matched to the essay's id ledger (lib/ids), for every rendering of the essay. */
  readonly ids: BlockIdAssignment;
  readonly matching: Matching;
  /** The regional-wording layer's reviewed occurrences (lib/regional/essay-review.ts); none without a table. */
  readonly regional?: EssayReview;
}

export interface Corpus {
  /** In file-name order. */
  readonly articles: readonly CorpusArticle[];
  readonly registry: ThemeRegistry;
  readonly guide: SitePageSource<GuideData>;
  readonly about: SitePageSource<AboutData>;
  /**
   * Id ledgers that do not match their essay (`file: problem; run npm run ids`). The build refuses them
   * (scripts/check-content.ts); `npm run dev` shows the edit with the matched ids and says so.
   */
  readonly outdated: readonly string[];
  /** Translation notices (stale, unconfirmed, missing, orphaned English): listed, never fatal. */
  readonly notices: readonly string[];
}

/**
 * Read and check every source under `dir`. Checks that need two sources (a translation against its essay,
 * themes against the essays, the 导读's reading order) run when both were readable. Throws one
 * {@link ContentError} listing every problem.
 */
export function loadCorpus(dir: string = contentDir()): Corpus {
  const problems: string[] = [...dictionaryProblems(dictionaryDir(dir))];
  const read = readArticleSources(dir);
  problems.push(...read.problems);
  const at = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  const registry = checkFile(at('themes.yaml'), problems, () => loadThemeRegistry(dir));
  const regionalTable = checkFile(at('regional/terms.yaml'), problems, () => loadRegionalTable(dir));
  const articles: CorpusArticle[] = [];
  const outdated: string[] = [];
  for (const source of read.sources) {
    const { slug } = source.frontmatter;
    const ledger = readLedger(dir, slug);
    problems.push(...ledger.problems);
    const checked = checkFile(source.path, problems, () => {
      const file = new VFile({ path: source.path });
      let matched: Matching | undefined;
      const body = toVariantTree(source.tree, canonicalVariant, file, {
        themes: registry
          ? themeLinkOptions(registry, slug, (id) => themePath(canonicalVariant.id, id))
          : { aliases: [], href: (id) => themePath(canonicalVariant.id, id) },
        blockIds: (blocks) => assignmentOf((matched = matchBlocks(ledger.ledger, blocks))),
      });
      problems.push(...formatMessages(file));
      return {
        canonical: { body, mentions: file.data.themeMentions ?? [], skipped: file.data.themeSkipped ?? [] },
        matching: matched!,
      };
    });
    if (!checked) continue;
    const { canonical, matching } = checked;
    const tooBig = ledgerSizeProblem(source.path, slug, matching.ledger);
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
    if (ledger.problems.length === 0 && !ledger.ledger)
      outdated.push(`${ledger.path}: missing id ledger of ${source.path}; run \`npm run ids\``);
    else if (ledger.ledger && !sameLedger(ledger.ledger, matching.ledger))
      outdated.push(
        `${ledger.path}: out of date with ${source.path} (${matchingSummary(matching) || 'reordered'}); run \`npm run ids\``,
      );
    const translation = checkFile(at(`translations/${slug}.en.yaml`), problems, () =>
      loadTranslation(slug, alignmentTarget(canonical.body, source.frontmatter, matching.ledger), dir),
    );
    const regional =
      regionalTable &&
      checkFile(at(`regional/essays/${slug}.yaml`), problems, () =>
        loadEssayReview(slug, canonical.body, regionalTable, dir),
      );
    if (translation) articles.push({ source, canonical, translation, ids: assignmentOf(matching), matching, regional });
  }
  const complete = read.problems.length === 0 && articles.length === read.sources.length;
  if (registry && complete)
    problems.push(
      ...themeUsageProblems(
        registry,
        articles.map((a) => ({
          slug: a.source.frontmatter.slug,
          mentions: a.canonical.mentions,
          skipped: a.canonical.skipped,
        })),
      ),
      ...aliasShareProblems(
        registry,
        articles.map((a) => essayParagraphs(a.canonical.body, a.translation)),
      ),
    );
  // The site's own text in every regional edition: no word foreign to the edition (lib/regional).
  for (const { source } of articles)
    checkFile(source.path, problems, () => problems.push(...articleVoiceProblems(source)));
  if (registry)
    checkFile(registry.file.path ?? 'themes.yaml', problems, () => problems.push(...themeVoiceProblems(registry)));
  const guide = checkFile(at('pages/guide.md'), problems, () => readSitePage('guide', guideSchema, dir));
  if (guide && complete) {
    const slugs = read.sources.map((s) => s.frontmatter.slug);
    problems.push(
      ...readingOrderProblems(guide.data.readingOrder, slugs, `${guide.path}:2:1`),
      ...guideLinkProblems(guide.canonical, guide.data.readingOrder, guide.path),
      ...guideLinkProblems(guide.english.tree, guide.data.readingOrder, guide.path.replace(/\.md$/, '.en.md')),
    );
  }
  const about = checkFile(at('pages/about.md'), problems, () => readSitePage('about', aboutSchema, dir));
  // A broken dictionary is reported by every file converted with it: once is enough.
  if (problems.length > 0 || !registry || !guide || !about) throw new ContentError([...new Set(problems)]);
  return {
    articles,
    registry,
    guide,
    about,
    outdated,
    notices: articles.flatMap((a) => [...a.translation.notices, ...(a.regional?.notices ?? [])]),
  };
}
