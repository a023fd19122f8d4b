import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addFromPalette, PALETTE_KINDS, PALETTE_MIME, targetCell, type PaletteKind } from './canvas-actions';
import { useCanvasUi } from './canvas-ui-store';
import { useEditorStore } from './store/editor-store';

const GLYPH: Record<PaletteKind, string> = {
  persona: '👤',
  stage: '▥',
  touchpoint: '◎',
  emotion: '♥',
  painPoint: '!',
  opportunity: '★',
  note: '✎',
};

/** Where palette buttons put a card, in words. */
function TargetHint() {
  const { t } = useTranslation();
  const map = useEditorStore((s) => s.map);
  const selected = useCanvasUi((s) => s.selectedCell);
  const cell = map ? targetCell(map, selected) : null;
  const stage = cell && map?.stages.find((s) => s.id === cell.stageId);
  const lane = cell && map?.lanes.find((l) => l.id === cell.laneId);
  return (
    <p className="palette__target" aria-live="polite">
      {stage && lane
        ? t('canvas.palette.target', { stage: stage.name, lane: lane.name })
        : t('canvas.palette.targetNone')}
    </p>
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
              draggable
              onDragStart={onDragStart(kind)}
              onClick={() => addFromPalette(kind)}
            >
              <span className="palette__glyph" aria-hidden="true">
                {GLYPH[kind]}
              </span>
              {t(`canvas.palette.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="palette__hint">{t('canvas.palette.hint')}</p>
      <TargetHint />
    </aside>
  );
}
