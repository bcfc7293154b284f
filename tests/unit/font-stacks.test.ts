import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, test } from 'vitest';

/**
 * The Chinese font stacks (app/styles/fonts.css; reasons in docs/decisions.md): no bitmap-era Windows
 * font anywhere in the site's CSS, and the body stacks put a good serif first and the platform's CJK sans
 * before the generic family, so a system without a CJK serif gets a CJK sans, never SimSun or MingLiU.
 */
const app = path.join(process.cwd(), 'app');
const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });

const banned = /simsun|nsimsun|mingliu|pmingliu|宋体|新宋体|細明體|新細明體/i;
const cjkSans = /^(microsoft (yahei|jhenghei)|pingfang (sc|tc)|noto sans cjk (sc|tc)|source han sans (sc|tc))$/i;
const cjkSerif = /^(source han serif|noto serif cjk|noto serif (sc|tc)|songti)/i;
const generic = /^(serif|sans-serif|system-ui|ui-serif|ui-sans-serif)$/;

test('no CSS declaration names SimSun, NSimSun, MingLiU or PMingLiU', () => {
  const files = cssFiles(app);
  expect(files.length).toBeGreaterThan(2);
  for (const file of files)
    postcss.parse(readFileSync(file, 'utf8')).walkDecls((decl) => {
      expect(`${decl.prop}: ${decl.value}`, file).not.toMatch(banned);
    });
});

test('globals.css imports the font stacks and the typesetting rules', () => {
  const globals = readFileSync(path.join(app, 'globals.css'), 'utf8');
  expect(globals).toContain("@import './styles/fonts.css';");
  expect(globals).toContain("@import './styles/typesetting.css';");
});

describe.each([':lang(zh-Hans)', ':lang(zh-Hant)'])('the body stack for %s', (selector) => {
  const root = postcss.parse(readFileSync(path.join(app, 'styles', 'fonts.css'), 'utf8'));
  let families: string[] = [];
  root.walkRules((rule: Rule) => {
    if (rule.selector !== selector) return;
    rule.walkDecls('font-family', (decl) => {
      families = decl.value.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
    });
  });

  test('starts with the punctuation-only CJK face of its script, declared from local CJK fonts', () => {
    const region = selector.includes('Hans') ? 'SC' : 'TC';
    expect(families[0]).toBe(`CJK Punctuation ${region}`);
    const faces: { weight: string; src: string; range: string }[] = [];
    root.walkAtRules('font-face', (rule) => {
      const value = (prop: string) => rule.nodes?.find((n) => n.type === 'decl' && n.prop === prop);
      const family = value('font-family');
      if (family?.type !== 'decl' || !family.value.includes(`CJK Punctuation ${region}`)) return;
      const [weight, src, range] = ['font-weight', 'src', 'unicode-range'].map((prop) => {
        const decl = value(prop);
        return decl?.type === 'decl' ? decl.value : '';
      });
      faces.push({ weight: weight!, src: src!, range: range! });
    });
    expect(faces.map((f) => f.weight).sort()).toEqual(['400', '700']);
    for (const face of faces) {
      // Only local fonts (nothing to download), only CJK ones, in the script's forms; and only the marks.
      expect(face.src).not.toMatch(/url\(/);
      for (const font of face.src.matchAll(/local\('([^']+)'\)/g))
        expect(font[1]).toMatch(new RegExp(`(CJK|Han|Songti|PingFang|YaHei|JhengHei|Noto S[a-z]+ ${region})`, 'i'));
      expect(face.src).toContain(`Noto Serif CJK ${region}`);
      expect(face.range).toBe('U+2014, U+2018-2019, U+201C-201D, U+2026');
    }
  });

  test('ends in a generic family, with a CJK sans before it and a CJK serif before that', () => {
    expect(families.length).toBeGreaterThan(3);
    expect(families.at(-1)).toMatch(generic);
    const firstSans = families.findIndex((f) => cjkSans.test(f));
    const lastSerif = families.findLastIndex((f) => cjkSerif.test(f));
    expect(firstSans).toBeGreaterThan(0);
    expect(lastSerif).toBeGreaterThanOrEqual(0);
    expect(lastSerif).toBeLessThan(firstSans);
    expect(families.slice(0, -1).every((f) => !generic.test(f))).toBe(true);
  });

  test('names the CJK sans of Windows, Apple and Linux/Android, in the right script', () => {
    const region = selector.includes('Hans') ? 'SC' : 'TC';
    const windows = region === 'SC' ? 'Microsoft YaHei' : 'Microsoft JhengHei';
    for (const font of [windows, `PingFang ${region}`, `Noto Sans CJK ${region}`, `Source Han Sans ${region}`])
      expect(families).toContain(font);
  });
});

describe.each([
  ['SC', ':lang(zh-Hans) :where(.ui, .ui *)'],
  ['TC', ':lang(zh-Hant) :where(.ui, .ui *)'],
])('the interface stack (%s)', (region, selector) => {
  const root = postcss.parse(readFileSync(path.join(app, 'styles', 'fonts.css'), 'utf8'));
  const stackOf = (wanted: string) => {
    let families: string[] = [];
    root.walkRules((rule: Rule) => {
      if (!rule.selectors.includes(wanted)) return;
      rule.walkDecls('font-family', (decl) => {
        families = decl.value.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
      });
    });
    return families;
  };

  test('starts with a punctuation-only face from the local CJK sans, so system-ui never draws Chinese quotes', () => {
    expect(stackOf(selector)[0]).toBe(`CJK UI Punctuation ${region}`);
    let src = '';
    root.walkAtRules('font-face', (rule) => {
      if (rule.toString().includes(`'CJK UI Punctuation ${region}'`)) src = rule.toString();
    });
    expect(src).toContain(`local('Noto Sans CJK ${region}')`);
    expect(src).toContain(`local('PingFang ${region} Regular')`);
    expect(src).not.toMatch(/url\(/);
    expect(src).toContain('unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026');
  });

  test('English inside the interface keeps Latin quotes', () => {
    expect(stackOf(':lang(zh) :where(.ui, .ui *):lang(en)')).not.toContain(`CJK UI Punctuation ${region}`);
    expect(stackOf(':lang(zh) :where(.ui, .ui *):lang(en)')[0]).toBe('system-ui');
  });
});
