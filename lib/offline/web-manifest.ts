/**
 * The web app manifests: one per edition (`/<edition>/manifest.webmanifest`, its name, language and start
 * page, linked from that edition's pages), and `/manifest.webmanifest` for the front page, in the canonical
 * script. Scope `/`: a reader who installed one edition still follows the switch to another inside the app.
 * Colours are the site's palette (app/globals.css: paper, ink).
 */
import { getMessages } from '../i18n/messages';
import { getVariant, variantIds, type VariantId } from '../site/variants';

/** The icons the build draws (lib/covers/app-icon.ts), by file under `/icons/`. */
export const appIcons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: false },
] as const;

export const iconsDir = 'icons';
export const appleTouchIcon = `/${iconsDir}/apple-touch-icon.png`;

/**
 * Every page's icons, for the layouts' metadata: the tab's (app/icon.svg, which Next stops linking by
 * itself once the metadata names any icon) and the home screen's.
 */
export const siteIcons = {
  icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }],
  apple: appleTouchIcon,
};

/** The URL of an edition's manifest, or the front page's. */
export const manifestPath = (edition?: VariantId) =>
  edition ? `/${edition}/manifest.webmanifest` : '/manifest.webmanifest';

export interface WebManifest {
  name: string;
  short_name: string;
  lang: string;
  dir: 'ltr';
  id: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[];
}

/** The manifest of an edition (the front page's: the canonical script's, starting at `/`). */
export function webManifest(edition?: VariantId): WebManifest {
  const id = edition ?? variantIds[0]!;
  const t = getMessages(id);
  return {
    name: `${t.siteName} · ${t.siteSubtitle}`,
    short_name: t.siteName,
    lang: getVariant(id).lang,
    dir: 'ltr',
    // One app whichever edition it was installed from.
    id: '/',
    start_url: edition ? `/${edition}/` : '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f1d1a',
    icons: appIcons
      .filter((icon) => icon.file !== 'apple-touch-icon.png')
      .map((icon) => ({
        src: `/${iconsDir}/${icon.file}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png' as const,
        purpose: icon.maskable ? ('maskable' as const) : ('any' as const),
      })),
  };
}

/** Every manifest file the build writes: path in the site → manifest. */
export function webManifests(): { path: string; manifest: WebManifest }[] {
  return [undefined, ...variantIds].map((edition) => ({
    path: manifestPath(edition).slice(1),
    manifest: webManifest(edition),
  }));
}
