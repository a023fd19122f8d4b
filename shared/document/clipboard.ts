import type { Card, Connection, JourneyMap, Lane, Stage } from '../domain/journey-map';
import { LIMITS, newId } from '../domain/primitives';
import { cardsByCell, cellKey } from './cells';
import {
  CLIPBOARD_TYPE,
  CLIPBOARD_VERSION,
  type ClipboardPayload,
  parseClipboardPayload,
} from './clipboard-schema';
import { removeCards } from './cards';
import { checkLimit, idSetOrThrow, invalidEdit, laneIndexOrThrow, stageIndexOrThrow } from './guards';

/** How far pasted free cards are offset when pasted into the map they came from, so both show. */
export const PASTE_OFFSET = 24;

/** Where pasted cards go when their own cell cannot be found; also used when none exists at all. */
export interface PasteTarget {
  targetStageId?: string;
  targetLaneId?: string;
}

/** The map after a paste and the ids of the new cards and connections (to select them). */
export interface PasteResult {
  map: JourneyMap;
  newCardIds: string[];
  newConnectionIds: string[];
}

/**
 * Copies cards to a self-contained payload: the cards, the connections among them (connections to
 * cards left behind are not copied) and the stages and lanes they sat in.
 *
 * @throws ApiError `invalid_input` for an unknown card id or an empty selection.
 */
export function copySelection(map: JourneyMap, cardIds: readonly string[]): ClipboardPayload {
  const ids = idSetOrThrow(map.cards, cardIds, 'card', 'cardIds');
  if (ids.size === 0) invalidEdit('Select at least one card to copy.', 'cardIds', 'edit_nothing_selected');
  const cards = map.cards.filter((card) => ids.has(card.id));
  const stageIds = new Set(cards.map((card) => card.stageId));
  const laneIds = new Set(cards.map((card) => card.laneId));
  return {
    type: CLIPBOARD_TYPE,
    version: CLIPBOARD_VERSION,
    sourceMapId: map.id,
    stages: map.stages.flatMap((stage, index) =>
      stageIds.has(stage.id) ? [{ id: stage.id, name: stage.name, index }] : [],
    ),
    lanes: map.lanes.flatMap((lane, index) =>
      laneIds.has(lane.id) ? [{ id: lane.id, name: lane.name, index, kind: lane.kind }] : [],
    ),
    cards,
    connections: map.connections.filter((c) => ids.has(c.sourceId) && ids.has(c.targetId)),
  };
}

/** Copies the cards and deletes them (with their connections) in one edit. */
export function cutSelection(
  map: JourneyMap,
  cardIds: readonly string[],
): { payload: ClipboardPayload; map: JourneyMap } {
  const payload = copySelection(map, cardIds);
  return { payload, map: removeCards(map, cardIds) };
}

const normalName = (name: string): string => name.trim().toLocaleLowerCase();

/**
 * Finds the stage (or lane) of the target map a copied one corresponds to: the same id when pasting
 * into the map it came from, else the first with the same name (ignoring case), else the one at the
 * same position, else the fallback.
 */
function resolveAxis<T extends Stage | Lane>(
  items: readonly T[],
  ref: { id: string; name: string; index: number },
  sameMap: boolean,
  fallback: T | undefined,
): T | undefined {
  if (sameMap) {
    const byId = items.find((item) => item.id === ref.id);
    if (byId) return byId;
  }
  const name = normalName(ref.name);
  return items.find((item) => normalName(item.name) === name) ?? items[ref.index] ?? fallback;
}

/**
 * Pastes a payload (validated again here: it may come from the system clipboard) into `map`. Every
 * card and connection gets a new id; connections are remapped to the new cards. Each card goes to the
 * cell it came from, matched by stage/lane id (same map), else by name, else by position, else the
 * target cell (else the last stage/lane); cell cards are appended to their cell in their copied order.
 * Free cards stay free, offset by {@link PASTE_OFFSET} in the same map; if the map has no stages or
 * lanes, cell cards become free cards. Personas of persona cards are added to the map's personas.
 *
 * @throws ApiError as `parseClipboardPayload`; `invalid_input` for an unknown target stage or lane;
 * `too_large` when the map would exceed its card, connection or persona limits.
 */
