/**
 * The service worker's list of what it keeps (lib/offline/precache.ts, written into sw.js by
 * scripts/postbuild/service-worker.ts), read from the built sw.js: every page of every edition is in its
 * edition's group, under the URL a reader requests, with the bytes the build has. With this, the browser test
 * (tests/e2e/offline.spec.ts) reads every page offline in one edition and a page of each kind in the others:
 * the worker's code is the same for every edition, and the list, which is what differs, is checked here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { variantIds } from '@/lib/site/variants';
import { builtPages, fileFor, outDir } from './built-site';

interface Entry {
  readonly url: string;
  readonly revision: string;
  readonly size: number;
  readonly group: string;
}

/** The entries as esbuild wrote them into sw.js (`{url:"/",revision:"…",size:7127,group:"shared"}`). */
function precacheEntries(): Entry[] {
  const js = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  const list = /entries:\[(.*?)\]\}/s.exec(js)?.[1];
  if (!list) throw new Error('sw.js: no precache entries found');
  const entries = [...list.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]+)",size:(\d+),group:"([\w-]+)"\}/g)].map(
    ([, url, revision, size, group]) => ({ url: url!, revision: revision!, size: Number(size), group: group! }),
  );
  // Every entry was read: none was skipped by a pattern that no longer fits what esbuild writes.
  expect(entries.length).toBe(list.split('{url:').length - 1);
  return entries;
}

test('every page of every edition is kept in its edition’s group, with the built bytes', () => {
  const entries = precacheEntries();
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  for (const edition of variantIds) {
    const pages = builtPages().filter((p) => p.startsWith(`/${edition}/`));
    expect(pages.length, edition).toBeGreaterThan(15);
    for (const url of pages) {
      const entry = byUrl.get(url);
      expect(entry, `${url} is not in sw.js`).toBeDefined();
      expect(entry!.group, url).toBe(edition);
      const bytes = readFileSync(fileFor(url)!);
      expect(entry!.size, url).toBe(bytes.length);
      // workbox-build's revision: the MD5 of the file.
      expect(entry!.revision, url).toBe(createHash('md5').update(bytes).digest('hex'));
    }
    // And nothing of another edition in this one's group.
    for (const entry of entries.filter((e) => e.group === edition))
      expect(entry.url.startsWith(`/${edition}/`)).toBe(true);
  }
  // What every edition needs: `/`, the 404 page and the islands, kept with each edition.
  for (const url of ['/', '/404.html']) expect(byUrl.get(url)?.group, url).toBe('shared');
  expect(entries.some((e) => e.url.startsWith('/_islands/islands.') && e.group === 'shared')).toBe(true);
});
