import { expect, test } from 'vitest';
import { applyPrefs, prefsScript } from '@/lib/browser/reader-prefs';

function apply(stored: { theme: string | null; font: string | null; wording?: string | null }, systemDark: boolean) {
  const attrs: Record<string, string> = {};
  applyPrefs({ setAttribute: (k, v) => (attrs[k] = v) }, { wording: null, ...stored }, systemDark);
  delete attrs['data-writing']; // tested on its own below
  const { 'data-wording': wording, ...rest } = attrs;
  return stored.wording === undefined ? rest : { ...rest, 'data-wording': wording };
}

test.each([
  [{ theme: null, font: null }, false, { 'data-theme': 'light', 'data-theme-choice': 'system', 'data-font': 'm' }],
  [{ theme: null, font: null }, true, { 'data-theme': 'dark', 'data-theme-choice': 'system', 'data-font': 'm' }],
  [{ theme: 'system', font: 'xl' }, true, { 'data-theme': 'dark', 'data-theme-choice': 'system', 'data-font': 'xl' }],
  [{ theme: 'light', font: 's' }, true, { 'data-theme': 'light', 'data-theme-choice': 'light', 'data-font': 's' }],
  [{ theme: 'dark', font: 'bogus' }, false, { 'data-theme': 'dark', 'data-theme-choice': 'dark', 'data-font': 'm' }],
])('%j, system dark %s', (stored, systemDark, expected) => {
  expect(apply(stored, systemDark)).toEqual(expected);
});

test.each([
  [null, 'author'],
  ['regional', 'regional'],
  ['author', 'author'],
  ['bogus', 'author'],
])('wording %s → data-wording %s', (wording, expected) => {
  expect(apply({ theme: null, font: null, wording }, false)['data-wording']).toBe(expected);
});

test.each([
  [undefined, 'horizontal'],
  [null, 'horizontal'],
  ['vertical', 'vertical'],
  ['horizontal', 'horizontal'],
  ['sideways', 'horizontal'],
])('writing %s → data-writing %s', (writing, expected) => {
  const attrs: Record<string, string> = {};
  applyPrefs({ setAttribute: (k, v) => (attrs[k] = v) }, { theme: null, font: null, wording: null, writing }, false);
  expect(attrs['data-writing']).toBe(expected);
});

test('the inline script parses and carries the tested function', () => {
  expect(() => new Function(prefsScript)).not.toThrow();
  expect(prefsScript).toContain(applyPrefs.toString());
});
