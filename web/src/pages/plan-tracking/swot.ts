/**
 * The SWOT board: four quadrants (strengths, weaknesses, opportunities, threats), each SWOT item
 * listing the plan items (strategies, tasks) it justifies; and the reverse view, for one plan
 * item, of the SWOT items that justify it. Traceability works both ways from the same links.
 */
export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

export interface SwotEntry {
  id: string;
  quadrant: SwotQuadrant;
  text: string;
  /** Ids of the plan items this SWOT item justifies. */
  linkedItemIds: readonly string[];
  illustrative?: boolean;
}

export interface LinkedItem {
  id: string;
  label: string;
}

export interface SwotCell {
  quadrant: SwotQuadrant;
  entries: Array<{ entry: SwotEntry; linked: LinkedItem[]; missing: string[] }>;
}

/**
 * The four quadrants in the usual order (S, W / O, T). Each entry carries its linked plan items,
 * resolved to labels; ids that name no plan item are kept apart in `missing` so a dangling link
 * shows rather than disappearing.
 */
export function swotBoard(entries: readonly SwotEntry[], items: readonly LinkedItem[]): SwotCell[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return SWOT_QUADRANTS.map((quadrant) => ({
    quadrant,
    entries: entries
      .filter((entry) => entry.quadrant === quadrant)
      .map((entry) => ({
        entry,
        linked: entry.linkedItemIds.flatMap((id) => {
          const item = byId.get(id);
          return item ? [item] : [];
        }),
        missing: entry.linkedItemIds.filter((id) => !byId.has(id)),
      })),
  }));
}

/** The SWOT items that justify one plan item, grouped by quadrant in board order. */
export function justificationsOf(itemId: string, entries: readonly SwotEntry[]): SwotEntry[] {
  return SWOT_QUADRANTS.flatMap((quadrant) =>
    entries.filter((entry) => entry.quadrant === quadrant && entry.linkedItemIds.includes(itemId)),
  );
}

/** Plan items no SWOT item justifies (worth a second look when the plan is reviewed). */
export function unjustifiedItems(items: readonly LinkedItem[], entries: readonly SwotEntry[]): LinkedItem[] {
  const linked = new Set(entries.flatMap((entry) => entry.linkedItemIds));
  return items.filter((item) => !linked.has(item.id));
}
