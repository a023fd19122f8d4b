import { useReactFlow } from '@xyflow/react';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resizeStage, STAGE_WIDTH_RANGE } from '../../../shared/document';
import { editDocument } from '../store/edit-document';
import { useEditorStore } from '../store/editor-store';

const KEY_STEP = 16;

/**
 * The drag handle on a stage header's right edge. While it is dragged only a guide line moves (no
 * document change per pointer move); the new width is one undoable edit when the pointer is released.
 * From the keyboard it is a separator: Left/Right arrows narrow or widen the stage by 16 px.
 */
export function StageResizeHandle({ stageId, name }: { stageId: string; name: string }) {
  const { t } = useTranslation();
  const { getZoom } = useReactFlow();
  const width = useEditorStore((s) => s.map?.stages.find((x) => x.id === stageId)?.width ?? 0);
  const drag = useRef<{ startX: number; zoom: number } | null>(null);
  const [delta, setDelta] = useState(0);

  const clamp = (w: number) =>
    Math.min(STAGE_WIDTH_RANGE.max, Math.max(STAGE_WIDTH_RANGE.min, Math.round(w)));
  const commit = (next: number) => editDocument((map) => resizeStage(map, stageId, clamp(next)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, zoom: getZoom() || 1 };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const d = (event.clientX - drag.current.startX) / drag.current.zoom;
    setDelta(clamp(width + d) - width);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const d = (event.clientX - drag.current.startX) / drag.current.zoom;
    drag.current = null;
    setDelta(0);
    if (Math.abs(d) >= 1) commit(width + d);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    commit(width + (event.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('inspector.structure.resizeStage', { name })}
      aria-valuenow={width}
      aria-valuemin={STAGE_WIDTH_RANGE.min}
      aria-valuemax={STAGE_WIDTH_RANGE.max}
      tabIndex={0}
      className="stage-resize nodrag nopan"
      style={delta !== 0 ? { transform: `translateX(${delta}px)` } : undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        setDelta(0);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
