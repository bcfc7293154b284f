import type { Article, ArticleChange } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';

/** What changed, for readers: a correction shows before → after; a removal shows what was removed. */
function ChangeDetail({ change }: { change: ArticleChange }) {
  if (change.type === 'corrected' && change.from !== undefined && change.to !== undefined) {
    return (
      <>
        {' '}
        （<del className="break-words">{change.from}</del> → <ins className="break-words no-underline">{change.to}</ins>
        ）
      </>
    );
  }
  if (change.type === 'removed' && change.from !== undefined) {
    return <q className="mt-1 block break-words">{change.from}</q>;
  }
  return null;
}

interface EditorNoteProps {
  article: Article;
}

/** Editor's note: every editorial change to the author's text, and where the text comes from. */
export function EditorNote({ article }: EditorNoteProps) {
  const t = getMessages(article.variant);
  const colon = article.variant === 'en' ? ': ' : '：';
  // On English pages the notes stay in Chinese (they describe the Chinese text): mark their language.
  const notesLang = article.variant === 'en' ? 'zh-Hans' : undefined;
  return (
    <aside
      aria-labelledby="editor-note"
      className="ui mt-12 rounded-md bg-(--color-rule)/40 p-5 text-sm leading-relaxed text-(--color-muted)"
    >
      <h2 id="editor-note" className="mb-2 text-base font-semibold text-(--color-ink)">
        {t.editorNote}
      </h2>
      <p>{t.sourceScriptNote(article.sourceScript)}</p>
      {article.editorialChanges.length > 0 ? (
        <>
          <p className="mt-2">{t.editorNoteIntro}</p>
          <ul lang={notesLang} className="mt-1 list-disc space-y-1 ps-5">
            {article.editorialChanges.map((change, i) => (
              <li key={i}>
                <span className="font-medium text-(--color-ink)">{t.changeTypes[change.type]}</span>
                {colon}
                {change.note}
                <ChangeDetail change={change} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {article.sourceNote ? (
        <>
          <h3 className="mt-4 font-semibold text-(--color-ink)">{t.sourceNote}</h3>
          <p lang={notesLang} className="mt-1 whitespace-pre-line">
            {article.sourceNote}
          </p>
        </>
      ) : null}
      {article.sourceUrl ? (
        <p className="mt-2">
          {t.originalLink}
          {colon}
          <a href={article.sourceUrl} className="break-words text-(--color-accent)" rel="noopener">
            {article.sourceUrl}
          </a>
        </p>
      ) : null}
    </aside>
  );
}
