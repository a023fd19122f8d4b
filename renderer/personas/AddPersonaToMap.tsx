import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCard, addPersonaToMap, createCard } from '../../shared/document';
import type { JourneyMap } from '../../shared/domain';
import { editDocument } from '../editor/store/edit-document';
import { useEditorStore } from '../editor/store/editor-store';
import { usePersonaStore } from './persona-store';

/**
 * Puts a library persona on the open map as one undoable edit: its id joins `map.personaIds` and a
 * persona card pointing at it goes into the first cell (so the canvas shows it; the user drags it
 * where it belongs).
 */
export function placePersona(map: JourneyMap, personaId: string, title: string): JourneyMap {
  const withPersona = addPersonaToMap(map, personaId);
  const stage = map.stages[0];
  const lane = map.lanes[0];
  const card = createCard('persona', { title, personaId });
  return stage && lane
    ? addCard(withPersona, card, { stageId: stage.id, laneId: lane.id })
    : addCard(withPersona, card, { x: 0, y: 0 });
}

/** A persona select and an "Add persona to map" button, for the editor's side panel. */
export function AddPersonaToMap() {
  const { t } = useTranslation();
  const id = useId();
  const personas = usePersonaStore((s) => s.personas);
  const ensureLoaded = usePersonaStore((s) => s.ensureLoaded);
  const hasMap = useEditorStore((s) => s.map !== null);
  const [chosen, setChosen] = useState('');
  useEffect(() => ensureLoaded(), [ensureLoaded]);

  const selected = personas.find((p) => p.id === chosen) ?? personas[0];
  if (!hasMap || personas.length === 0) return null;
  return (
    <div className="add-persona">
      <label className="field__label" htmlFor={id}>
        {t('personas.addToMapField')}
      </label>
      <div className="add-persona__row">
        <select
          id={id}
          className="select"
          value={selected?.id ?? ''}
          onChange={(event) => setChosen(event.currentTarget.value)}
        >
          {personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--ghost"
          disabled={!selected}
          onClick={() => {
            if (!selected) return;
            const placed = editDocument((map) => placePersona(map, selected.id, selected.name));
            // The usage count in the library changes once the edit is saved.
            if (placed)
              void useEditorStore
                .getState()
                .flush()
                .then(() => usePersonaStore.getState().load());
          }}
        >
          {t('personas.addToMap')}
        </button>
      </div>
    </div>
  );
}
