import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { targetCell } from '../canvas/canvas-actions';
import { addFromPalette, PALETTE_KINDS, PALETTE_MIME, type PaletteKind } from './palette-items';
import { useEditorUi } from '../store/editor-ui-store';
import { KindIcon } from '../../ui/KindIcon';
import { kindStyle } from '../../styles/design-tokens';
import { useEditorStore } from '../store/editor-store';

/**
 * Where palette buttons put a card: the selected cell (a click on a cell or a focused card picks
 * it), shown and changeable as two lists so the keyboard can reach any cell.
 */
function TargetCell() {
  const { t } = useTranslation();
  const map = useEditorStore((s) => s.map);
  const selected = useEditorUi((s) => s.selectedCell);
  const setCell = useEditorUi((s) => s.setSelectedCell);
  const cell = map ? targetCell(map, selected) : null;
  if (!map || !cell) return <p className="palette__hint">{t('canvas.palette.targetNone')}</p>;
  return (
    <fieldset className="palette__target">
      <legend className="palette__target-title">{t('canvas.palette.targetTitle')}</legend>
      <label className="palette__field">
        <span>{t('canvas.palette.targetStage')}</span>
        <select value={cell.stageId} onChange={(event) => setCell({ ...cell, stageId: event.target.value })}>
          {map.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
      </label>
      <label className="palette__field">
        <span>{t('canvas.palette.targetLane')}</span>
        <select value={cell.laneId} onChange={(event) => setCell({ ...cell, laneId: event.target.value })}>
          {map.lanes.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/**
 * The palette: each item can be dragged onto the canvas (HTML5 drag and drop, dropped onto a cell or
 * as a new stage column) or pressed (keyboard or click) to add it to the selected cell.
 */
export function Palette() {
  const { t } = useTranslation();
  const onDragStart = (kind: PaletteKind) => (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="palette__title">
        {t('canvas.palette.title')}
      </h2>
      <ul className="palette__list">
        {PALETTE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette__item palette__item--${kind}`}
              style={kind === 'stage' ? undefined : kindStyle(kind)}
              draggable
              onDragStart={onDragStart(kind)}
              onClick={() => addFromPalette(kind)}
            >
              <span className="palette__glyph" aria-hidden="true">
                <KindIcon kind={kind} />
              </span>
              {t(`canvas.palette.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="palette__hint">{t('canvas.palette.hint')}</p>
      <TargetCell />
    </aside>
  );
}
