import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { configFiles } from '../headers/policy';
import type { HeaderRule } from '../headers/site-rules';
import { parseHeadersFile } from '../headers/writers/netlify';
import { encodings, type EncodingName } from '../static-export/precompress';
import { contentTypeOf } from './content-types';

/** One file of the site, ready to send: its bytes, its precompressed copies, its ETag. */
export interface SiteFile {
  readonly body: Buffer;
  readonly copies: Partial<Record<EncodingName, Buffer>>;
  readonly type: string;
  /** Strong validator of the bytes (each encoding's ETag adds a suffix). */
  readonly tag: string;
  readonly modified: string;
}

/**
 * One published build, read as it is needed. A build folder never changes once published (scripts/build.ts
 * writes a new folder for every build), so its header rules and files are kept in memory for as long as it
 * is served; a new build is a new folder and a new SiteBuild.
 */
export class SiteBuild {
  readonly rules: Promise<HeaderRule[]>;
  private readonly files = new Map<string, Promise<SiteFile | undefined>>();
  private cachedBytes = 0;

  constructor(
    readonly root: string,
    private readonly maxCachedBytes = 256 * 1024 * 1024,
  ) {
    // A folder without `_headers` (not made by npm run build, e.g. the audit's script-free copy) is
    // served without per-path headers.
    this.rules = readFile(path.join(root, configFiles.netlify), 'utf8').then(parseHeadersFile, () => []);
  }

  /** The file at a site path (`/zh-hans/index.html`), or undefined when there is no such regular file. */
  file(sitePath: string): Promise<SiteFile | undefined> {
    const cached = this.files.get(sitePath);
    if (cached) return cached;
    const entry = this.read(sitePath);
    if (this.cachedBytes < this.maxCachedBytes) {
      this.files.set(sitePath, entry);
      // Only files are kept: a path that names none (any string a client sends) is not remembered.
      const forget = () => this.files.delete(sitePath);
      entry.then((file) => file ?? forget(), forget);
    }
    return entry;
  }

  /** Is there a folder at a site path? */
  async isFolder(sitePath: string): Promise<boolean> {
    const folder = await this.unlinked(path.join(this.root, sitePath));
    if (folder === undefined) return false;
    return (await stat(folder).catch(() => undefined))?.isDirectory() ?? false;
  }

  /**
   * The path itself when no part of it below the root is a symbolic link, else undefined: a link never
   * leads out of the build (a copy with a link to /etc answered its files), nor anywhere else — as nginx's
   * `disable_symlinks on` in the build's server.conf, and verify-site refuses links in a build.
   */
  private async unlinked(file: string): Promise<string | undefined> {
    const real = await realpath(file).catch(() => undefined);
    return real === path.resolve(file) ? real : undefined;
  }

  private async read(sitePath: string): Promise<SiteFile | undefined> {
    const file = await this.unlinked(path.join(this.root, sitePath));
    const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
    if (file === undefined || !info?.isFile()) return undefined;
    const body = await readFile(file);
    const copies: Partial<Record<EncodingName, Buffer>> = {};
    for (const { name, suffix } of encodings) {
      const copyPath = await this.unlinked(`${file}${suffix}`);
      const copy = copyPath === undefined ? undefined : await readFile(copyPath).catch(() => undefined);
      if (copy) copies[name] = copy;
    }
    this.cachedBytes += body.length + (copies.br?.length ?? 0) + (copies.gzip?.length ?? 0);
    return {
      body,
      copies,
      type: contentTypeOf(file),
      tag: createHash('sha1').update(body).digest('base64url').slice(0, 20),
      modified: info.mtime.toUTCString(),
    };
  }
}
