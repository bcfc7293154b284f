import { expect, test } from '@playwright/test';
import { slugs, variantIds, variantLangs } from './helpers';

/**
 * Essay text is set in the font stacks of app/styles/fonts.css: never a bitmap-era Windows font, a CJK sans
 * before the generic family, and actually drawn in one of the stack's CJK fonts with the script's glyph
 * forms (on this project's machines, with Noto CJK installed: Noto Serif CJK SC / TC).
 */
const banned = /simsun|mingliu|宋体|細明體|新細明體/i;
const cjkSans = /microsoft (yahei|jhenghei)|pingfang|noto sans cjk|source han sans/i;

for (const variant of variantIds) {
  test(`${variant}: essay paragraphs use the CJK stack, never SimSun or MingLiU`, async ({ page }) => {
    await page.goto(`/${variant}/articles/${slugs[0]}/`);
    const paragraph = page.locator('.prose-zh p[id^="p-"]').first();
    const stack = await paragraph.evaluate((p) => getComputedStyle(p).fontFamily);
    expect(stack).not.toMatch(banned);
    const families = stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
    const firstSans = families.findIndex((f) => cjkSans.test(f));
    expect(firstSans, stack).toBeGreaterThan(0);
    expect(firstSans, stack).toBeLessThan(families.length - 1);

    // The fonts the text was actually drawn with (DevTools protocol).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '.prose-zh p[id^="p-"]',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const used = fonts.sort((a, b) => b.glyphCount - a.glyphCount).map((f) => f.familyName);
    expect(used.join(', ')).not.toMatch(banned);
    const region = variantLangs[variant] === 'zh-Hans' ? 'SC' : 'TC';
    const stackFonts = new RegExp(
      `^((Noto|Source Han) (Serif|Sans)( CJK)? ${region}|(Songti|PingFang) ${region}|Microsoft (YaHei|JhengHei))$`,
    );
    expect(used[0]).toMatch(stackFonts);
  });
}
