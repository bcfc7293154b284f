/**
 * `npm run bench:smoke` (`--smoke`): every section once, small and quick, so that `npm test` notices when a
 * change breaks the bench. Sizes and runs shrink; byte budgets and errors still fail it, timing targets
 * are printed but not judged (one run on a shared machine says nothing about them; docs/decisions.md).
 */
export const smoke = process.argv.includes('--smoke');
