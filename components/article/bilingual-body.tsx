import type { Element, Root, RootContent } from 'hast';
import { ArticleBody } from './article-body';

interface BilingualBodyProps {
  chinese: Root;
  /** The English body with `en-` ids, built on the Chinese structure (see lib/translation/render.ts). */
  english: Root;
  chineseLang: string;
  labels: { footnoteGoto: string; glossaryGoto: string; permalink: string; backrefs: (places: number) => string };
}

const blocks = (root: Root) => root.children.filter((n): n is Element => n.type === 'element');
const root = (node: RootContent): Root => ({ type: 'root', children: [node] });

/**
 * 中英对照: each block of the essay beside its English (on wide screens) or followed by it (on phones), row
 * by row, so a paragraph and its translation always line up. The English tree mirrors the Chinese one
 * block for block; only the glossary has no English counterpart (the English defines terms inline), and
 * only the translator's notes no Chinese one.
 */
export function BilingualBody({ chinese, english, chineseLang, labels }: BilingualBodyProps) {
  const en = blocks(english);
  let next = 0;
  const rows: { zh?: Element; en?: Element }[] = blocks(chinese).map((zh) => {
    const pair = zh.properties.dataGlossary !== undefined ? undefined : en[next++];
    return { zh, en: pair };
  });
  // What the English has after the essay's end: the translator's notes, beside nothing.
  for (const rest of en.slice(next)) rows.push({ en: rest });
  const body = (tree: Root) => (
    <ArticleBody
      tree={tree}
      footnoteGotoLabel={labels.footnoteGoto}
      glossaryGotoLabel={labels.glossaryGoto}
      permalinkLabel={labels.permalink}
      backrefsLabel={labels.backrefs}
      lang={chineseLang}
    />
  );
  return (
    <div data-bilingual="">
      {rows.map(({ zh, en: pair }, i) => (
        <div
          key={String(zh?.properties.id ?? pair?.properties.id ?? i)}
          className={zh ? 'bi-row' : 'bi-row bi-en-only'}
        >
          {zh ? (
            // No `lang`: the page is in this language (`chineseLang` is its <html lang>); 73 attributes less on
            // the longest essay, whose 中英对照 page is at its 60 KB first-visit budget.
            <div className="bi-zh">{body(root(zh))}</div>
          ) : null}
          {pair ? (
            <div lang="en" className="bi-en">
              {body(root(pair))}
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
