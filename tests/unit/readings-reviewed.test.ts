/**
 * The reviewed readings (issue 32; content/readings/reviewed.yaml): every occurrence of a polyphonic
 * character in the essays, in each Chinese edition, has been read in context. Fails when an occurrence has no
 * review (new or edited text: review it), when a review no longer matches the text, and when the generator's
 * reading differs from the reviewed one without an override, or an override no longer differs (a generator
 * update changed a reviewed reading: look again).
 */
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/model';
import { blockOccurrences, essayBlocks, shownReading, type Occurrence } from '@/lib/readings/essay';
import { loadReviewed, overridesOf } from '@/lib/readings/reviewed';
import { scriptVariantIds } from '@/lib/site/variants';

const reviewed = loadReviewed();
const byKey = new Map(reviewed.occurrences.map((entry) => [entry.at, entry]));
const occurrences: Occurrence[] = [];
for (const edition of scriptVariantIds)
  for (const article of getArticles(edition))
    for (const block of essayBlocks(article))
      for (const occurrence of blockOccurrences(edition, article.slug, block))
        if (reviewed.polyphones.includes(occurrence.char)) occurrences.push(occurrence);

describe('reviewed readings', () => {
  it('covers every occurrence of a polyphonic character, with its context', () => {
    const missing = occurrences
      .filter((o) => byKey.get(o.key)?.char !== o.char || byKey.get(o.key)?.context !== o.context)
      .map((o) => `${o.key} ${o.char} …${o.context}… (generated ${o.mandarin ?? '-'} ${o.cantonese ?? ''})`);
    expect(missing).toEqual([]);
    const current = new Set(occurrences.map((o) => o.key));
    expect(reviewed.occurrences.filter((entry) => !current.has(entry.at)).map((entry) => entry.at)).toEqual([]);
  });

  it('agrees with the generators, or overrides them where they are wrong', () => {
    const disagreements: string[] = [];
    for (const o of occurrences) {
      const entry = byKey.get(o.key);
      if (!entry) continue;
      const differs =
        entry.mandarin !== o.mandarin || (entry.cantonese !== undefined && entry.cantonese !== o.cantonese);
      if (differs !== Boolean(entry.override))
        disagreements.push(
          `${o.key} ${o.char} …${o.context}…: generated ${o.mandarin} ${o.cantonese ?? ''}, reviewed ${entry.mandarin} ${entry.cantonese ?? ''}${entry.override ? ' (override)' : ''}`,
        );
    }
    expect(disagreements).toEqual([]);
  });

  it('is what the pages show', () => {
    const overrides = overridesOf(reviewed);
    for (const o of occurrences) {
      const entry = byKey.get(o.key)!;
      expect(shownReading(o, 'pinyin', overrides)).toBe(entry.mandarin);
      if (entry.cantonese) expect(shownReading(o, 'jyutping', overrides)).toBe(entry.cantonese);
    }
    const overridden = reviewed.occurrences.filter((entry) => entry.override).length;
    // The counts the review reports (docs/decisions.md, "Readings").
    expect({ occurrences: occurrences.length, overridden }).toEqual({ occurrences: 5712, overridden: 428 });
  });
});
