/** How a matching is told to an editor: `npm run ids` prints it, the build names it when the ledger is behind. */
import type { BlockIdAssignment } from '../markdown/rehype-block-ids';
import type { Matching } from './match';

const percent = (s: number) => `${Math.round(s * 100)}%`;
const excerpt = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text);

/** The ids of a matching as the renderer needs them: ids in order and where retired ids land. */
export function assignmentOf(matching: Matching): BlockIdAssignment {
  const landings = new Map<string, string[]>();
  for (const r of matching.ledger.retired) landings.set(r.at, [...(landings.get(r.at) ?? []), r.id]);
  return { ids: matching.ids, landings };
}

/** Counts of what changed: `2 edited, 1 new, 1 retired`; empty when nothing did. */
export function matchingSummary(matching: Matching): string {
  const count = (kind: string) => matching.outcomes.filter((o) => o.kind === kind).length;
  const moved = matching.outcomes.filter((o) => 'moved' in o && o.moved).length;
  return [
    [count('edited'), 'edited'],
    [moved, 'moved'],
    [count('new'), 'new'],
    [count('restored'), 'restored'],
    [matching.retired.length, 'retired'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ');
}

/** One line per block that did not simply keep its id, and one per retired id. */
export function matchingLines(matching: Matching): string[] {
  const lines: string[] = [];
  matching.outcomes.forEach((o, i) => {
    const text = excerpt(matching.ledger.blocks[i]!.text);
    if (o.kind === 'kept' && o.moved) lines.push(`moved    ${o.id}  ${text}`);
    if (o.kind === 'edited')
      lines.push(`${o.moved ? 'moved+edited' : 'edited'}   ${o.id}  similarity ${percent(o.similarity)}  ${text}`);
    if (o.kind === 'new') lines.push(`new      ${o.id}  ${text}`);
    if (o.kind === 'restored') lines.push(`restored ${o.id}  ${text}`);
  });
  for (const r of matching.retired)
    lines.push(
      `retired  ${r.id} → lands on ${r.at}${r.merged === undefined ? ' (next surviving block)' : ` (holds ${percent(r.merged)} of its text)`}  ${excerpt(r.text)}`,
    );
  return lines;
}
