import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateCard } from '../../../shared/document';
import { makeMap } from '../../../shared/document/test-map';

vi.mock('../../api', () => ({
  api: { call: () => new Promise(() => {}) },
  errorMessage: (error: unknown) => (error instanceof Error ? error.message : String(error)),
}));

const { amendLastEdit, currentMap, discardLastEdit, editDocument } = await import('./edit-document');
const { useEditorStore } = await import('./editor-store');

const history = () => useEditorStore.temporal.getState();

describe('editDocument', () => {
  const map = makeMap({ stages: 1, lanes: 1, cardsPerCell: 1 });
  const cardId = map.cards[0]!.id;

  beforeEach(() => {
    // Seeded as still loading, so no autosave is scheduled: only the edit and its history matter here.
    useEditorStore.setState({ mapId: map.id, map, status: 'loading', editError: null });
    history().clear();
  });

  it('applies one undoable edit and reports it', () => {
    expect(editDocument((m) => updateCard(m, cardId, { title: 'Renamed' }))).toBe(true);
    expect(currentMap()?.cards[0]?.title).toBe('Renamed');
    expect(history().pastStates).toHaveLength(1);
    useEditorStore.getState().undo();
    expect(currentMap()).toBe(map);
  });

  it('an edit that changes nothing is no history entry', () => {
    expect(editDocument((m) => m)).toBe(false);
    expect(history().pastStates).toHaveLength(0);
  });

  it('a refused edit leaves the map alone and keeps the reason for the alert', () => {
    const refused = editDocument(() => {
      throw new Error('no such card');
    });
    expect(refused).toBe(false);
    expect(currentMap()).toBe(map);
    expect(useEditorStore.getState().editError).toBe('no such card');
    // The next edit that applies clears it.
    editDocument((m) => updateCard(m, cardId, { title: 'Next' }));
    expect(useEditorStore.getState().editError).toBeNull();
  });

  it('does nothing without an open map', () => {
    useEditorStore.setState({ map: null });
    expect(editDocument((m) => updateCard(m, cardId, { title: 'x' }))).toBe(false);
  });
});

describe('amendLastEdit and discardLastEdit', () => {
  const map = makeMap({ stages: 1, lanes: 1, cardsPerCell: 1 });
  const cardId = map.cards[0]!.id;

  beforeEach(() => {
    useEditorStore.setState({ mapId: map.id, map, status: 'loading', editError: null });
    history().clear();
  });

  it('an amended edit joins the last undo step', () => {
    editDocument((m) => updateCard(m, cardId, { title: 'First' }));
    expect(amendLastEdit((m) => updateCard(m, cardId, { title: 'Typed' }))).toBe(true);
    expect(currentMap()?.cards[0]?.title).toBe('Typed');
    expect(history().pastStates).toHaveLength(1);
    useEditorStore.getState().undo();
    expect(currentMap()).toBe(map);
    useEditorStore.getState().redo();
    expect(currentMap()?.cards[0]?.title).toBe('Typed');
  });

  it('a discarded edit leaves neither an undo nor a redo step', () => {
    editDocument((m) => updateCard(m, cardId, { title: 'Kept' }));
    const kept = currentMap();
    editDocument((m) => updateCard(m, cardId, { title: 'Dropped' }));
    discardLastEdit();
    expect(currentMap()).toBe(kept);
    expect(history().pastStates).toHaveLength(1);
    expect(history().futureStates).toHaveLength(0);
  });
});
