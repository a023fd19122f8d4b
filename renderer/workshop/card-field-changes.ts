import type { JourneyMap } from '../../shared/domain';
import { applyCardEvent, type SessionEvent } from '../../shared/workshop';
import { useEditorStore } from '../editor/store/editor-store';

type CardChanged = Extract<SessionEvent, { type: 'card.changed' }>;

/**
 * Fields of cards that a participant changed while the facilitator's save of the same field was on
 * its way: which write the server ordered last is told by the facilitator's own `card.changed` of
 * that save (later in the stream: the save won; earlier: the participant's value stands).
 */
export type InFlightConflicts = Map<string, Set<string>>;

const takeFields = (event: CardChanged, fields: readonly string[]) => (map: JourneyMap) =>
  fields.length === 0
    ? map
    : applyCardEvent(map, { ...event, fields: fields as CardChanged['fields'] }, { onlyChangedFields: true });

/**
 * Applies a session's `card.changed` that names its fields to the facilitator's editor, so that the
 * editor ends with what the library holds, the last write of each field winning (issue 12):
 *
 * - a participant's change takes only its fields; a field the facilitator has edited and not sent yet
 *   keeps the edit (the next save writes it, later, so it wins) while the saved state learns the
 *   participant's value, and so does a card the facilitator deleted and not saved yet; a field the
 *   save in flight also carries is noted as a conflict;
 * - the facilitator's own change (its save, read back) is skipped as before, except for the noted
 *   conflicts: arriving after the participant's, it says the save was written last, so the document
 *   takes the save's value again. It enters no undo history either way.
 *
 * Returns whether the event was applied (a participant's always is).
 */
export function applyCardFieldChange(event: CardChanged, conflicts: InFlightConflicts): boolean {
  const fields = event.fields;
  if (!fields) return false;
  const cardId = event.card.id;
  if (event.by.kind === 'facilitator') {
    // Most of the facilitator's own events settle nothing: answer those without looking further.
    const noted = conflicts.get(cardId);
    const settled = fields.filter((f) => noted?.has(f));
    if (!noted || settled.length === 0) return false;
    const editor = useEditorStore.getState();
    const keep = new Set(editor.localCardFields(cardId).pending);
    for (const f of settled) noted.delete(f);
    if (noted.size === 0) conflicts.delete(cardId);
    editor.applyRemote(takeFields(event, settled), {
      document: takeFields(
        event,
        settled.filter((f) => !keep.has(f)),
      ),
      history: false,
    });
    return true;
  }

  const editor = useEditorStore.getState();
  const local = editor.localCardFields(cardId);
  const keep = new Set(local.pending);
  const inFlight = new Set(local.inFlight);
  for (const f of fields) {
    if (!inFlight.has(f)) continue;
    const noted = conflicts.get(cardId) ?? new Set<string>();
    noted.add(f);
    conflicts.set(cardId, noted);
  }
  // A card the facilitator deleted and not saved yet stays deleted: the deletion is written later.
  const forDocument = local.deletedLocally ? [] : fields.filter((f) => !keep.has(f));
  editor.applyRemote(
    takeFields(event, fields),
    forDocument.length === fields.length ? {} : { document: takeFields(event, forDocument) },
  );
  return true;
}
