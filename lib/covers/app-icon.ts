/**
 * The home-screen icons (web app manifest, apple-touch-icon), drawn like the site's own cover
 * (lib/covers/share-image.ts): its palette, its serif at 900, the reader's one-character mark 读 over the
 * accent rule. A maskable icon keeps the mark inside the central 80 % circle every mask leaves visible.
 */
import satori from 'satori';
import { fontsFor } from './fonts';
import { siteCoverPalette } from './palettes';
import { el, svgToPng } from './render';

/** The mark: 读 is the same character in every edition's heading (读本 / 讀本 differ), so Simplified is drawn. */
const mark = '读';

/** The icon as SVG at `size` px; `maskable` draws the mark smaller, inside the safe zone. */
export async function appIconSvg(size: number, maskable: boolean): Promise<string> {
  const { ground, ink, accent } = siteCoverPalette;
  const scale = maskable ? 0.62 : 0.8;
  const glyph = Math.round(size * 0.56 * scale);
  const tree = el(
    'div',
    {
      width: size,
      height: size,
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: ground,
      color: ink,
      fontFamily: "'Noto Serif SC'",
      // A rounded square where no mask applies; a maskable icon fills the square (the platform masks it).
      borderRadius: maskable ? 0 : Math.round(size * 0.18),
    },
    [
      el('div', { display: 'flex', fontSize: glyph, fontWeight: 900, lineHeight: 1 }, mark),
      el('div', {
        display: 'flex',
        width: Math.round(glyph * 0.5),
        height: Math.max(2, Math.round(size * 0.025 * scale)),
        backgroundColor: accent,
        marginTop: Math.round(glyph * 0.12),
      }),
    ],
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: size,
    height: size,
    fonts: fontsFor('Noto Serif SC', 900, mark),
  });
}

/** The icon as a PNG of `size` × `size`. */
export async function renderAppIcon(size: number, maskable = false): Promise<Buffer> {
  return svgToPng(await appIconSvg(size, maskable));
}
