import type { Article, ArticleChange } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { hasChinese } from '@/lib/text/cjk';
import { isTranslationVariant, canonicalVariant } from '@/lib/site/variants';

interface QuotedProps {
  text: string;
  /** The language of the quoted original (the Chinese text on English pages). */
  lang?: string;
  /** Set in quotation marks (a removed passage); a correction's before and after are set plain. */
  marks?: boolean;
}

/** Original text quoted in a note, marked with its language where it differs from the page's. */
function Quoted({ text, lang, marks = false }: QuotedProps) {
  const Tag = marks ? 'q' : 'span';
  return (
    <Tag lang={lang && hasChinese(text) ? lang : undefined} className="break-words whitespace-pre-line">
      {text}
    </Tag>
  );
}

/** What changed: a correction shows before → after; a removal shows what was removed. */
function ChangeDetail({
  change,
  variant,
  quoteLang,
}: {
  change: ArticleChange;
  variant: Article['variant'];
  quoteLang?: string;
}) {
  const t = getMessages(variant);
  if (change.type === 'corrected' && change.from !== undefined && change.to !== undefined) {
    return (
      <span className="mt-1 block" data-change-correction="">
        <span className="sr-only">
          {t.changeBefore}
          {t.colon}
        </span>
        <del className="break-words">
          <Quoted text={change.from} lang={quoteLang} />
        </del>{' '}
        <span aria-hidden="true">→</span>{' '}
        <span className="sr-only">
          {t.changeAfter}
          {t.colon}
        </span>
        <ins className="break-words no-underline">
          <Quoted text={change.to} lang={quoteLang} />
        </ins>
      </span>
    );
  }
  if (change.type === 'removed' && change.from !== undefined) {
    return (
      <span className="mt-1 block" data-change-removed="">
        <span className="sr-only">
          {t.changeRemovedText}
          {t.colon}
        </span>
        <Quoted text={change.from} lang={quoteLang} marks />
      </span>
    );
  }
  return null;
}

interface EditorNoteProps {
  article: Article;
}

/**
 * The editor's note, for readers, in the page's language: one or two sentences on what the editors did,
 * then every change in a `<details>` (a correction as before → after, a removal with the removed text),
 * where the text comes from, and the source's own notice.
 */
export function EditorNote({ article }: EditorNoteProps) {
  const t = getMessages(article.variant);
  // English pages quote the Chinese original (canonical Simplified).
  const quoteLang = isTranslationVariant(article.variant) ? canonicalVariant.lang : undefined;
  const changes = article.editorialChanges;
  return (
    <aside
      aria-labelledby="editor-note"
      data-editor-note=""
      className="ui mt-12 rounded-md bg-(--color-rule)/40 p-5 text-sm leading-relaxed text-(--color-muted)"
    >
      <h2 id="editor-note" className="mb-2 text-base font-semibold text-(--color-ink)">
        {t.editorNote}
      </h2>
      <p data-editor-summary="" className="text-(--color-ink)">
        {article.editorSummary}
      </p>
      {changes.length > 0 ? (
        <details data-editor-changes="" className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-(--color-accent)">
            {t.editorChangesToggle(changes.length)}
          </summary>
          <ol className="mt-1 list-decimal space-y-2 ps-5">
            {changes.map((change, i) => (
              <li key={i} data-change-type={change.type}>
                <span className="font-medium text-(--color-ink)">{t.changeTypes[change.type]}</span>
                {t.colon}
                {change.note}
                <ChangeDetail change={change} variant={article.variant} quoteLang={quoteLang} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {t.sourceScriptNote(article.sourceScript) ? (
        <p className="mt-3">{t.sourceScriptNote(article.sourceScript)}</p>
      ) : null}
      {article.sourceNote ? (
        <>
          <h3 className="mt-4 font-semibold text-(--color-ink)">{t.sourceNote}</h3>
          <p data-source-note="" className="mt-1 whitespace-pre-line">
            {article.sourceNote}
          </p>
        </>
      ) : null}
      {article.sourceUrl ? (
        <p className="mt-2">
          {t.originalLink}
          {t.colon}
          {/* The text is the address: print adds no " (URL)" after it (app/styles/print.css). */}
          <a href={article.sourceUrl} data-url-text="" className="break-words text-(--color-accent)" rel="noopener">
            {article.sourceUrl}
          </a>
        </p>
      ) : null}
    </aside>
  );
}
