import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { maxThemeLinksPerParagraph } from '@/lib/markdown/rehype-theme-links';
import { getSite } from '@/lib/model';
import { variantIds, type VariantId } from '@/lib/site/variants';

/** Every rendered body of the site: each variant's essays, and the English column of 中英对照. */
function bodies(): { name: string; variant: VariantId; slug: string; body: Root }[] {
  return variantIds.flatMap((variant) =>
    getSite()
      .variants.get(variant)!
      .articles.flatMap((a) => [
        { name: `${variant} ${a.slug}`, variant, slug: a.slug, body: a.body },
        ...(a.translation
          ? [{ name: `${variant} ${a.slug} (中英对照)`, variant, slug: a.slug, body: a.translation.body }]
          : []),
      ]),
  );
}

/** Elements of a tree, in document order, that satisfy `keep`. */
function elements(node: Root | Element, keep: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (e: Element) => {
    if (keep(e)) found.push(e);
  });
  return found;
}
const isThemeLink = (e: Element) =>
  e.tagName === 'a' && Array.isArray(e.properties.className) && e.properties.className.includes('theme-link');
const links = (node: Root | Element) => elements(node, isThemeLink);
const paragraphs = (body: Root) =>
  elements(body, (e) => (e.tagName === 'p' || e.tagName === 'li') && /^(en-)?p-\d+$/.test(String(e.properties.id)));

describe('theme links in every variant', () => {
  test(`no paragraph carries more than ${maxThemeLinksPerParagraph} theme links`, () => {
    const crowded = bodies().flatMap(({ name, body }) =>
      paragraphs(body)
        .filter((p) => links(p).length > maxThemeLinksPerParagraph)
        .map((p) => `${name} #${String(p.properties.id)}: ${links(p).length}`),
    );
    expect(crowded).toEqual([]);
  });

  test('at most one link per theme per section', () => {
    const repeated: string[] = [];
    for (const { name, body } of bodies()) {
      let seen = new Set<string>();
      for (const node of elements(body, (e) => e.tagName === 'h2' || isThemeLink(e))) {
        if (node.tagName === 'h2') seen = new Set();
        else {
          const theme = String(node.properties.dataTopic);
          if (seen.has(theme)) repeated.push(`${name}: ${theme} (${toString(node)})`);
          seen.add(theme);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  test('the wrong targets the review found link to no theme or the right one', () => {
    const wrong = bodies().flatMap(({ name, body }) =>
      links(body)
        .filter((a) => {
          const text = toString(a).toLowerCase();
          const theme = String(a.properties.dataTopic);
          return (
            // Cursor refusing to write code is not a resignation; burnout is overwork.
            (/罢工|罷工/.test(text) && theme === 'ai-resignations') ||
            (/工作倦怠/.test(text) && theme !== 'overwork') ||
            // Stemming must not turn "government" into governance (AI safety).
            (/^government/.test(text) && theme === 'ai-safety-alignment') ||
            // Cognitive or filter bubbles, and the South Sea Bubble, are not the AI bubble.
            (theme === 'ai-bubble' &&
              /bubble/.test(text) &&
              /cognitive|filter|south sea/i.test(toString(paragraphOf(body, a))))
          );
        })
        .map((a) => `${name}: ${toString(a)} → ${String(a.properties.dataTopic)}`),
    );
    expect(wrong).toEqual([]);
  });

  test('English links only where the Chinese paragraph mentions the theme', () => {
    const site = getSite();
    const en = site.variants.get('en')!.articles;
    const zh = site.variants.get('zh-hans')!.articles;
    const stray = en.flatMap((article) => {
      const mentioned = new Set(
        zh.find((a) => a.slug === article.slug)!.mentions.map((m) => `${m.themeId} ${m.paragraphId}`),
      );
      return paragraphs(article.body).flatMap((p) =>
        links(p)
          .filter((a) => !mentioned.has(`${String(a.properties.dataTopic)} ${String(p.properties.id)}`))
          .map((a) => `${article.slug} #${String(p.properties.id)}: ${toString(a)}`),
      );
    });
    expect(stray).toEqual([]);
    // The paragraph about cognitive bubbles has no Chinese mention of the AI bubble, so no link.
    const cognitive = paragraphs(en.find((a) => a.slug === 'accelerated-computing-era')!.body).find((p) =>
      /Cognitive bubbles/.test(toString(p)),
    )!;
    expect(links(cognitive).map((a) => a.properties.dataTopic)).not.toContain('ai-bubble');
  });

  test('chips and the map count mentions, not links', () => {
    const article = getSite()
      .variants.get('zh-hans')!
      .articles.find((a) => a.slug === 'ai-strike-human-involution')!;
    const involution = article.themeCounts.find((c) => c.id === 'involution')!;
    expect(involution.count).toBe(article.mentions.filter((m) => m.themeId === 'involution').length);
    expect(involution.count).toBeGreaterThan(
      links(article.body).filter((a) => a.properties.dataTopic === 'involution').length,
    );
  });
});

function paragraphOf(body: Root, link: Element): Element {
  return paragraphs(body).find((p) => links(p).includes(link))!;
}
