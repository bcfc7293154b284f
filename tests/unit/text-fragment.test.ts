import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { getArticle } from '@/lib/model';
import { getThemes } from '@/lib/model';
import { blockRuns, pageTexts } from '@/lib/model/passage-link';
import {
  directiveParts,
  encodeDirectivePart,
  formatTextDirective,
  fragmentWithText,
  isSafeBoundary,
  type DirectiveParts,
  type TextRun,
} from '@/lib/text/text-fragment';
import { variantIds } from '@/lib/site/variants';

/** The parts of `…:~:text=…` (one directive), decoded. */
function parse(fragment: string): { id: string; parts?: DirectiveParts } {
  const [id, directive] = fragment.split(':~:') as [string, string | undefined];
  if (directive === undefined) return { id };
  const match = /^text=(?:([^,]+)-,)?([^,]+)(?:,-([^,]+))?$/.exec(directive);
  if (!match) throw new Error(`not a text directive: ${directive}`);
  const [, prefix, text, suffix] = match.map((m) => (m === undefined ? undefined : decodeURIComponent(m)));
  return { id, parts: { ...(prefix ? { prefix } : {}), text: text!, ...(suffix ? { suffix } : {}) } };
}

/** Where a directive matches in a text: offsets of its `text` part (case-insensitive, whitespace between parts). */
function matches(text: string, parts: DirectiveParts): number[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `${parts.prefix ? `${esc(parts.prefix)}\\s*` : ''}(${esc(parts.text)})${parts.suffix ? `\\s*${esc(parts.suffix)}` : ''}`,
    'gid',
  );
  return [...text.matchAll(pattern)].map((m) => m.indices![1]![0]);
}

const plain = (text: string): TextRun[] => [{ text, searchable: true }];

