import { describe, expect, test } from 'vitest';
import type { ScriptConverter } from '@/lib/script/overrides';
import type { SearchLanguage } from '@/lib/search/config';
import {
  languagesFor,
  searchAll,
  visibleHits,
  type Group,
  type Pagefind,
  type PagefindResultData,
} from '@/lib/search/engine';
import { parseSearchConfig, serializeSearchConfig, type SearchConfig } from '@/lib/search/page-config';
import { searchRunner, type SearchState } from '@/lib/search/runner';

/** A fake Pagefind: every record comes back for every query (the engine's own matching decides), and asks are counted. */
function fakePagefind(records: PagefindResultData[]): Pagefind & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    options: () => Promise.resolve(),
    search: (query: string) => {
      queries.push(query);
      return Promise.resolve({
        results: records.map((data, i) => ({ id: String(i), data: () => Promise.resolve(data) })),
      });
    },
  };
}

const zhRecord = (n: number, content: string): PagefindResultData => ({
  url: `/articles/essay/#p-${n}`,
  content,
  meta: {
    title_zh_hans: '辞职信',
    title_zh_hant: '辭職信',
    section_zh_hans: '一',
    section_zh_hant: '一',
    text_zh_hant: content.replace('辞职', '辭職').replace('内卷', '內卷'),
  },
});
const enRecord = (n: number, content: string): PagefindResultData => ({
  url: `/articles/essay/#p-${n}`,
  content,
  meta: { title_en: 'Resignation letters', section_en: 'One' },
});

const zh = fakePagefind([
  zhRecord(1, '他写了辞职信。'),
  zhRecord(2, '内卷是一种消耗。'),
  zhRecord(3, '没有关系的段落。'),
  zhRecord(4, '马斯克说。'),
]);
const en = fakePagefind([
  enRecord(1, 'She resigned on Monday.'),
  enRecord(2, 'Involution wears people out.'),
  enRecord(3, 'Musk said so.'),
]);
// A converter that knows two words, enough to show which index gets which script.
const converter: ScriptConverter = (text) => text.replace('辭職', '辞职').replace('內卷', '内卷');
const deps = (indexes: Partial<Record<SearchLanguage, Pagefind | Error>>, variant: 'zh-hant' | 'en' = 'zh-hant') => ({
  variant,
  loadIndex: (language: SearchLanguage) => {
    const index = indexes[language];
    return index instanceof Error || index === undefined
      ? Promise.reject(index ?? new Error(`no ${language}`))
      : Promise.resolve(index);
  },
  converter: () => Promise.resolve(converter),
});

describe('which indexes a query searches', () => {
  test('the page’s own, and the other when the query is written in its script', () => {
    expect(languagesFor('內卷', 'zh')).toEqual(['zh']);
    expect(languagesFor('Musk', 'zh')).toEqual(['zh', 'en']);
    expect(languagesFor('內卷', 'en')).toEqual(['en', 'zh']);
    expect(languagesFor('resigned', 'en')).toEqual(['en']);
  });

  test('a Chinese query on the English page searches both indexes, the Chinese one in Simplified', async () => {
    const outcome = await searchAll('內卷', deps({ zh, en }, 'en'));
    expect(outcome.searched).toEqual(['en', 'zh']);
    expect(zh.queries.at(-1)).toBe('内卷');
    expect(en.queries.at(-1)).toBe('內卷');
    const [group] = outcome.groups;
    expect(group?.language).toBe('zh');
    // Shown in the Chinese original's first variant, linked there.
    expect(group?.hits.map((h) => [h.href, h.lang])).toEqual([['/zh-hans/articles/essay/#p-2', 'zh-Hans']]);
  });

  test('results are shown and linked in the reader’s script, the match marked', async () => {
    const outcome = await searchAll('辭職', deps({ zh }));
    const hit = outcome.groups[0]!.hits[0]!;
    expect(hit.href).toBe('/zh-hant/articles/essay/#p-1');
    expect(hit.title).toBe('辭職信');
    expect(hit.lang).toBe('zh-Hant');
    expect(hit.pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['辭職']);
  });
});

describe('when an index fails', () => {
  test('the other index failing still shows the page’s own results', async () => {
    // "Musk" on a Chinese page: 马斯克 in the page's own index, and the translation's "Musk".
    const both = await searchAll('Musk', deps({ zh, en }));
    expect(both.groups.map((g) => g.language)).toEqual(['zh', 'en']);
    expect(zh.queries.at(-1)).toBe('马斯克');
    const outcome = await searchAll('Musk', deps({ zh, en: new Error('offline') }));
    expect(outcome.searched).toEqual(['zh', 'en']);
    expect(outcome.groups.map((g) => g.language)).toEqual(['zh']);
    expect(outcome.groups[0]!.hits[0]!.href).toBe('/zh-hant/articles/essay/#p-4');
  });

  test('the page’s own index failing fails the search', async () => {
    await expect(searchAll('內卷', deps({ zh: new Error('offline'), en }, 'zh-hant'))).rejects.toThrow('offline');
    await expect(searchAll('Musk', deps({ zh: new Error('offline'), en }, 'zh-hant'))).rejects.toThrow('offline');
  });
});

