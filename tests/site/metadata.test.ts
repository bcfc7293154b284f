import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { builtPages, fileFor, outDir, pageTree } from './built-site';
import { getVariant, variants } from '@/lib/site/variants';
import { slugs } from './site-facts';

/** An XML parser as a browser has it (jsdom's DOMParser: a malformed file gives a <parsererror>). */
const { DOMParser } = new JSDOM('').window;

// Reads `out/` directly. The base URL is the default `SITE_URL` (README): absolute URLs are mapped back
// to files of the build.
const base = 'http://localhost:3000';
const pathOf = (url: string) => {
  expect(url.startsWith(base), `${url} is on ${base}`).toBe(true);
  return url.slice(base.length);
};
const pages = builtPages().filter((p) => p !== '/404.html' && !p.startsWith('/_not-found') && !p.startsWith('/404/'));

function head(page: string) {
  const links: { rel: string; href: string; hreflang: string; type: string }[] = [];
  const metas: Record<string, string> = {};
  const jsonLd: unknown[] = [];
  visit(pageTree(page), 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'link')
      links.push({
        rel: String(p.rel ?? ''),
        href: String(p.href),
        hreflang: String(p.hrefLang ?? ''),
        type: String(p.type ?? ''),
      });
    if (node.tagName === 'meta' && (p.property || p.name)) metas[String(p.property ?? p.name)] = String(p.content);
    if (node.tagName === 'script' && p.type === 'application/ld+json') {
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      jsonLd.push(JSON.parse(text));
    }
  });
  return { links, metas, jsonLd };
}

test('every page links its tab icon, its edition’s manifest and the home-screen icon, once each, to files the build has', () => {
  // The not-found page (app/global-not-found.tsx) has the tab icon only: it is no page to install.
  expect(
    head('/404.html')
      .links.filter((l) => l.rel === 'icon')
      .map((l) => l.href.split('?')[0]),
  ).toEqual(['/icon.svg']);
  for (const page of pages) {
    const { links } = head(page);
    const edition = variants.find((v) => page.startsWith(`/${v.id}/`))?.id;
    for (const [rel, href] of [
      ['icon', '/icon.svg'],
      ['apple-touch-icon', '/icons/apple-touch-icon.png'],
      ['manifest', edition ? `/${edition}/manifest.webmanifest` : '/manifest.webmanifest'],
    ] as const) {
      const found = links.filter((l) => l.rel === rel);
      expect(
        found.map((l) => l.href),
        `${page} ${rel}`,
      ).toEqual([href]);
      expect(existsSync(path.join(outDir, href)), `${page} → ${href}`).toBe(true);
    }
  }
});

test('every page has a canonical URL and hreflang alternates (every variant that has it, x-default) that exist', () => {
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) {
    const { links } = head(page);
    const canonical = links.filter((l) => l.rel === 'canonical');
    expect(canonical, page).toHaveLength(1);
    expect(pathOf(canonical[0]!.href), page).toBe(page);
    const alternates = Object.fromEntries(
      links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, pathOf(l.href)]),
    );
    // Every variant that has this page is an alternate (中英对照 exists only in Chinese).
    const sub = page === '/' ? '' : page.split('/').slice(2).join('/');
    const having = variants.filter((v) => v.kind === 'script' || fileFor(`/${v.id}/${sub}`));
    const expected = ['x-default', ...having.map((v) => v.lang)].sort();
    expect(Object.keys(alternates).sort(), page).toEqual(expected);
    for (const path of Object.values(alternates)) expect(fileFor(path), `${page} → ${path}`).toBeDefined();
    if (page !== '/') for (const v of having) expect(alternates[v.lang]).toBe(`/${v.id}/${sub}`);
  }
});

