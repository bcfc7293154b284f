import { expect, test } from '@playwright/test';
import { bookPath } from '@/lib/epub/books';
import { isScriptVariant, variants } from '@/lib/site/variants';

/**
 * The links to the EPUB books (lib/epub): on every edition's essay page ("About this essay"), 中英对照 page and
 * front page, at a phone's and a desktop's width: a tap target of 44 px inside the page's width, its size in KB
 * (and 直排 for the vertical Traditional books), and a book that downloads as application/epub+zip.
 */
const slug = 'ai-race-002';

for (const width of [360, 1440])
  test(`@mobile the EPUB links at ${width} px: sized, a tap target, inside the page, a book behind each`, async ({
    page,
    request,
  }, info) => {
    // The phone at 360 px, the desktop at 1440 px: each project its own width.
    test.skip((info.project.name === 'mobile') !== (width === 360), 'the other project runs this width');
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    for (const variant of variants) {
      const pages: [string, string][] = [
        [`/${variant.id}/articles/${slug}/`, bookPath(variant.id, 'essay', slug)],
        [`/${variant.id}/`, bookPath(variant.id, 'collection')],
        ...(isScriptVariant(variant.id)
          ? [[`/${variant.id}/articles/${slug}/bilingual/`, bookPath(variant.id, 'pairs', slug)] as [string, string]]
          : []),
      ];
      for (const [url, book] of pages) {
        await page.goto(url);
        const link = page.locator(`a[href="${book}"]`);
        await expect(link, url).toHaveCount(1);
        await link.scrollIntoViewIfNeeded();
        const box = (await link.boundingBox())!;
        expect(box.height, url).toBeGreaterThanOrEqual(44);
        expect(box.x, url).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, url).toBeLessThanOrEqual(width);
        const text = await link.innerText();
        expect(text, url).toMatch(/\d+ KB/);
        const vertical = variant.script === 'Hant' && !url.endsWith('/bilingual/');
        expect(text.includes('直排'), `${url}: ${text}`).toBe(vertical);
        const response = await request.get(book);
        expect(response.status(), book).toBe(200);
        expect(response.headers()['content-type'], book).toBe('application/epub+zip');
        const kb = Math.max(1, Math.round((await response.body()).length / 1024));
        expect(text, url).toContain(`${kb} KB`);
      }
    }
  });
