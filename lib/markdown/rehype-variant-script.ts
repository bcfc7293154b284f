import type { Plugin } from 'unified';
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { renderVoice, type Marker } from '../regional/site-voice';
import { variantText } from '../script/text';
import type { Variant } from '../site/variants';

export interface RehypeVariantScriptOptions {
  /** Variant to render. Required. */
  readonly variant: Variant;
  /**
   * The site's own text (a site page), not an author's: rendered in the site's voice per edition, with the
   * source's `-{…}-` marks (lib/regional/site-voice.ts); words foreign to the edition are messages on the file.
   */
  readonly voice?: { readonly markers: readonly Marker[] };
}

const untouched = new Set(['code', 'pre', 'script', 'style']);

/**
 * Render the canonical tree in a variant's script: text nodes and `alt`/`title` only. URLs, ids, other
 * attributes, code and anything marked `lang="en"` are never converted.
 */
export const rehypeVariantScript: Plugin<[RehypeVariantScriptOptions], Root> = function ({ variant, voice }) {
  return (tree: Root, file: VFile) => {
    const render = (text: string, place: { line: number; column: number } | undefined) =>
      voice
        ? renderVoice(text, voice.markers, variant, ({ offset, reason }) => {
            const before = text.slice(0, offset);
            const lines = before.split('\n');
            const at = place && {
              line: place.line + lines.length - 1,
              column: lines.length > 1 ? lines.at(-1)!.length + 1 : place.column + offset,
            };
            file.message(reason, { place: at, ruleId: 'regional', source: 'content' });
          })
        : variantText(text, variant);
    visit(tree, (node) => {
      if (node.type === 'element') {
        if (untouched.has(node.tagName) || node.properties.lang === 'en') return SKIP;
        for (const key of ['alt', 'title'] as const) {
          const value = node.properties[key];
          if (typeof value === 'string') node.properties[key] = render(value, node.position?.start);
        }
      }
      if (node.type === 'text') node.value = render(node.value, node.position?.start);
      return undefined;
    });
  };
};
