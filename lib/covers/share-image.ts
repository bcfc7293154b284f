import satori from 'satori';
import type { Cover } from './cover';
import { fontsFor, type CoverFontFamily, type SatoriFont } from './fonts';
import { el, svgToPng, type Node } from './render';
import { shareImageSize } from './share-image-size';

/** The title's size: as large as fits three lines (English titles run to ~130 characters). */
function titleSize(cover: Cover): number {
  const latin = cover.script === 'Latn';
  const length = [...cover.title].length;
  if (latin) return length > 110 ? 38 : length > 80 ? 42 : 48;
  return length > 34 ? 42 : length > 24 ? 46 : 52;
}

/** The label's size: the essay's short name, as large as the card allows. */
function labelSize(cover: Cover): number {
  const length = [...cover.label].length;
  const latin = cover.script === 'Latn';
  if (latin) return length > 9 ? 96 : 120;
  return length > 4 ? 108 : 132;
}

/** The cover as satori elements: masthead, label, rule, title, themes (see components/covers/cover-art.tsx). */
function coverTree(cover: Cover, fontFamily: string): Node {
  const { ground, ink, accent } = cover.palette;
  return el(
    'div',
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: ground,
      color: ink,
      fontFamily,
      padding: '60px 76px 56px',
    },
    [
      el('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: accent, letterSpacing: 1 }, cover.masthead),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: labelSize(cover), fontWeight: 900, lineHeight: 1.05 }, cover.label),
        el('div', { display: 'flex', width: 96, height: 6, backgroundColor: accent, marginTop: 22, marginBottom: 24 }),
        el(
          'div',
          {
            display: 'flex',
            fontSize: titleSize(cover),
            fontWeight: 700,
            lineHeight: 1.3,
            maxWidth: 1048,
            textWrap: 'balance',
          },
          cover.title,
        ),
      ]),
      el('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: accent }, cover.themes.join(' · ')),
    ],
  );
}

/** The font family a cover is drawn in, by its script: Traditional glyph forms for Hant, Latin for English. */
const families: Record<Cover['script'], CoverFontFamily> = {
  Hans: 'Noto Serif SC',
  Hant: 'Noto Serif TC',
  Latn: 'Noto Serif',
};
export const familyOf = (cover: Cover): CoverFontFamily => families[cover.script];

/** The fonts one cover needs: its family at 900 for the label, 700 for the rest, only the subsets drawn. */
function coverFonts(cover: Cover): SatoriFont[] {
  const family = familyOf(cover);
  return [
    ...fontsFor(family, 900, cover.label),
    ...fontsFor(family, 700, [cover.masthead, cover.title, cover.themes.join(' · ')].join('')),
  ];
}

/** A cover as SVG (text drawn as paths with the packaged fonts). */
export async function shareImageSvg(cover: Cover): Promise<string> {
  const fonts = coverFonts(cover);
  const fontFamily = [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ');
  // satori's types want a ReactNode; the element objects above are what JSX would produce.
  const svg = await satori(coverTree(cover, fontFamily) as unknown as Parameters<typeof satori>[0], {
    ...shareImageSize,
    fonts,
    embedFont: true,
  });
  return svg;
}

/** Render a cover as a 1200 × 630 PNG. */
export async function renderShareImage(cover: Cover): Promise<Buffer> {
  return svgToPng(await shareImageSvg(cover));
}
