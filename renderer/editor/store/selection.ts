/**
 * What the user has picked in the editor: cards and connections on the canvas, or one stage, or one
 * lane. The values are only made by the functions below, which keep the three kinds apart: picking
 * a stage drops the cards, connections and any lane; picking a card or connection drops the stage
 * or lane. So the inspector always shows the last thing picked.
 */
export interface Selection {
  readonly cards: ReadonlySet<string>;
  readonly connections: ReadonlySet<string>;
  readonly stage: string | null;
  readonly lane: string | null;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Nothing picked. */
export const NOTHING: Selection = { cards: EMPTY, connections: EMPTY, stage: null, lane: null };

/**
 * Cards and connections picked on the canvas (`connections` omitted keeps the ones picked now).
 * An empty pick leaves a picked stage or lane alone: React Flow reports its nodes deselected when a
 * header is clicked or the empty pane is, and the inspector keeps showing that stage or lane.
 */
export function pickItems(
  current: Selection,
  cards: Iterable<string>,
  connections: Iterable<string> = current.connections,
): Selection {
  const next = { cards: sameOr(current.cards, cards), connections: sameOr(current.connections, connections) };
  if (next.cards.size === 0 && next.connections.size === 0) {
    if (current.stage !== null || current.lane !== null) return current;
    return current.cards.size === 0 && current.connections.size === 0 ? current : NOTHING;
  }
  return { ...next, stage: null, lane: null };
}

/** One stage picked (its header, the structure list, the command palette). */
export const pickStage = (id: string): Selection => ({ ...NOTHING, stage: id });

/** One lane picked. */
export const pickLane = (id: string): Selection => ({ ...NOTHING, lane: id });

/** The selection once a stage or lane is gone: it no longer shows that one. */
export function withoutStructure(current: Selection, id: string): Selection {
  return current.stage === id || current.lane === id ? NOTHING : current;
}

/** The set picked now when `ids` holds the same ids, so panels keyed on it do not redraw. */
function sameOr(now: ReadonlySet<string>, ids: Iterable<string>): ReadonlySet<string> {
  if (ids === now) return now;
  const next = new Set(ids);
  return next.size === now.size && [...next].every((id) => now.has(id)) ? now : next;
}
