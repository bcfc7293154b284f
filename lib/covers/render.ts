/**
 * What the share images (lib/covers/share-image.ts) and the home-screen icons (lib/covers/app-icon.ts) are
 * drawn with: satori's element shape, and resvg's WebAssembly build for the PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** satori's element shape (what JSX would make), so the covers need no React. */
export interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | Node[] | string };
}
export const el = (type: string, style: Record<string, string | number>, children?: Node | Node[] | string): Node => ({
  type,
  props: { style, children },
});

let wasm: Promise<void> | undefined;
/** resvg's WebAssembly build, read from its package (platform-independent; no native binary), once per process. */
function ready(): Promise<void> {
  const require = createRequire(import.meta.url);
  wasm ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasm;
}

/** An SVG as a PNG at its own size. */
export async function svgToPng(svg: string): Promise<Buffer> {
  await ready();
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
