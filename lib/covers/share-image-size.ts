/** Share images are Open Graph / Twitter `summary_large_image` cards: 1200 × 630 (1.91:1). */
export const shareImageSize = { width: 1200, height: 630 } as const;
