import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/**
 * Files worth compressing ahead of time, by extension: text formats. Pagefind's `.pf_*` files and its
 * `.pagefind` WebAssembly are gzip already, images and fonts are compressed formats.
 */
export const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest|map|tsv|csv)$/;

/** The encodings written beside a file (`a.html.br`, `a.html.gz`), in the order servers prefer them. */
export const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type EncodingName = (typeof encodings)[number]['name'];

/**
 * The compressed copies of a file's content: gzip at level 9 (Node writes no name and mtime 0, so the
 * bytes depend on the content only) and brotli at quality 11. A copy not smaller than the file is left out.
 * Asynchronous: zlib then compresses on libuv's thread pool (four threads by default), so files given at
 * once use up to four cores.
 */
export async function precompress(content: Buffer): Promise<Partial<Record<EncodingName, Buffer>>> {
  const copies: Partial<Record<EncodingName, Buffer>> = {};
  const [gz, br] = await Promise.all([
    gzip(content, { level: 9 }),
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  ]);
  if (gz.length < content.length) copies.gzip = gz;
  if (br.length < content.length) copies.br = br;
  return copies;
}
