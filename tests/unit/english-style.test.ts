/**
 * The English spelling and style gate (docs/english-style.md): it passes on the site's English and fails on
 * a fixture that breaks each rule once, naming file, line and problem.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { styleProblems } from '@/lib/english/style-rules';

const fixture = path.join('tests', 'fixtures', 'english-lint');
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  // The package's own binary, not through npx (which costs a second a run to find it).
  spawnSync(path.resolve('node_modules/.bin', command), args, { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the English gate', { timeout: 120_000 }, () => {
  // That it passes on the site's English is `npm run lint:english`, which `npm test` runs before this file.

  test('cspell (en-US) fails on a misspelling and a British spelling in a translation', () => {
    const result = run('cspell', ['lint', '--no-progress', '--no-summary', `${fixture}/translations/bad.en.yaml`]);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/bad\.en\.yaml:12:\d+ - Unknown word \(recieve\)/);
    expect(result.stdout).toMatch(/Unknown word \(colour\)/);
  });

  test('the style rules fail with file:line:column on what a spell checker cannot see', () => {
    const result = run('tsx', ['scripts/lint-english.ts'], { CONTENT_DIR: fixture });
    expect(result.status).toBe(1);
    const file = `${fixture}/translations/bad.en.yaml`;
    expect(result.stderr).toContain(`${file}:12:67: spaced em dash`);
    expect(result.stderr).toMatch(new RegExp(`${file}:16:\\d+: period or comma outside the closing quotation mark`));
    expect(result.stderr).toMatch(new RegExp(`${file}:16:\\d+: house style: toward`));
    expect(result.stderr).toMatch(new RegExp(`${file}:16:\\d+: full-width punctuation in English`));
  });
});

test('style rules: closed dashes, quotes and American forms pass', () => {
  expect(styleProblems('He called it “self-destructive.” Work—and rest—toward the 40–50-hour week.')).toEqual([]);
  expect(styleProblems('a "straight" quote and don\'t').map((p) => p.problem)).toEqual([
    'straight quotation mark: use curly quotes “…”',
    'straight quotation mark: use curly quotes “…”',
    'straight apostrophe: use ’',
  ]);
});
