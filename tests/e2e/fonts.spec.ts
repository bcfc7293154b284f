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

/**
 * The punctuation-only faces (app/styles/fonts.css) draw Chinese quotes from the CJK font even when a Latin
 * font that has curly quotes leads the stack, as Iowan Old Style does on Apple devices: here DejaVu Serif
 * stands in for it, and the compressed quote after a full-width mark must still come from Noto Serif CJK, and
 * the face must have been found (local()) and loaded.
 */
for (const variant of variantIds) {
  test(`${variant}: quotes come from the CJK font even behind a Latin font that has them`, async ({ page }) => {
    await page.goto(`/${variant}/articles/ai-strike-human-involution/`);
    const region = variantLangs[variant] === 'zh-Hans' ? 'SC' : 'TC';
    const quote = variant === 'zh-hans' ? '“' : '「';
    const probe = page.locator('.prose-zh p[id^="p-"] pq-s', { hasText: quote }).first();
    await expect(probe).toBeAttached();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const usedFont = async () => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.prose-zh pq-s' });
      for (const nodeId of nodeIds) {
        const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1 });
        if (node.children?.[0]?.nodeValue !== quote) continue;
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        return fonts.map((f) => f.familyName).join(', ');
      }
      return 'no quote found';
    };
    expect(await usedFont()).toBe(`Noto Serif CJK ${region}`);
    // A Latin font with curly quotes ahead of the CJK fonts, after the punctuation face, as on a Mac.
    // (Set through the CSSOM, which the site's Content-Security-Policy allows, unlike a <style> element.)
    const setStack = (stack: string) =>
      page.evaluate(async (value) => {
        for (const p of document.querySelectorAll<HTMLElement>('.prose-zh p'))
          p.style.setProperty('font-family', value, 'important');
        await document.fonts.ready;
      }, stack);
    await setStack(`'CJK Punctuation ${region}', 'DejaVu Serif', 'Noto Serif CJK ${region}'`);
    if (variant === 'zh-hans') expect(await usedFont()).toBe(`Noto Serif CJK ${region}`);
    // The face itself was found on the system (local()) and used: Chromium alone would also pick the CJK font
    // for a quote in Chinese text, so the face's own status is what tells it is there for Safari.
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.includes('CJK Punctuation')).map((f) => f.status),
    );
    if (variant === 'zh-hans') expect(faces).toContain('loaded'); // Traditional text quotes with 「」
  });
}
