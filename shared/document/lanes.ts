import { z } from 'zod';
import { type JourneyMap, type Lane, type LaneKind, LaneKindSchema, LaneSchema } from '../domain/journey-map';
import { LIMITS, NameSchema, newId } from '../domain/primitives';
import { clampSize, insertItem, moveItem } from './axis';
import { removeCardsWhere } from './cells';
import { checkLimit, invalidEdit, laneIndexOrThrow, parseOrThrow, replaceAt } from './guards';

/** Lowest and highest lane row, in canvas pixels, as the schema allows. */
export const LANE_HEIGHT_RANGE = { min: 80, max: 2_000 } as const;

/** What {@link addLane} needs; everything but name and kind has a default. */
export interface NewLane {
  /** Where the row goes, 0..lanes.length; appended when left out. */
  at?: number;
  name: string;
  kind: LaneKind;
  id?: string;
  height?: number;
}

const LanePatchSchema = z.strictObject({ name: NameSchema.optional(), kind: LaneKindSchema.optional() });
/** Fields of a lane the details panel edits. */
export type LanePatch = z.input<typeof LanePatchSchema>;

/**
 * Inserts a new lane row.
 *
 * @returns The new map; the lane is `map.lanes[at]`.
 * @throws ApiError `invalid_input` for a bad name or kind, a taken id or an index outside 0..n;
 * `too_large` past {@link LIMITS.lanesPerMap}.
 */
export function addLane(map: JourneyMap, lane: NewLane): JourneyMap {
  const { at = map.lanes.length, ...fields } = lane;
  const parsed = parseOrThrow(
    LaneSchema,
    {
      ...fields,
      id: fields.id ?? newId(),
      height:
        fields.height === undefined
          ? undefined
          : clampSize(fields.height, LANE_HEIGHT_RANGE.min, LANE_HEIGHT_RANGE.max, 'height'),
    },
    'lane',
  );
  if (map.lanes.some((l) => l.id === parsed.id))
    invalidEdit(`A lane with id "${parsed.id}" exists.`, 'id', 'edit_id_exists', {
      what: 'lane',
      id: parsed.id,
    });
  checkLimit(map.lanes.length + 1, LIMITS.lanesPerMap, 'lanes');
  return { ...map, lanes: insertItem(map.lanes, parsed, at) };
}

/** Changes a lane's name or kind. Returns the same map when nothing changes. */
export function updateLane(map: JourneyMap, laneId: string, patch: LanePatch): JourneyMap {
  const index = laneIndexOrThrow(map, laneId);
  const fields = parseOrThrow(LanePatchSchema, patch, 'lane change');
  const current = map.lanes[index] as Lane;
  const next: Lane = { ...current, ...fields };
  if (next.name === current.name && next.kind === current.kind) return map;
  return { ...map, lanes: replaceAt(map.lanes, index, next) };
}

/** Renames a lane; the name is trimmed and must not be empty. */
export function renameLane(map: JourneyMap, laneId: string, name: string): JourneyMap {
  return updateLane(map, laneId, { name });
}

/**
 * Gives a lane a kind (actions, touchpoints, ..., custom). Cards already in the lane stay as they are:
 * the kind only steers what the palette suggests and where the emotion curve is drawn.
 */
export function setLaneKind(map: JourneyMap, laneId: string, kind: LaneKind): JourneyMap {
  return updateLane(map, laneId, { kind });
}

/** Moves a lane to `toIndex` (its index after the move); its cards go with it. */
export function moveLane(map: JourneyMap, laneId: string, toIndex: number): JourneyMap {
  const from = laneIndexOrThrow(map, laneId);
  const lanes = moveItem(map.lanes, from, toIndex);
  return lanes === map.lanes ? map : { ...map, lanes: lanes as Lane[] };
}

/** Sets a lane's height, rounded and clamped to {@link LANE_HEIGHT_RANGE}. */
export function resizeLane(map: JourneyMap, laneId: string, height: number): JourneyMap {
  const index = laneIndexOrThrow(map, laneId);
  const clamped = clampSize(height, LANE_HEIGHT_RANGE.min, LANE_HEIGHT_RANGE.max, 'height');
  const current = map.lanes[index] as Lane;
  if (current.height === clamped) return map;
  return { ...map, lanes: replaceAt(map.lanes, index, { ...current, height: clamped }) };
}

/** How many cards sit in the lane's cells: the number the delete confirmation shows. */
export function countCardsInLane(map: JourneyMap, laneId: string): number {
  laneIndexOrThrow(map, laneId);
  return map.cards.reduce((n, card) => (card.laneId === laneId ? n + 1 : n), 0);
}

/** Deletes a lane with every card in its cells and every connection touching those cards. */
export function removeLane(map: JourneyMap, laneId: string): JourneyMap {
  const index = laneIndexOrThrow(map, laneId);
  const withoutCards = removeCardsWhere(map, (card) => card.laneId === laneId);
  return { ...withoutCards, lanes: map.lanes.filter((_, i) => i !== index) };
}
