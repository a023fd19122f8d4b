import { z } from 'zod';
import { type JourneyMap, type Stage, StageSchema } from '../domain/journey-map';
import { LIMITS, LongTextSchema, NameSchema, newId, ShortTextSchema } from '../domain/primitives';
import { clampSize, insertItem, moveItem } from './axis';
import { removeCardsWhere } from './cells';
import { checkLimit, invalidEdit, parseOrThrow, replaceAt, stageIndexOrThrow } from './guards';

/** Narrowest and widest stage column, in canvas pixels, as the schema allows. */
export const STAGE_WIDTH_RANGE = { min: 160, max: 2_000 } as const;

/** What {@link addStage} needs; everything but the name has a default. */
export interface NewStage {
  /** Where the column goes, 0..stages.length; appended when left out. */
  at?: number;
  name: string;
  id?: string;
  description?: string;
  goal?: string;
  width?: number;
}

const StagePatchSchema = z.strictObject({
  name: NameSchema.optional(),
  description: LongTextSchema.optional(),
  goal: ShortTextSchema.optional(),
});
/** Fields of a stage the details panel edits. */
export type StagePatch = z.input<typeof StagePatchSchema>;

/**
 * Inserts a new stage column (e.g. where a palette Stage was dropped).
 *
 * @returns The new map; the stage is `map.stages[at]`.
 * @throws ApiError `invalid_input` for a bad name, a taken id or an index outside 0..n; `too_large`
 * past {@link LIMITS.stagesPerMap}.
 */
export function addStage(map: JourneyMap, stage: NewStage): JourneyMap {
  const { at = map.stages.length, ...fields } = stage;
  const parsed = parseOrThrow(
    StageSchema,
    {
      ...fields,
      id: fields.id ?? newId(),
      width:
        fields.width === undefined
          ? undefined
          : clampSize(fields.width, STAGE_WIDTH_RANGE.min, STAGE_WIDTH_RANGE.max, 'width'),
    },
    'stage',
  );
  if (map.stages.some((s) => s.id === parsed.id))
    invalidEdit(`A stage with id "${parsed.id}" exists.`, 'id', 'edit_id_exists', {
      what: 'stage',
      id: parsed.id,
    });
  checkLimit(map.stages.length + 1, LIMITS.stagesPerMap, 'stages');
  return { ...map, stages: insertItem(map.stages, parsed, at) };
}

/**
 * Changes a stage's name, description or goal. Returns the same map when nothing changes.
 *
 * @throws ApiError `invalid_input` for an unknown stage, an empty name or an unknown field.
 */
export function updateStage(map: JourneyMap, stageId: string, patch: StagePatch): JourneyMap {
  const index = stageIndexOrThrow(map, stageId);
  const fields = parseOrThrow(StagePatchSchema, patch, 'stage change');
  const current = map.stages[index] as Stage;
  const next: Stage = { ...current, ...fields };
  if (next.name === current.name && next.description === current.description && next.goal === current.goal) {
    return map;
  }
  return { ...map, stages: replaceAt(map.stages, index, next) };
}

/** Renames a stage; the name is trimmed and must not be empty. */
export function renameStage(map: JourneyMap, stageId: string, name: string): JourneyMap {
  return updateStage(map, stageId, { name });
}

/**
 * Moves a stage to `toIndex` (its index after the move), as when a column header is dragged. Its cards
 * go with it: they refer to the stage by id.
 */
export function moveStage(map: JourneyMap, stageId: string, toIndex: number): JourneyMap {
  const from = stageIndexOrThrow(map, stageId);
  const stages = moveItem(map.stages, from, toIndex);
  return stages === map.stages ? map : { ...map, stages: stages as Stage[] };
}

/** Sets a stage's width, rounded and clamped to {@link STAGE_WIDTH_RANGE}. */
export function resizeStage(map: JourneyMap, stageId: string, width: number): JourneyMap {
  const index = stageIndexOrThrow(map, stageId);
  const clamped = clampSize(width, STAGE_WIDTH_RANGE.min, STAGE_WIDTH_RANGE.max, 'width');
  const current = map.stages[index] as Stage;
  if (current.width === clamped) return map;
  return { ...map, stages: replaceAt(map.stages, index, { ...current, width: clamped }) };
}

/** How many cards sit in the stage's cells: the number the delete confirmation shows. */
export function countCardsInStage(map: JourneyMap, stageId: string): number {
  stageIndexOrThrow(map, stageId);
  return map.cards.reduce((n, card) => (card.stageId === stageId ? n + 1 : n), 0);
}

/**
 * Deletes a stage with every card in its cells and every connection touching those cards. Ask first
 * (see {@link countCardsInStage}); undo restores them.
 */
export function removeStage(map: JourneyMap, stageId: string): JourneyMap {
  const index = stageIndexOrThrow(map, stageId);
  const withoutCards = removeCardsWhere(map, (card) => card.stageId === stageId);
  return { ...withoutCards, stages: map.stages.filter((_, i) => i !== index) };
}
