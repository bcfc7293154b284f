/**
 * The colours an essay's cover can take (frontmatter `cover`). Each is a deep ground with light type, so a
 * cover reads the same in the light and the dark theme and as a share image. Contrast: `ink` on `ground`
 * ≥ 7:1 and `accent` on `ground` ≥ 4.5:1 (tests/unit/site-pages.test.ts).
 */
export const coverPalettes = {
  vermilion: { ground: '#8f2a1d', ink: '#fbf3e8', accent: '#f6cf96' },
  indigo: { ground: '#1f2f5c', ink: '#f3efe4', accent: '#a9c6f5' },
  jade: { ground: '#1d4a40', ink: '#f1f5ee', accent: '#b0dcbf' },
  ochre: { ground: '#6b4210', ink: '#fdf6e7', accent: '#f5d690' },
  plum: { ground: '#4b2142', ink: '#f8eef4', accent: '#ebb2d3' },
} as const;

export type CoverColor = keyof typeof coverPalettes;
export type CoverPalette = (typeof coverPalettes)[CoverColor];

export const coverColorIds = Object.keys(coverPalettes) as [CoverColor, ...CoverColor[]];

/** The site's own cover (the front page's share image): the site's ink and its dark theme's accent. */
export const siteCoverPalette = { ground: '#1f1d1a', ink: '#fbfaf7', accent: '#f0907e' } as const;