export function pasteClipboard(map: JourneyMap, payload: unknown, target: PasteTarget = {}): PasteResult {
  const clip = parseClipboardPayload(payload);
  const targetStage =
    target.targetStageId === undefined
      ? map.stages.at(-1)
      : map.stages[stageIndexOrThrow(map, target.targetStageId, 'targetStageId')];
  const targetLane =
    target.targetLaneId === undefined
      ? map.lanes.at(-1)
      : map.lanes[laneIndexOrThrow(map, target.targetLaneId, 'targetLaneId')];
  checkLimit(map.cards.length + clip.cards.length, LIMITS.cardsPerMap, 'cards');
  checkLimit(map.connections.length + clip.connections.length, LIMITS.connectionsPerMap, 'connections');

  const sameMap = clip.sourceMapId === map.id;
  const stageFor = new Map(
    clip.stages.map((ref) => [ref.id, resolveAxis(map.stages, ref, sameMap, targetStage)]),
  );
  const laneFor = new Map(
    clip.lanes.map((ref) => [ref.id, resolveAxis(map.lanes, ref, sameMap, targetLane)]),
  );

  const cellSize = new Map<string, number>();
  for (const [key, list] of cardsByCell(map)) cellSize.set(key, list.length);
  const newIdFor = new Map<string, string>();
  const offset = sameMap ? PASTE_OFFSET : 0;
  // Copied order within each source cell decides the order in the target cell.
  const sorted = clip.cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => a.card.order - b.card.order || a.index - b.index);
  const placed = new Map<string, Card>();
  for (const { card: copied } of sorted) {
    const card = withoutLineage(copied);
    const id = newId();
    newIdFor.set(card.id, id);
    const stage = card.stageId === null ? undefined : stageFor.get(card.stageId);
    const lane = card.laneId === null ? undefined : laneFor.get(card.laneId);
    if (stage !== undefined && lane !== undefined) {
      const key = cellKey(stage.id, lane.id);
      const order = cellSize.get(key) ?? 0;
      cellSize.set(key, order + 1);
      placed.set(card.id, { ...card, id, stageId: stage.id, laneId: lane.id, order, x: null, y: null });
    } else {
      const clamp = (v: number): number => Math.min(1_000_000, Math.max(-1_000_000, v + offset));
      placed.set(card.id, {
        ...card,
        id,
        stageId: null,
        laneId: null,
        order: 0,
        x: clamp(card.x ?? 0),
        y: clamp(card.y ?? 0),
      });
    }
  }
  const newCards = clip.cards.map((card) => placed.get(card.id) as Card);
  const newConnections: Connection[] = clip.connections.map((c) => ({
    ...withoutLineage(c),
    id: newId(),
    sourceId: newIdFor.get(c.sourceId) as string,
    targetId: newIdFor.get(c.targetId) as string,
  }));

  const personaIds = map.personaIds.slice();
  for (const card of newCards) {
    if (card.kind === 'persona' && card.personaId !== null && !personaIds.includes(card.personaId)) {
      personaIds.push(card.personaId);
    }
  }
  checkLimit(personaIds.length, LIMITS.listItems, 'personas');

  return {
    map: {
      ...map,
      personaIds: personaIds.length === map.personaIds.length ? map.personaIds : personaIds,
      cards: map.cards.concat(newCards),
      connections: newConnections.length > 0 ? map.connections.concat(newConnections) : map.connections,
    },
    newCardIds: newCards.map((card) => card.id),
    newConnectionIds: newConnections.map((c) => c.id),
  };
}

/**
 * Duplicates cards within the map: copies appended to the same cells (free cards offset), with the
 * connections among them duplicated too.
 */
export function duplicateCards(map: JourneyMap, cardIds: readonly string[]): PasteResult {
  return pasteClipboard(map, copySelection(map, cardIds));
}

/**
 * A pasted card or connection is new content: it does not inherit what its source was copied from
 * (`originId`), or one map would hold two rows of one origin and the compare view could pair the
 * wrong one with the original.
 */
function withoutLineage<T extends { originId?: string | null | undefined }>(row: T): T {
  if (row.originId === undefined) return row;
  const copy = { ...row };
  delete copy.originId;
  return copy;
}
