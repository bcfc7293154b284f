import { toString } from 'hast-util-to-string';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { getArticles } from '@/lib/model';
import { bylineText } from '@/lib/views/byline';
import { ContentError } from '@/lib/content/errors';
import { coverPalettes } from '@/lib/covers/palettes';
import { readSitePage, renderSitePage } from '@/lib/pages/load';
import { getVariant, variantIds } from '@/lib/site/variants';

const schema = z.strictObject({ title: z.string() });

function pageDir(zh: string, en: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pages-'));
  mkdirSync(path.join(dir, 'pages'));
  writeFileSync(path.join(dir, 'pages', 'x.md'), zh);
  writeFileSync(path.join(dir, 'pages', 'x.en.md'), en);
  return dir;
}

function problems(dir: string): string[] {
  try {
    readSitePage('x', schema, dir);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('site pages (导读, About)', () => {
  test('render in every variant: Simplified source, Traditional by conversion, English as written', () => {
    const dir = pageDir(
      '---\ntitle: 关于\n---\n\n这里说明简体与繁体的转换。\n',
      '---\ntitle: About\n---\n\nHow the text is converted.\n',
    );
    const page = readSitePage('x', schema, dir);
    const hant = renderSitePage(page, getVariant('zh-hant'));
    expect(hant.title).toBe('關於');
    expect(toString(hant.body)).toContain('這裡說明簡體與繁體的轉換');
    expect(JSON.stringify(renderSitePage(page, getVariant('en')).body)).toContain('How the text is converted.');
  });

  test('Chinese in the English page fails with file:line', () => {
    const dir = pageDir(
      '---\ntitle: 关于\n---\n\n正文。\n',
      '---\ntitle: About\n---\n\nFine.\n\nThen 中文 slips in.\n',
    );
    expect(problems(dir)).toEqual([expect.stringMatching(/x\.en\.md:7:1: Chinese text "中" in an English page/)]);
  });

  test('raw HTML and unsafe links fail in both languages', () => {
    const dir = pageDir(
      '---\ntitle: 关于\n---\n\n<script>alert(1)</script>\n',
      '---\ntitle: About\n---\n\n[x](javascript:alert(1)) and <img src=x onerror=alert(1)>\n',
    );
    const found = problems(dir).join('\n');
    expect(found).toMatch(/x\.md:5:1: raw HTML is not allowed/);
    expect(found).toMatch(/x\.en\.md:5:\d+: unsafe URL scheme "javascript:"/);
    expect(found).toMatch(/x\.en\.md:5:\d+: raw HTML is not allowed/);
  });
});

describe('bylines', () => {
  test.each(variantIds)('never name anyone twice, and say when the source gives no date (%s)', (variant) => {
    for (const article of getArticles(variant)) {
      const text = bylineText(article);
      expect(text.split(article.author).length - 1, text).toBe(1);
      if (article.outlet) expect(text.split(article.outlet).length - 1, text).toBe(1);
      if (!article.date) expect(text).toMatch(variant === 'en' ? /Undated in the original/ : /原文未署日期/);
      expect(text.includes('Translated by'), text).toBe(variant === 'en');
    }
  });
});

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('cover palettes', () => {
  const css = readFileSync(path.join(process.cwd(), 'app/styles/covers.css'), 'utf8');
  test.each(Object.entries(coverPalettes))(
    '%s: CSS equals lib/covers/palettes.ts, type is legible',
    (name, palette) => {
      const block = new RegExp(`\\[data-cover='${name}'\\] \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      expect(block).toContain(`--cover-ground: ${palette.ground};`);
      expect(block).toContain(`--cover-ink: ${palette.ink};`);
      expect(block).toContain(`--cover-accent: ${palette.accent};`);
      expect(contrast(palette.ink, palette.ground)).toBeGreaterThanOrEqual(7);
      expect(contrast(palette.accent, palette.ground)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
