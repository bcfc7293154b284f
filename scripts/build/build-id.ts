import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the site is built from: the sources, the content, the build scripts and the locked dependencies.
 * Paths relative to the project; folders are read whole.
 */
export const buildInputs = [
  'app',
  'components',
  'content',
  'islands',
  'lib',
  'public',
  'scripts',
  'types',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

/** Every file under the inputs that exist, sorted, as paths relative to `root` with `/` separators. */
function inputFiles(root: string): string[] {
  const files: string[] = [];
  for (const input of buildInputs) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    if (!statSync(full).isDirectory()) {
      files.push(input);
      continue;
    }
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)));
    }
  }
  return files.map((file) => file.split(path.sep).join('/')).sort();
}

/**
 * Next's build id, from the content and code rather than at random (Next's default), so that two builds
 * of the same sources are byte-identical. Hashes the files themselves, not git's tree: it works the same
 * on a tarball, and uncommitted edits change it as they should. Next avoids ids containing "ad" (ad
 * blockers drop URLs with it), so the hash is hashed again until it has none.
 */
export function buildId(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of inputFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(
      createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest(),
    );
  }
  let id = hash.digest('hex').slice(0, 20);
  while (/ad/i.test(id)) id = createHash('sha256').update(id).digest('hex').slice(0, 20);
  return id;
}