describe('encoding', () => {
  test('`-`, `,`, `&` and spaces are percent-encoded, so they cannot be read as directive syntax', () => {
    expect(encodeDirectivePart('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    expect(encodeDirectivePart('“002”模式')).toBe(encodeURIComponent('“002”模式'));
    expect(encodeDirectivePart("it's (so)!")).toBe('it%27s%20%28so%29%21');
    expect(decodeURIComponent(encodeDirectivePart('x-,y,-z&text=w'))).toBe('x-,y,-z&text=w');
  });

  test('prefix-,text,-suffix', () => {
    expect(formatTextDirective({ prefix: 'the', text: 'basic income', suffix: 'idea' })).toBe(
      'text=the-,basic%20income,-idea',
    );
    expect(formatTextDirective({ text: '内卷' })).toBe(`text=${encodeURIComponent('内卷')}`);
    expect(fragmentWithText('p-3', { text: 'a-b' })).toBe('p-3:~:text=a%2Db');
    expect(fragmentWithText('p-3', undefined)).toBe('p-3');
  });
});

describe('word boundaries every segmenter agrees on', () => {
  test.each([
    ['时代|职场', false],
    ['，|职场', true],
    ['AI|时代', true],
    ['2025|年', true],
    ['don|’t', false],
    ['3|.5', false],
    ['end|.', true],
    ['the |word', true],
    ['“|内卷', true],
    ['内卷|”', true],
    ['埃隆|·马斯克', true],
    ['AI|-driven', true],
  ])('%s → %s', (marked, expected) => {
    const at = marked.indexOf('|');
    expect(isSafeBoundary(marked.replace('|', ''), at)).toBe(expected);
  });

  test('the edges of the block are boundaries; an edge beside unknown text only when it separates', () => {
    expect(isSafeBoundary('内卷', 0)).toBe(true);
    expect(isSafeBoundary('内卷', 2)).toBe(true);
    // [2, 6) is searchable; outside it is hidden text.
    expect(isSafeBoundary('xx内卷竞争yy', 2, 2, 6)).toBe(false);
    expect(isSafeBoundary('xx，内卷yy', 2, 2, 5)).toBe(true);
  });
});

describe('directiveParts', () => {
  test('a term found once needs no context if it starts and ends on boundaries; else context up to them', () => {
    const text = '这是关于加班文化的一段话。';
    expect(directiveParts({ runs: plain(text), start: 4, end: 8, elsewhere: [] })).toEqual({
      prefix: '这是关于',
      text: '加班文化',
      suffix: '的一段话',
    });
    const quoted = '这是关于“加班文化”的一段话。';
    expect(directiveParts({ runs: plain(quoted), start: 5, end: 9, elsewhere: [] })).toEqual({ text: '加班文化' });
  });

  test('a repeated term gets the shortest context that makes it unique, starting and ending on boundaries', () => {
    const text = '大家都在“内卷”。为了不被取代，职场“内卷”加剧，“内卷”无处不在。';
    const second = text.indexOf('内卷', 10);
    const parts = directiveParts({ runs: plain(text), start: second, end: second + 2, elsewhere: [] })!;
    expect(parts).toBeDefined();
    expect(matches(text, parts)).toEqual([second]);
    const start = text.indexOf(parts.prefix ?? parts.text);
    expect(isSafeBoundary(text, start)).toBe(true);
  });

  test('English: case-insensitive, whitespace between the parts', () => {
    const text = 'UBI is one idea. Some call ubi a dream; others say UBI works.';
    const last = text.lastIndexOf('UBI');
    const parts = directiveParts({ runs: plain(text), start: last, end: last + 3, elsewhere: [] })!;
    expect(parts).toEqual({ prefix: 'say', text: 'UBI' });
    expect(matches(text.toLowerCase(), { ...parts, prefix: parts.prefix!.toLowerCase(), text: 'ubi' })).toEqual([last]);
  });

  test('text elsewhere on the page forces more context, and can rule a mark out', () => {
    const text = '他说：“内卷”。';
    const start = text.indexOf('内卷');
    expect(directiveParts({ runs: plain(text), start, end: start + 2, elsewhere: [] })).toEqual({ text: '内卷' });
    expect(directiveParts({ runs: plain(text), start, end: start + 2, elsewhere: ['标题：“内卷”'] })).toEqual({
      text: '内卷',
      suffix: '”。',
    });
    expect(directiveParts({ runs: plain(text), start, end: start + 2, elsewhere: ['“内卷”。'] })).toEqual({
      prefix: '：“',
      text: '内卷',
    });
    expect(directiveParts({ runs: plain(text), start, end: start + 2, elsewhere: [text] })).toBeUndefined();
  });

  test('never reaches into or across unsearchable text (a hidden definition, a footnote marker)', () => {
    const runs: TextRun[] = [
      { text: '挺进AGI', searchable: true },
      { text: '（通用人工智能）', searchable: false },
      { text: '的领域。AGI是目标。', searchable: true },
    ];
    const hidden = directiveParts({ runs, start: 5, end: 11, elsewhere: [] });
    expect(hidden).toBeUndefined();
    const whole = runs.map((r) => r.text).join('');
    const second = whole.lastIndexOf('AGI');
    const parts = directiveParts({ runs, start: second, end: second + 3, elsewhere: [] })!;
    expect(parts).toBeDefined();
    expect(`${parts.prefix ?? ''}${parts.text}${parts.suffix ?? ''}`).not.toContain('（');
  });

  test('gives up past maxContext', () => {
    const text = `${'内卷内卷内卷'.repeat(10)}`;
    expect(directiveParts({ runs: plain(text), start: 30, end: 32, elsewhere: [] }, { maxContext: 4 })).toBeUndefined();
  });
});

test('blockRuns: footnote markers, hidden definitions and nested lists are unsearchable; links and emphasis are not', () => {
  const tree = fromHtml(
    '<li id="p-1">一个<a class="theme-link" href="#">内卷</a>的<em>例子</em><sup><a data-footnote-ref href="#fn-1">1</a></sup>，<a class="glossary-term" href="#t"><strong>AGI</strong></a><span data-gloss>（通用人工智能）</span>也是<ul><li id="p-2">子项</li></ul></li>',
    { fragment: true },
  );
  expect(blockRuns(tree.children[0] as Element)).toEqual([
    { text: '一个内卷的例子', searchable: true },
    { text: '1', searchable: false },
    { text: '，AGI', searchable: true },
    { text: '（通用人工智能）', searchable: false },
    { text: '也是', searchable: true },
    { text: '子项', searchable: false },
  ]);
});

describe('every theme passage link on the site', () => {
  test.each(variantIds)(
    '%s: its directive matches once on the page, inside the paragraph, on a theme term',
    (variant) => {
      let withDirective = 0;
      const problems: string[] = [];
      for (const theme of getThemes(variant)) {
        for (const essay of theme.essays) {
          const article = getArticle(essay.slug, variant)!;
          const page = pageTexts(article);
          for (const passage of essay.passages) {
            const { id, parts } = parse(passage.fragment);
            expect(id).toBe(passage.paragraphId);
            if (!parts) continue;
            withDirective += 1;
            const [shown, all] = page.blockTexts.get(id)!;
            const where = `${theme.id} ${essay.slug}#${id} ${decodeURIComponent(passage.fragment)}`;
            if (matches(shown, parts).length !== 1 || matches(all, parts).length !== 1)
              problems.push(`${where}: not once`);
            for (const [other, texts] of page.blockTexts) {
              if (other !== id && texts.some((t) => matches(t, parts).length > 0))
                problems.push(`${where}: also in ${other}`);
            }
            // The marked text is one of the theme's marked words in the passage's excerpt.
            const marked = passage.excerpt.filter((p) => p.mark).map((p) => p.text.toLowerCase());
            if (!marked.includes(parts.text.toLowerCase()))
              problems.push(`${where}: marks “${parts.text}”, not ${marked}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(withDirective).toBeGreaterThan(100);
    },
  );
});
