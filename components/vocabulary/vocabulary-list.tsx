import type { VocabularyEntry } from '@/lib/lexicon/vocabulary';
import type { VocabularyLabels } from '@/lib/i18n/types';
import { editionReadings, type ReadingKind } from '@/lib/readings/kinds';
import { getVariant, type ScriptVariantId } from '@/lib/site/variants';

/** BCP 47 tags of the readings, so a screen reader does not read pinyin as English. */
const readingLang: Record<ReadingKind, string> = {
  pinyin: 'zh-Latn-pinyin',
  zhuyin: 'zh-Bopo',
  jyutping: 'yue-Latn-jyutping',
};

interface VocabularyListProps {
  entries: readonly VocabularyEntry[];
  variant: ScriptVariantId;
  labels: VocabularyLabels;
  readingNames: Readonly<Record<ReadingKind, string>>;
}

/** The sentence with the word's first occurrence set in bold (the word is what the row is about). */
function Sentence({ sentence, word }: { sentence: string; word: string }) {
  const at = sentence.indexOf(word);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <b className="font-bold">{word}</b>
      {sentence.slice(at + word.length)}
    </>
  );
}

/**
 * An essay's key words, one item each: the word, its readings and count; its meaning and its forms in every
 * Chinese edition; the first sentence it occurs in, with the paragraph's English folded away. A list on
 * phones; from 1024 px each item lays out as a row of three columns under a header row (a grid, so nothing
 * scrolls sideways at any width).
 */
export function VocabularyList({ entries, variant, labels, readingNames }: VocabularyListProps) {
  const kinds = editionReadings[variant] ?? [];
  const columns = 'lg:grid lg:grid-cols-[13rem_minmax(0,1fr)_minmax(0,1.4fr)] lg:gap-x-8';
  return (
    <div data-vocabulary-list="">
      <div aria-hidden="true" className={`ui hidden pb-2 text-sm text-(--color-muted) ${columns}`}>
        <span>{labels.columns.word}</span>
        <span>{labels.columns.meaning}</span>
        <span>{labels.columns.example}</span>
      </div>
      <ol className="border-b border-(--color-rule)">
        {entries.map((entry) => (
          <li
            key={entry.word.key}
            data-vocabulary-word={entry.word.word}
            className={`border-t border-(--color-rule) py-4 ${columns}`}
          >
            <div>
              <p className="text-2xl leading-snug">{entry.word.shown}</p>
              {kinds.map((kind) =>
                entry.word.readings[kind] ? (
                  <p key={kind} className="ui mt-0.5 text-sm text-(--color-muted)">
                    <span className="sr-only">{readingNames[kind]} </span>
                    <span lang={readingLang[kind]}>{entry.word.readings[kind]}</span>
                  </p>
                ) : null,
              )}
              <p className="ui mt-0.5 text-xs text-(--color-muted)">{labels.occurrences(entry.count)}</p>
            </div>
            <div className="mt-2 lg:mt-0">
              <p lang="en" className="leading-relaxed">
                {entry.gloss.en}
              </p>
              <p className="ui mt-1 text-sm text-(--color-muted)">
                <span className="sr-only">{labels.columns.forms} </span>
                {/* Each label stays with its word (a no-break space) and the "·" with the form before it; a line
                    may break between forms and after "/", so two forms of a long word fit 320 px. */}
                {entry.forms.map((form, index) => (
                  <span key={form.variant}>
                    {index > 0 ? '\u00a0· ' : ''}
                    <span className="whitespace-nowrap">
                      {labels.formLabels[getVariant(form.variant).opencc ?? 'cn']}
                      {'\u00a0'}
                      <span lang={getVariant(form.variant).lang} className="text-(--color-ink)">
                        {form.form}
                      </span>
                    </span>
                    {form.regional ? (
                      <>
                        {' / '}
                        <span lang={getVariant(form.variant).lang} className="whitespace-nowrap text-(--color-ink)">
                          {form.regional}
                        </span>
                      </>
                    ) : null}
                  </span>
                ))}
              </p>
            </div>
            <div className="mt-2 lg:mt-0">
              <p className="leading-relaxed">
                <span className="sr-only">{labels.columns.example} </span>
                <Sentence sentence={entry.word.first.sentence} word={entry.word.shown} />
              </p>
              {entry.english ? (
                <details className="ui mt-1 text-sm">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center text-(--color-muted) hover:text-(--color-accent) lg:min-h-0">
                    {labels.columns.english}
                  </summary>
                  <p lang="en" className="mt-1 leading-relaxed text-(--color-muted)">
                    {entry.english}
                  </p>
                </details>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
