/**
 * The built site that tests and tools read: `OUT_DIR` when set (another build folder), else `out`, the
 * build `npm run build` last published (a link to a complete build, scripts/build.ts).
 */
export const siteDir = process.env.OUT_DIR ?? 'out';
