import { existsSync } from 'node:fs';

/**
 * The exported site a post-build step works on: its one argument. `npm run build` (scripts/build.ts)
 * passes its staging folder, never the published `out/`, which is only ever replaced whole.
 */
export function siteDirArgument(step: string): string {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error(`usage: tsx ${step} <folder of an exported site>${dir ? ` (no ${dir})` : ''}`);
    process.exit(2);
  }
  return dir;
}
