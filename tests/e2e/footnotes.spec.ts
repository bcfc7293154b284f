import { expect, test } from '@playwright/test';
import { variantIds } from './helpers';

for (const variant of variantIds) {
  test(`the 温故智新 essay's 12 citations are real footnotes, both ways, in ${variant}`, async ({ page }) => {
    // The page's timers run on a test clock: the popover's hover delay passes when the test says so.
    await page.clock.install();
    await page.goto(`/${variant}/articles/ai-race-002/`);
    const refs = page.locator('main a[data-footnote-ref]');
    await expect(refs).toHaveCount(12);
    for (const href of await refs.evaluateAll((els) => els.map((el) => el.getAttribute('href')))) {
      expect(href).toBe('#fn-1');
    }
    const backrefs = page.locator('#fn-1 a[data-footnote-backref]');
    await expect(backrefs).toHaveCount(12);
    const targets = await backrefs.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    const refIds = await refs.evaluateAll((els) => els.map((el) => `#${el.id}`));
    expect(targets.sort()).toEqual(refIds.sort());

    // Hover shows the note in a popover; Escape closes it.
    await refs.nth(4).hover();
    const popover = page.locator('[data-note-popover]');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(variant === 'zh-hans' ? '极限模式' : '極限模式');
    await expect(popover).not.toContainText('↑');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    // A click pins it open (the mouse may leave); a click elsewhere closes it.
    await refs.nth(2).click();
    await page.mouse.move(5, 5);
    await page.clock.runFor(400); // past the 250 ms a hovered popover waits before it closes
    await expect(popover).toBeVisible();
    await expect(refs.nth(2)).toHaveAttribute('aria-expanded', 'true');
    await page.locator('main h1').click();
    await expect(popover).toBeHidden();
    // Keyboard: focus + Enter opens it, Escape closes it and keeps focus on the reference.
    await refs.nth(4).focus();
    await page.keyboard.press('Enter');
    await expect(refs.nth(4)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(popover.locator('a')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(refs.nth(4)).toBeFocused();
    // The popover's link lands on the note.
    await page.keyboard.press('Enter');
    await popover.locator('a').click();
    await expect(page).toHaveURL(/#fn-1$/);
    await expect(page.locator('#fn-1')).toBeInViewport();
    // Back: the 12 back links are one control, "↑ 返回正文（12 处引用）" (issue 28); its 5th place lands on the 5th reference.
    const back = page.locator('#fn-1 details.backrefs > summary');
    await expect(back).toHaveText(variant === 'zh-hans' ? '↑ 返回正文（12 处引用）' : '↑ 返回正文（12 處引用）');
    await expect(backrefs.first()).toBeHidden();
    await back.click();
    await expect(backrefs.nth(4)).toHaveText('5');
    await backrefs.nth(4).click();
    await expect(page).toHaveURL(/#fnref-1-5$/);
    await expect(page.locator('#fnref-1-5')).toBeInViewport();
    // Which of the twelve marks the reader came back to: its paragraph is marked as a shared passage is.
    const marked = page.locator('main .prose-zh :is(p, li)').filter({ has: page.locator('#fnref-1-5') });
    await expect(marked).toHaveCSS('box-shadow', /inset/);
    await expect(page.locator('main .prose-zh :is(p, li)').filter({ has: page.locator('#fnref-1-4') })).toHaveCSS(
      'box-shadow',
      'none',
    );

    // The label is localized; no scraped ↩︎ or bare citation digit is left in the text.
    await expect(page.locator('#footnote-label')).toHaveText(variant === 'zh-hans' ? '注释' : '註釋');
    const text = await page.locator('main .prose-zh').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('sup, section[data-footnotes]').forEach((n) => n.remove());
      return clone.textContent ?? '';
    });
    expect(text).not.toContain('↩');
    expect(text).not.toMatch(/[\p{Script=Han}”」]1(?=[，。、；：！？]|$)/mu);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('a tapped footnote opens inside the screen and a tap elsewhere closes it', async ({ page }) => {
    await page.goto('/zh-hans/articles/ai-race-002/');
    const refs = page.locator('main a[data-footnote-ref]');
    const popover = page.locator('[data-note-popover]');
    const width = page.viewportSize()!.width;
    for (const i of [0, 5, 11]) {
      await refs.nth(i).scrollIntoViewIfNeeded();
      await refs.nth(i).tap();
      await expect(popover).toBeVisible();
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await page.locator('main h1').tap();
      await expect(popover).toBeHidden();
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a footnote reference is a plain link to the note, and back', async ({ page }) => {
    await page.goto('/zh-hant/articles/ai-race-002/');
    await page.locator('main a[data-footnote-ref]').nth(2).click();
    await expect(page).toHaveURL(/#fn-1$/);
    await page.locator('#fn-1 details.backrefs > summary').click();
    await page.locator('#fn-1 a[data-footnote-backref]').nth(2).click();
    await expect(page).toHaveURL(/#fnref-1-3$/);
  });
});
