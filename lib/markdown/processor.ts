import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { getMessages } from '../i18n/messages';
import type { SourceScript } from '../script/source-scripts';
import { variantText } from '../script/text';
import type { Variant } from '../site/variants';
import { rehypeBlockIds, type BlockIdAssigner } from './rehype-block-ids';
import { rehypeCjkBreakOpportunities } from './rehype-cjk-break-opportunities';
import { rehypeCjkPunctuation } from './rehype-cjk-punctuation';
import { rehypeEnglishBlocks } from './rehype-english-blocks';
import { rehypeKeepParagraphEnd } from './rehype-keep-paragraph-end';
import { rehypeGlossary } from './rehype-glossary';
import { rehypeThemeLinks, type RehypeThemeLinksOptions } from './rehype-theme-links';
import { rehypeVariantScript, type RehypeVariantScriptOptions } from './rehype-variant-script';
import { remarkCanonicalScript } from './remark-canonical-script';
import { remarkFootnoteCheck } from './remark-footnote-check';
import { remarkGlossaryCheck } from './remark-glossary-check';
import { remarkNestingLimit } from './remark-nesting-limit';
import { remarkPunctuation } from './remark-punctuation';
import { remarkRejectHtml } from './remark-reject-html';
import { remarkRejectTitleHeading } from './remark-reject-title-heading';
import { remarkSafeUrls } from './remark-safe-urls';

/**
 * The one place that knows plugin order. Every markdown parser starts with remark-parse and the nesting
 * limit (which wraps the parser and must run its tree check before GFM's), then frontmatter and GFM.
 *
 * Stage 1, once per article: markdown → canonical mdast (checks, Simplified script, punctuation,
 * glossary check).
 * Stage 2, once per article and variant: canonical mdast → hast (footnotes with localized labels,
 * block ids from the canonical text, glossary, theme links, then the variant's script on text nodes only,
 * and last the line break opportunities, which add `<wbr>` elements and change no text).
 */
export function createCanonicalProcessor(options: { readonly script: SourceScript }) {
  return unified()
    .use(remarkParse)
    .use(remarkNestingLimit)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRejectHtml)
    .use(remarkRejectTitleHeading)
    .use(remarkSafeUrls)
    .use(remarkFootnoteCheck)
    .use(remarkCanonicalScript, { script: options.script })
    .use(remarkPunctuation)
    .use(remarkGlossaryCheck);
}

export interface VariantProcessorOptions {
  readonly variant: Variant;
  /** Theme cross-links; without it, no theme links and no mentions are recorded. */
  readonly themes?: RehypeThemeLinksOptions;
  /** The essay's block ids (matched to its ledger); without it, positional ids. */
  readonly blockIds?: BlockIdAssigner;
  /** A site page: the site's own voice and its `-{…}-` marks (see rehypeVariantScript). */
  readonly voice?: RehypeVariantScriptOptions['voice'];
}

/**
 * Stage 1 for English markdown (translation blocks and footnotes, the site's English pages): the same
 * parser, GFM and safety checks as the Chinese (no raw HTML, no `# heading`, no unsafe URLs); no script or
 * punctuation work.
 */
export function createEnglishProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkNestingLimit)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRejectHtml)
    .use(remarkRejectTitleHeading)
    .use(remarkSafeUrls);
}

/** Parse and check English markdown. Problems are left as messages on `file`. */
let englishProcessor: ReturnType<typeof createEnglishProcessor> | undefined;
export function toEnglishTree(file: VFile): MdastRoot {
  englishProcessor ??= createEnglishProcessor().freeze();
  return englishProcessor.runSync(englishProcessor.parse(file), file);
}

/** Stage 2: see {@link createCanonicalProcessor}. */
export function createVariantProcessor(options: VariantProcessorOptions) {
  // English is not a rendering of the Chinese text: it comes from lib/translation.
  if (options.variant.kind !== 'script') throw new Error(`${options.variant.id} is not a script variant`);
  const messages = getMessages(options.variant.id);
  return unified()
    .use(remarkRehype, {
      clobberPrefix: '',
      footnoteLabel: messages.footnotesLabel,
      footnoteLabelProperties: { className: ['footnotes-label'] },
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        messages.footnoteBackLabel(referenceIndex + 1, rereferenceIndex),
      footnoteBackContent: (_referenceIndex, rereferenceIndex) => [
        { type: 'text', value: rereferenceIndex > 1 ? String(rereferenceIndex) : '↑' },
      ],
    })
    .use(rehypeBlockIds, { assign: options.blockIds })
    .use(rehypeEnglishBlocks)
    .use(rehypeGlossary, {
      label: messages.glossaryLabel,
      // Attributes are not converted by rehype-variant-script, so the term is converted here.
      backLabel: (term) => messages.glossaryBackLabel(variantText(term, options.variant)),
    })
    .use(options.themes ? [[rehypeThemeLinks, options.themes]] : [])
    .use(rehypeVariantScript, { variant: options.variant, voice: options.voice })
    .use(rehypeCjkBreakOpportunities)
    .use(rehypeCjkPunctuation)
    .use(rehypeKeepParagraphEnd);
}

/** Parse a source file into mdast (with its `yaml` frontmatter node). The parser does not depend on script. */
export function parseSource(file: VFile): MdastRoot {
  return createCanonicalProcessor({ script: 'zh-Hans' }).parse(file);
}

/** Canonicalise a parsed source. Problems are left as messages on `file`. */
export function toCanonicalTree(tree: MdastRoot, file: VFile, script: SourceScript): MdastRoot {
  return createCanonicalProcessor({ script }).runSync(tree, file);
}

/** Render a canonical tree in one variant. The input tree is not modified. */
export function toVariantTree(
  tree: MdastRoot,
  variant: Variant,
  file: VFile,
  options: Omit<VariantProcessorOptions, 'variant'> = {},
): HastRoot {
  return createVariantProcessor({ ...options, variant }).runSync(structuredClone(tree), file);
}