describe('the order of searches', () => {
  /** A Pagefind whose answers wait until released, to make an older search answer last. */
  function heldPagefind(records: PagefindResultData[]) {
    const inner = fakePagefind(records);
    const held: (() => void)[] = [];
    const pagefind: Pagefind = {
      options: inner.options,
      search: (query) => new Promise((resolve) => held.push(() => resolve(inner.search(query)))),
    };
    return { pagefind, release: (i: number) => held[i]!() };
  }
  const record = (states: SearchState[]) => (state: SearchState) =>
    states.push(state.kind === 'done' ? { ...state, outcome: { ...state.outcome, groups: [] } } : state);

  test('a stale answer (an older search answering last) is ignored', async () => {
    const { pagefind, release } = heldPagefind([zhRecord(1, '他写了辞职信。'), zhRecord(4, '马斯克说。')]);
    const states: SearchState[] = [];
    const queries: string[] = [];
    const run = searchRunner(
      { ...deps({}), loadIndex: () => Promise.resolve(pagefind) },
      { onQuery: (q) => queries.push(q), onState: record(states) },
    );
    const older = run('辭職');
    const newer = run('馬斯克');
    await new Promise((r) => setTimeout(r, 0));
    release(1);
    await newer;
    release(0);
    await older;
    expect(queries).toEqual(['辭職', '馬斯克']);
    expect(states.map((s) => (s.kind === 'done' ? `done ${s.outcome.query}` : s.kind))).toEqual([
      'searching',
      'done 馬斯克',
    ]);
  });

  test('the same query runs once; after a failure it may run again; clearing shows nothing', async () => {
    let offline = true;
    const states: SearchState[] = [];
    const run = searchRunner(
      {
        ...deps({}),
        loadIndex: () => (offline ? Promise.reject(new Error('offline')) : Promise.resolve(zh)),
      },
      { onQuery: () => undefined, onState: record(states) },
    );
    await run('辭職');
    expect(states.map((s) => s.kind)).toEqual(['searching', 'failed']);
    offline = false;
    // After a failure the same query (as typed, spaces aside) runs again.
    await run(' 辭職 ');
    expect(states.map((s) => s.kind)).toEqual(['searching', 'failed', 'searching', 'done']);
    // Asked again (the debounce, then Enter): it does not run twice.
    await run('辭職');
    expect(states).toHaveLength(4);
    // Results shown: the next query shows no "searching" in between; clearing shows nothing.
    await run('內卷');
    await run('');
    expect(states.map((s) => s.kind).slice(4)).toEqual(['done', 'idle']);
  });
});

describe('show more', () => {
  const group = (language: SearchLanguage, n: number): Group => ({
    language,
    partial: false,
    hits: Array.from({ length: n }, (_, i) => ({
      key: `${language}${i}`,
      href: '',
      title: '',
      section: '',
      pieces: [],
      lang: '',
    })),
  });

  test('one budget across the groups, in order', () => {
    const groups = [group('zh', 15), group('en', 30)];
    expect(visibleHits(groups, 20).map((g) => [g.group.language, g.hits.length])).toEqual([
      ['zh', 15],
      ['en', 5],
    ]);
    expect(visibleHits(groups, 40).map((g) => g.hits.length)).toEqual([15, 25]);
    expect(visibleHits(groups, 10).map((g) => [g.group.language, g.hits.length])).toEqual([['zh', 10]]);
  });
});

describe('the page’s config data block', () => {
  const config: SearchConfig = {
    variant: 'zh-hant',
    labels: {
      search: '搜尋',
      searching: '…',
      results: '{count}',
      noResults: '“{query}”',
      showMore: '更多',
      failed: '失敗',
      partial: '“{query}”',
      otherLanguage: { zh: '中文', en: '英文' },
      tryThemes: '主題',
      tryOther: '“{query}”',
    },
    phrases: [{ source: '</script><script>alert(1)</script>', target: '辞职' }],
    locale: 'tw',
    themes: [{ href: '/zh-hant/themes/involution/', name: '內卷' }],
    otherSearch: '/en/search/',
  };

  test('round-trips, and nothing in it can close the <script> it is written in', () => {
    const text = serializeSearchConfig(config);
    expect(text).not.toContain('<');
    expect(parseSearchConfig(text)).toEqual(config);
  });

  test('a block of another shape is refused, naming the field', () => {
    const broken = JSON.parse(serializeSearchConfig(config)) as Record<string, unknown>;
    expect(() => parseSearchConfig(JSON.stringify({ ...broken, locale: 'cn' }))).toThrow(/locale/);
    expect(() => parseSearchConfig(JSON.stringify({ ...broken, phrases: [{ source: 1 }] }))).toThrow(
      /phrases\[0\]\.source/,
    );
    expect(() => parseSearchConfig(JSON.stringify({ ...broken, labels: { search: 'x' } }))).toThrow(/labels\./);
  });
});
