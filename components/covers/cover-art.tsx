import { Fragment } from 'react';
import type { Cover } from '@/lib/covers/cover';

interface CoverArtProps {
  cover: Cover;
  /** The essay's place in the reading order, set small above the label (`01`). */
  number?: number;
}

/**
 * An essay's typographic cover in HTML: its colour, its short name set large, its leading themes. The share
 * image draws the same cover as a PNG (lib/covers/share-image). Decorative here: the title, byline and
 * themes are given as text beside it, so the cover is hidden from assistive technology.
 */
export function CoverArt({ cover, number }: CoverArtProps) {
  return (
    <div aria-hidden="true" lang={cover.lang} data-cover={cover.color} className="cover-art">
      {number !== undefined ? <span className="cover-number">{String(number).padStart(2, '0')}</span> : null}
      <span className="cover-label">{cover.label}</span>
      <span className="cover-rule" />
      {cover.themes.length > 0 ? (
        <span className="cover-themes ui">
          {/* Each theme whole; a wrapped line ends with the separator rather than starting with it. */}
          {cover.themes.map((theme, i) => (
            <Fragment key={theme}>
              <span className="whitespace-nowrap">
                {theme}
                {i < cover.themes.length - 1 ? ' ·' : ''}
              </span>{' '}
            </Fragment>
          ))}
        </span>
      ) : null}
    </div>
  );
}
