import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * The builds folder: `.builds/<stamp>.partial` while a build is made, `.builds/<stamp>` once it is
 * complete. `out` is a symbolic link to the published one, replaced in one rename(2) (docs/decisions.md,
 * "An atomic, reproducible build"). Paths are relative to the project folder (the working directory).
 */
export const buildsDir = '.builds';
/** The published site: a link to a complete build. */
export const siteLink = 'out';
const lockFile = path.join(buildsDir, 'build.lock');
/** The next `out`, made beside the builds and renamed over `out`. */
const nextLink = path.join(buildsDir, 'out.next');
const partial = '.partial';

const errorCode = (error: unknown) => (error instanceof Error && 'code' in error ? error.code : undefined);

/** A new build's folder, `.builds/<UTC time>.partial` (the time only names it: it is not in the site). */
export function stagingFolder(): string {
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  return path.join(buildsDir, `${stamp}${partial}`);
}

/** The complete build's name for a staging folder (`.builds/<stamp>`). */
export const completeFolder = (staging: string) => staging.slice(0, -partial.length);

/** The complete build `out` links to (`.builds/<stamp>`); undefined when `out` is missing or anything else. */
export function publishedBuild(): string | undefined {
  let target: string;
  try {
    // Relative to the project folder (where the link is), whether the link holds a relative path (as
    // publish writes it) or an absolute one (a Windows junction).
    target = path.relative('.', path.resolve(readlinkSync(siteLink)));
  } catch {
    return undefined;
  }
  const complete = path.dirname(target) === buildsDir && !target.endsWith(partial) && existsSync(target);
  return complete ? target : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Hold the builds folder (and Next's `.next`) for this build; returns the release. Refuses while another
 * build's process is alive; the lock of a build that was killed is taken over.
 */
export function lockBuilds(): () => void {
  mkdirSync(buildsDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (holder > 0 && isAlive(holder)) throw new Error(`another build (pid ${holder}) is running here`);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not take ${lockFile}`);
}

/** Remove every build but `keep` (and the lock): interrupted ones and those replaced. Returns what went. */
export function removeBuilds(keep: readonly (string | undefined)[]): string[] {
  if (!existsSync(buildsDir)) return [];
  const kept = new Set([lockFile, ...keep.filter((k) => k !== undefined)].map((k) => path.normalize(k)));
  const removed: string[] = [];
  for (const name of readdirSync(buildsDir)) {
    const entry = path.join(buildsDir, name);
    if (kept.has(entry)) continue;
    rmSync(entry, { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/**
 * Make `out` link to `build` in one rename(2) over the old link, so a server of `out` sees the old site
 * or the new one, never a mix or nothing. Returns the build `out` showed before, if any. An `out` that is
 * a real folder (made before builds were published this way) is moved into the builds folder first: that
 * once, `out` is missing between two renames.
 */
export function publish(build: string): string | undefined {
  if (build.endsWith(partial) || !existsSync(build)) throw new Error(`${build} is not a complete build`);
  let previous = publishedBuild();
  rmSync(nextLink, { force: true });
  // Relative, so the project folder can move; a junction on Windows, which needs no privilege.
  symlinkSync(path.relative(path.dirname(siteLink), build), nextLink, 'junction');
  if (existsSync(siteLink) && !lstatSync(siteLink).isSymbolicLink()) {
    previous = `${build}-replaced-out`;
    renameSync(siteLink, previous);
  }
  renameSync(nextLink, siteLink);
  return previous;
}
