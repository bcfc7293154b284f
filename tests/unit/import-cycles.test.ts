import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

/** The part of madge's API used here (madge ships no types). */
interface MadgeResult {
  circular(): string[][];
  warnings(): { skipped: string[] };
}
type Madge = (paths: string[], config: Record<string, unknown>) => Promise<MadgeResult>;
const madge = createRequire(import.meta.url)('madge') as Madge;

/**
 * No import cycles, type-only imports included (issue 29): the code reads as stages (load + check → model →
 * views → routes → post-build), and a cycle ties two of them together. ESLint's `import/no-cycle` skips type
 * imports and quadrupled the lint's time; madge reads the whole tree in about two seconds.
 */
test('no module imports itself through others', async () => {
  const result = await madge(['lib', 'islands', 'components', 'app', 'scripts'], {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  expect(result.circular().map((cycle) => cycle.join(' → '))).toEqual([]);
}, 60_000);
