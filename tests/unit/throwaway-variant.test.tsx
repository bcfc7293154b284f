/**
 * "Adding a variant is one registry entry plus its labels", proven: a throwaway script variant is added to
 * the registry data alone (and a labels entry), and the site model, essay and theme pages, feeds, sitemap
 * and search records all include it, with no other code touched.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type * as Messages from '@/lib/i18n/messages';
import type * as Model from '@/lib/model';
import type * as Entries from '@/lib/site/variant-entries';
import type { VariantEntry } from '@/lib/site/variants';

const throwaway: VariantEntry = {
  id: 'zh-xx',
  lang: 'zh-Hant-XX',
  opencc: 'hk',
  quotes: 'curly',
  label: '試驗字形',
  short: '試',
  kind: 'script',
  browserLanguages: '^x-test(?:-|$)',
  ogLocale: 'zh_XX',
  script: 'Hant',
};

vi.mock('@/lib/site/variant-entries', async (original) => {
  const { variantEntries } = await original<typeof Entries>();
  // The entry goes in before English, as a script variant would.
  return { variantEntries: [...variantEntries.slice(0, -1), throwaway, variantEntries.at(-1)] };
});
// Its labels: the Taiwan catalogue (a real variant writes its own).
vi.mock('@/lib/i18n/messages', async (original) => {
  const messages = await original<typeof Messages>();
  return { ...messages, getMessages: (id: string) => messages.getMessages(id === 'zh-xx' ? 'zh-hant' : (id as 'en')) };
});

// The variant is not in the VariantId union (it exists only in this test).
const id = 'zh-xx' as 'zh-hant';

describe('a throwaway variant added through the registry alone', () => {
  let model: typeof Model;
  beforeAll(async () => {
    model = await import('@/lib/model');
  });

  test('the registry has it, and / can choose it', async () => {
    const { variants, variantChoices, isScriptVariant } = await import('@/lib/site/variants');
    const { chooseVariant } = await import('@/lib/browser/choose-variant');
    expect(variants.map((v) => v.id)).toContain('zh-xx');
    expect(isScriptVariant(id)).toBe(true);
    expect(chooseVariant(null, ['x-test'], variantChoices())).toBe('zh-xx');
  });

  test('every essay is rendered in it, in its script, with theme links to its own theme pages', () => {
    const articles = model.getArticles(id);
    expect(articles).toHaveLength(model.getArticles('zh-hans').length);
    const essay = articles.find((a) => a.slug === 'ai-race-002')!;
    expect(essay.variant).toBe('zh-xx');
    expect(essay.title).toContain('競速'); // Traditional
    expect(JSON.stringify(essay.body)).toContain('承受着'); // OpenCC hk's 着 (zh-hant: 著)
    const html = JSON.stringify(essay.body);
    expect(html).toContain('/zh-xx/themes/');
    expect(html).toContain('“'); // its own quotation marks (curly), unlike zh-hant
  });

  test('theme views and related reading exist for it', () => {
    const themes = model.getThemes(id);
    expect(themes.length).toBe(model.getThemes('zh-hans').length);
    expect(themes.every((t) => t.essays.length >= 1)).toBe(true);
    expect(model.getRelated('ai-race-002', id).length).toBeGreaterThan(0);
  });

  test('its essay and theme pages render', async () => {
    const { default: ArticlePage, generateStaticParams } = await import('@/app/[variant]/articles/[slug]/page');
    expect(generateStaticParams()).toContainEqual({ variant: 'zh-xx', slug: 'ai-race-002' });
    const page = await ArticlePage({
      params: Promise.resolve({ variant: 'zh-xx', slug: 'ai-race-002' }),
      searchParams: Promise.resolve({}),
    });
    const html = renderToStaticMarkup(page);
    expect(html).toContain('lang="zh-Hant-XX"');
    expect(html).toContain('data-variant-switch="zh-hans"');
    expect(html).toContain('承受着');
    const { default: ThemePage } = await import('@/app/[variant]/themes/[id]/page');
    const theme = renderToStaticMarkup(
      await ThemePage({
        params: Promise.resolve({ variant: 'zh-xx', id: 'involution' }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(theme).toContain('/zh-xx/articles/');
  });

  test('its feed, its sitemap entries with hreflang, and its search text', async () => {
    const { variantFeed } = await import('@/lib/views/feed');
    const feed = variantFeed(id);
    expect(feed).toContain('<language>zh-Hant-XX</language>');
    expect(feed).toContain('/zh-xx/articles/ai-race-002/');
    const { sitemapEntries } = await import('@/lib/views/sitemap');
    const entry = sitemapEntries().find((e) => e.url.endsWith('/zh-xx/articles/ai-race-002/'));
    expect(entry?.alternates?.languages).toHaveProperty('zh-Hant-XX');
    const { searchMetaKey } = await import('@/lib/search/config');
    const { records } = model.getSite().search;
    expect(records.every((r) => typeof r.meta[searchMetaKey('text', id)] === 'string')).toBe(true);
  });
});
