import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { WordBreaks } from '@/components/typesetting/word-breaks';

test('puts <wbr> between the words of a Chinese title and beside its quotes, compresses its punctuation; the text is unchanged', () => {
  const html = renderToStaticMarkup(<WordBreaks text="从“996”到“002”：硅谷工作文化" />);
  expect(html).toBe('从<wbr/>“996”<wbr/>到<wbr/>“002<pq-e>”</pq-e>：硅谷<wbr/>工作<wbr/>文化');
  expect(html.replaceAll('<wbr/>', '').replace(/<\/?pq-[seh]>/g, '')).toBe('从“996”到“002”：硅谷工作文化');
});

test('leaves an English title as it is', () => {
  expect(renderToStaticMarkup(<WordBreaks text="The AI race: “002”" />)).toBe('The AI race: “002”');
});