test('every variant page links its feed and carries Open Graph and Twitter card data', () => {
  for (const page of pages.filter((p) => p !== '/')) {
    const variant = page.split('/')[1]!;
    const { links, metas } = head(page);
    const feed = links.find((l) => l.rel === 'alternate' && l.type === 'application/rss+xml');
    expect(feed && pathOf(feed.href), page).toBe(`/${variant}/feed.xml`);
    for (const key of [
      'og:title',
      'og:description',
      'og:site_name',
      'og:url',
      'og:locale',
      'og:type',
      'twitter:card',
      'twitter:title',
      'description',
    ]) {
      expect(metas[key], `${page} ${key}`).toBeTruthy();
    }
    expect(pathOf(metas['og:url'] ?? '')).toBe(page);
  }
});

test('/ and the 404 page link both feeds', () => {
  for (const page of ['/', '/404.html']) {
    const feeds = head(page)
      .links.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml')
      .map((l) => pathOf(l.href));
    expect(feeds, page).toEqual(variants.map((v) => `/${v.id}/feed.xml`));
  }
});

test('essay pages carry article metadata and JSON-LD Article data', () => {
  for (const variant of variants.map((v) => v.id)) {
    for (const slug of slugs) {
      const page = `/${variant}/articles/${slug}/`;
      const { metas, jsonLd } = head(page);
      expect(metas['og:type']).toBe('article');
      expect(metas['article:author'], page).toBeTruthy();
      const [data] = jsonLd as Record<string, unknown>[];
      expect(data?.['@type']).toBe('Article');
      expect(data?.inLanguage).toBe(getVariant(variant).lang);
      expect(pathOf(String(data?.url))).toBe(page);
      // The h1's text: a Chinese title carries <wbr> between its words, which have no text.
      let title: string | undefined;
      visit(pageTree(page), 'element', (node: Element) => {
        if (node.tagName === 'h1') title ??= hastToString(node);
      });
      expect(data?.headline).toBe(title);
      expect(metas['og:title']?.startsWith(title!)).toBe(true);
    }
  }
  const dated = head('/zh-hans/articles/accelerated-computing-era/');
  expect(dated.metas['article:published_time']).toBe('2025-11-05');
  expect((dated.jsonLd[0] as Record<string, unknown>).datePublished).toBe('2025-11-05');
});

for (const variant of variants.map((v) => v.id)) {
  test(`the ${variant} feed is valid RSS listing every essay`, () => {
    const xml = readFileSync(`${outDir}/${variant}/feed.xml`, 'utf8');
    const parsed = ((text: string) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        language: doc.querySelector('channel > language')?.textContent,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
          description: item.querySelector('description')?.textContent ?? '',
        })),
      };
    })(xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('rss');
    expect(parsed.version).toBe('2.0');
    expect(parsed.language).toBe(getVariant(variant).lang);
    expect(parsed.items.map((i) => pathOf(i.link).split('/')[3]).sort()).toEqual([...slugs].sort());
    for (const item of parsed.items) {
      expect(fileFor(pathOf(item.link))).toBeDefined();
      expect(item.title.length).toBeGreaterThan(5);
      expect(item.description.length).toBeGreaterThan(20);
    }
  });
}

test('the sitemap lists every built page (except search, 中英对照, vocabularies and 404) with its alternates, and robots.txt points to it', () => {
  const xml = readFileSync(`${outDir}/sitemap.xml`, 'utf8');
  const entries = ((text: string) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.getElementsByTagName('url')].map((url) => ({
      loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
      alternates: [...url.getElementsByTagName('xhtml:link')].map((l) => l.getAttribute('hreflang')),
    }));
  })(xml);
  expect(entries).not.toBeNull();
  const listed = entries!.map((e) => pathOf(e.loc)).sort();
  const expected = pages
    .filter((p) => !p.includes('/search/') && !p.endsWith('/bilingual/') && !p.endsWith('/vocabulary/'))
    .sort();
  expect(listed).toEqual(expected);
  for (const entry of entries!)
    expect(entry.alternates.sort()).toEqual(['x-default', ...variants.map((v) => v.lang)].sort());
  const robots = readFileSync(`${outDir}/robots.txt`, 'utf8');
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
});
