import { expect, test } from '@playwright/test';
import { variantIds } from './helpers';

for (const variant of variantIds) {
  test(`the 温故智新 essay's 12 citations are real footnotes, both ways, in ${variant}`, async ({ page }) => {
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

    // Forward: a reference lands on the note.
    await refs.nth(4).click();
    await expect(page).toHaveURL(/#fn-1$/);
    await expect(page.locator('#fn-1')).toBeInViewport();
    // Back: the 5th back link lands on the 5th reference.
    await backrefs.nth(4).click();
    await expect(page).toHaveURL(/#fnref-1-5$/);
    await expect(page.locator('#fnref-1-5')).toBeInViewport();

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
