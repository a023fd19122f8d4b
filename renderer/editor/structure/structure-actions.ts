import {
  addLane,
  addStage,
  countCardsInLane,
  countCardsInStage,
  moveLane,
  moveStage,
  removeLane,
  removeStage,
} from '../../../shared/document';
import { currentMap, editDocument as edit } from '../store/edit-document';
import { editorUi } from '../store/editor-ui-store';

/** Appends a stage (or inserts it at `at`) and shows it in the inspector to be named. */
export function addStageAndSelect(name: string, at?: number): void {
  let id: string | undefined;
  const added = edit((map) => {
    const next = addStage(map, { name, at });
    id = next.stages[at ?? next.stages.length - 1]?.id;
    return next;
  });
  if (added && id) editorUi().selectStage(id);
}

/** Appends a custom lane and shows it in the inspector. */
export function addLaneAndSelect(name: string): void {
  let id: string | undefined;
  const added = edit((map) => {
    const next = addLane(map, { name, kind: 'custom' });
    id = next.lanes[next.lanes.length - 1]?.id;
    return next;
  });
  if (added && id) editorUi().selectLane(id);
}

/** Moves a stage one column left (-1) or right (+1). */
export function shiftStage(stageId: string, by: -1 | 1): boolean {
  return edit((map) => {
    const index = map.stages.findIndex((s) => s.id === stageId);
    const to = index + by;
    return to < 0 || to >= map.stages.length ? map : moveStage(map, stageId, to);
  });
}

/** Moves a lane one row up (-1) or down (+1). */
export function shiftLane(laneId: string, by: -1 | 1): boolean {
  return edit((map) => {
    const index = map.lanes.findIndex((l) => l.id === laneId);
    const to = index + by;
    return to < 0 || to >= map.lanes.length ? map : moveLane(map, laneId, to);
  });
}

export function deleteStage(stageId: string): boolean {
  const done = edit((map) => removeStage(map, stageId));
  if (done) editorUi().forgetStructure(stageId);
  return done;
}

export function deleteLane(laneId: string): boolean {
  const done = edit((map) => removeLane(map, laneId));
  if (done) editorUi().forgetStructure(laneId);
  return done;
}

/** How many cards a stage / lane delete takes with it (0 when it is already gone). */
export function cardsInStage(stageId: string): number {
  const map = currentMap();
  return map?.stages.some((s) => s.id === stageId) ? countCardsInStage(map, stageId) : 0;
}
export function cardsInLane(laneId: string): number {
  const map = currentMap();
  return map?.lanes.some((l) => l.id === laneId) ? countCardsInLane(map, laneId) : 0;
}
