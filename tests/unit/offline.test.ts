import { describe, expect, it } from 'vitest';
import {
  allGroups,
  cacheKey,
  editionGroups,
  editionOf,
  entriesOf,
  groupOf,
  precacheIgnores,
  precacheUrl,
  type Precache,
} from '@/lib/offline/precache';
import { manifestPath, webManifest, webManifests } from '@/lib/offline/web-manifest';
import { variantIds } from '@/lib/site/variants';

describe('the precache list per edition', () => {
  it('puts each file in its edition, the search indexes or shared', () => {
    expect(groupOf('/zh-hans/articles/ai-race-002/')).toBe('zh-hans');
    expect(groupOf('/zh-hans/articles/ai-race-002/bilingual/')).toBe('zh-hans');
    expect(groupOf('/zh-hk/manifest.webmanifest')).toBe('zh-hk');
    expect(groupOf('/en/themes/')).toBe('en');
    expect(groupOf('/pagefind/pagefind.js')).toBe('search');
    expect(groupOf('/pagefind-en/fragment/en_1.pf_fragment')).toBe('search');
    for (const url of ['/', '/404.html', '/_islands/islands.abc.js', '/_next/static/css/a.css', '/icons/icon-192.png'])
      expect(groupOf(url), url).toBe('shared');
    // A folder named like an edition's prefix is not that edition.
    expect(groupOf('/zh-hansx/a')).toBe('shared');
  });

  it('names pages as readers request them', () => {
    expect(precacheUrl('zh-hans/about/index.html')).toBe('/zh-hans/about/');
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('_islands/islands.abc.js')).toBe('/_islands/islands.abc.js');
  });

  it('keeps the reader edition and shared after a first visit, every group on request', () => {
    const precache: Precache = {
      build: 'b',
      entries: [
        { url: '/', revision: '1', size: 1, group: 'shared' },
        { url: '/zh-hans/', revision: '2', size: 1, group: 'zh-hans' },
        { url: '/zh-hk/', revision: '3', size: 1, group: 'zh-hk' },
        { url: '/pagefind/pagefind.js', revision: '4', size: 1, group: 'search' },
      ],
    };
    expect(entriesOf(precache, editionGroups('zh-hk')).map((e) => e.url)).toEqual(['/', '/zh-hk/']);
    expect(entriesOf(precache, allGroups)).toHaveLength(4);
    expect(allGroups).toEqual([...variantIds, 'shared', 'search']);
    expect(editionOf('/zh-hk/articles/x/')).toBe('zh-hk');
    expect(editionOf('/')).toBeUndefined();
  });

  it('keys a file by its revision, so two builds never share a copy', () => {
    expect(cacheKey({ url: '/zh-hans/', revision: 'abc' })).toBe('/zh-hans/?__rev=abc');
    expect(cacheKey({ url: '/a', revision: 'x' })).not.toBe(cacheKey({ url: '/a', revision: 'y' }));
  });

  it('leaves out what is not read: compressed copies, EPUBs, share images, host config, the worker', () => {
    for (const glob of ['**/*.br', '**/*.gz', '**/*.epub', '**/*-vocabulary.tsv', 'share/**', '_headers', 'sw.js'])
      expect(precacheIgnores).toContain(glob);
  });
});

describe('the web app manifests', () => {
  it('one per edition, in its language, starting at its front page, with 192, 512 and maskable icons', () => {
    const hk = webManifest('zh-hk');
    expect(hk).toMatchObject({ lang: 'zh-Hant-HK', start_url: '/zh-hk/', scope: '/', display: 'standalone', id: '/' });
    expect(hk.name).toBe('AI 與工作 · 雙語讀本');
    expect(hk.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(webManifest('en').name).toBe('AI and Work · A Bilingual Reader');
    expect(webManifest().start_url).toBe('/');
    expect(webManifests().map((m) => m.path)).toEqual([
      'manifest.webmanifest',
      ...variantIds.map((id) => `${id}/manifest.webmanifest`),
    ]);
    expect(manifestPath('zh-hans')).toBe('/zh-hans/manifest.webmanifest');
  });
});
