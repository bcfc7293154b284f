import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  experimental: {
    // One 404 page for unmatched URLs across the two root layouts (`/` and `/[variant]/…`).
    globalNotFound: true,
  },
};

export default nextConfig;
