import { beforeEach, describe, expect, it } from 'vitest';
import { useEditorUi } from './editor-ui-store';
import { NOTHING, pickItems, pickLane, pickStage, withoutStructure, type Selection } from './selection';

/** How many of the three kinds (items, a stage, a lane) a selection holds: never more than one. */
function kinds(s: Selection): number {
  const items = s.cards.size + s.connections.size > 0 ? 1 : 0;
  return items + (s.stage !== null ? 1 : 0) + (s.lane !== null ? 1 : 0);
}

describe('selection', () => {
  it('picking a stage or lane drops the cards and connections, and the other structure pick', () => {
    const items = pickItems(NOTHING, ['c1', 'c2'], ['x1']);
    expect(pickStage('s1')).toEqual({ ...NOTHING, stage: 's1' });
    expect(kinds(pickStage('s1'))).toBe(1);
    expect(pickLane('l1')).toEqual({ ...NOTHING, lane: 'l1' });
    expect(kinds(items)).toBe(1);
  });

  it('picking cards or a connection replaces a picked stage or lane', () => {
    expect(pickItems(pickStage('s1'), ['c1'])).toEqual({
      cards: new Set(['c1']),
      connections: new Set(),
      stage: null,
      lane: null,
    });
    expect(pickItems(pickLane('l1'), [], ['x1'])).toMatchObject({ stage: null, lane: null });
  });

  it('an empty pick (React Flow deselecting as a header or the pane is clicked) keeps a stage or lane', () => {
    const stage = pickStage('s1');
    expect(pickItems(stage, [])).toBe(stage);
    expect(pickItems(stage, [], [])).toBe(stage);
    expect(pickItems(pickItems(NOTHING, ['c1']), [], [])).toBe(NOTHING);
  });

  it('omitted connections are kept; the same ids keep the same set (no redraw)', () => {
    const picked = pickItems(NOTHING, ['c1'], ['x1']);
    const more = pickItems(picked, ['c1', 'c2']);
    expect([...more.connections]).toEqual(['x1']);
    expect(more.connections).toBe(picked.connections);
    expect(pickItems(more, ['c2', 'c1']).cards).toBe(more.cards);
  });

  it('a deleted stage or lane leaves the selection; anything else stays', () => {
    expect(withoutStructure(pickStage('s1'), 's1')).toBe(NOTHING);
    expect(withoutStructure(pickLane('l1'), 'l1')).toBe(NOTHING);
    const other = pickStage('s2');
    expect(withoutStructure(other, 's1')).toBe(other);
  });
});

describe('the editor UI store', () => {
  const ui = () => useEditorUi.getState();
  beforeEach(() => ui().reset());

  it('holds one kind of selection whatever the order of picks', () => {
    const steps: (() => void)[] = [
      () => ui().selectCards(['c1']),
      () => ui().selectItems(['c1', 'c2'], ['x1']),
      () => ui().selectItems([], ['x2']),
      () => ui().selectItems([]),
      () => ui().selectStage('s1'),
      () => ui().selectLane('l1'),
      () => ui().forgetStructure('s1'),
      () => ui().forgetStructure('l1'),
    ];
    // Every ordered pair of steps, from every starting point reached by a step.
    for (const first of steps)
      for (const second of steps)
        for (const third of steps) {
          ui().reset();
          first();
          second();
          third();
          expect(kinds(ui().selection)).toBeLessThanOrEqual(1);
        }
  });

  it('a stage picked by double-click asks for its name field until it has focus', () => {
    ui().selectStage('s1', { focusName: true });
    expect(ui()).toMatchObject({ selection: { stage: 's1' }, focusName: true });
    ui().nameFocused();
    expect(ui().focusName).toBe(false);
    ui().selectLane('l1');
    expect(ui()).toMatchObject({ selection: { stage: null, lane: 'l1' }, focusName: false });
  });

  it('a pick that changes nothing does not notify (panels do not redraw)', () => {
    ui().selectStage('s1');
    let calls = 0;
    const stop = useEditorUi.subscribe(() => calls++);
    ui().selectItems([]);
    ui().forgetStructure('other');
    stop();
    expect(calls).toBe(0);
  });

  it('reset (leaving the editor) forgets a picked stage or lane as well as cards', () => {
    ui().selectLane('l1');
    ui().reset();
    expect(ui().selection).toBe(NOTHING);
  });
});
