import { expect, test } from '@playwright/test';
import { axe, violationLines, wcagTags } from './axe';
import { settled, slugs, variantIds, watchForErrors } from './helpers';

/**
 * Tap a word (issue 32, point 2), in each Chinese edition: a first visit fetches neither the words nor their
 * island; with a paragraph's readings on, tapping a character opens its word's popover (the word, readings,
 * English, forms, count); → moves to the next word; Escape closes it and focus stays on the word.
 */
test.describe.configure({ timeout: 60_000 });

const slug = slugs.includes('ai-race-002') ? 'ai-race-002' : slugs[0]!;
const block = 'p-3';

for (const variant of variantIds) {
  test(`${variant}: tapping a word with readings on shows its popover; Escape closes it, focus stays @mobile`, async ({
    page,
  }) => {
    const done = watchForErrors(page);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (/words\.json|\/words\.[0-9a-f]+\.js/.test(request.url())) fetched.push(request.url());
    });
    await page.goto(`/${variant}/articles/${slug}/`);
    await settled(page);
    expect(fetched).toEqual([]);

    const control = page.locator(`button[data-readings-for="${block}"]`);
    await control.scrollIntoViewIfNeeded();
    await control.click();
    await expect(page.locator(`#${block}[data-readings]`)).toHaveCount(1);
    expect(fetched).toEqual([]);

    // The paragraph's first character starts a word (硅谷 in this essay's second paragraph).
    const ruby = page.locator(`#${block} ruby.rd`).first();
    await ruby.click();
    const word = page.locator(`#${block} span.wd[aria-expanded="true"]`);
    await expect(word).toHaveCount(1);
    const popover = page.locator(`#${await word.getAttribute('aria-controls')}`);
    await expect(popover).toBeVisible();
    const base = await word.evaluate((el) =>
      [...el.querySelectorAll('ruby.rd')].map((r) => r.firstChild?.textContent ?? '').join(''),
    );
    await expect(popover.locator('span').first()).toHaveText(base);
    await expect(popover.locator('[lang="en"]')).not.toBeEmpty();
    await expect(popover).toContainText(/\d/); // the count
    await expect(word).toBeFocused();
    expect(fetched.some((url) => url.endsWith(`/${variant}/articles/${slug}/words.json`))).toBe(true);

    // The popover stays on the screen, at 360 px too.
    const box = (await popover.boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);

    // The open word and its popover, as a screen reader meets them.
    const audit = await axe(page).include(`#${block}`).withTags(wcagTags).analyze();
    expect(violationLines(audit)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    const next = page.locator(`#${block} span.wd[aria-expanded="true"]`);
    await expect(next).toBeFocused();
    expect(await next.evaluate((el, first) => el.textContent !== first, base)).toBe(true);

    await page.keyboard.press('Escape');
    await expect(page.locator('[data-word-popover]')).toHaveCount(0);
    await expect(page.locator(`#${block} span.wd[aria-expanded="false"]:focus`)).toHaveCount(1);

    // Readings off: the words' spans go with the ruby, the text is as it was.
    await control.click();
    await expect(page.locator(`#${block} span.wd, #${block} ruby`)).toHaveCount(0);
    done();
  });
}

test('from the keyboard: → on a paragraph’s readings control opens its first word; Escape closes it', async ({
  page,
}) => {
  const done = watchForErrors(page);
  await page.goto(`/zh-hans/articles/${slug}/`);
  await settled(page);
  const control = page.locator(`button[data-readings-for="${block}"]`);
  await control.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${block}[data-readings]`)).toHaveCount(1);
  await control.focus();
  await page.keyboard.press('ArrowRight');
  const word = page.locator(`#${block} span.wd[aria-expanded="true"]`);
  await expect(word).toBeFocused();
  await expect(page.locator('[data-word-popover]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-word-popover]')).toHaveCount(0);
  await expect(page.locator(`#${block} span.wd:focus`)).toHaveCount(1);
  done();
});
