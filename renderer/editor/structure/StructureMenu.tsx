import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../store/editor-store';
import { useStructureMenu } from './structure-menu-store';
import { editorUi } from '../store/editor-ui-store';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import {
  cardsInLane,
  cardsInStage,
  deleteLane,
  deleteStage,
  shiftLane,
  shiftStage,
} from './structure-actions';

/**
 * The menu of a stage or lane header on the canvas: edit (in the inspector: rename, resize, kind),
 * move left/right (up/down for lanes) and delete (asks, with the card count). A menu with the usual
 * keys: arrows move, Escape closes and returns focus to the header button.
 */
export function StructureMenu() {
  const { t } = useTranslation();
  const target = useStructureMenu((s) => s.target);
  const setProvided = useStructureMenu((s) => s.setProvided);
  const close = useStructureMenu((s) => s.close);
  const name = useEditorStore((s) => {
    if (!target || !s.map) return undefined;
    const list = target.type === 'stage' ? s.map.stages : s.map.lanes;
    return list.find((x) => x.id === target.id)?.name;
  });
  const index = useEditorStore((s) => {
    if (!target || !s.map) return -1;
    const list = target.type === 'stage' ? s.map.stages : s.map.lanes;
    return list.findIndex((x) => x.id === target.id);
  });
  const count = useEditorStore(
    (s) => (target?.type === 'stage' ? s.map?.stages.length : s.map?.lanes.length) ?? 0,
  );
  const menuRef = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  const [pending, setPending] = useState<{
    type: 'stage' | 'lane';
    id: string;
    name: string;
    count: number;
  } | null>(null);

  useEffect(() => {
    setProvided(true);
    return () => setProvided(false);
  }, [setProvided]);

  useEffect(() => {
    if (!target) return;
    opener.current = document.activeElement;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [target, close]);

  const dismiss = () => {
    close();
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    const items = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [],
    );
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (event.key === 'Tab') {
      close();
    }
  };

  const dialog = pending ? (
    <ConfirmDeleteDialog
      title={t(
        pending.type === 'stage'
          ? 'inspector.structure.deleteStageTitle'
          : 'inspector.structure.deleteLaneTitle',
      )}
      message={
        pending.count === 0
          ? t(
              pending.type === 'stage'
                ? 'inspector.structure.confirmStageEmpty'
                : 'inspector.structure.confirmLaneEmpty',
              {
                name: pending.name,
              },
            )
          : t(
              pending.type === 'stage'
                ? 'inspector.structure.confirmStage'
                : 'inspector.structure.confirmLane',
              {
                name: pending.name,
                count: pending.count,
              },
            )
      }
      onConfirm={() => (pending.type === 'stage' ? deleteStage(pending.id) : deleteLane(pending.id))}
      onClose={() => setPending(null)}
    />
  ) : null;

  if (!target || name === undefined) return dialog;
  const stage = target.type === 'stage';
  const { anchor } = target;
  const run = (action: () => void) => {
    action();
    close();
  };

  return (
    <>
      <div
        ref={menuRef}
        role="menu"
        aria-label={t(stage ? 'canvas.stageMenu' : 'canvas.laneMenu', { name })}
        className="structure-menu"
        style={{ left: anchor.x, top: anchor.y + anchor.height + 4 }}
        onKeyDown={onKeyDown}
      >
        <button
          type="button"
          role="menuitem"
          onClick={() =>
            run(() => (stage ? editorUi().selectStage(target.id) : editorUi().selectLane(target.id)))
          }
        >
          {t('inspector.structure.edit', { name })}
        </button>
        <button
          type="button"
          role="menuitem"
          disabled={index <= 0}
          onClick={() => run(() => (stage ? shiftStage(target.id, -1) : shiftLane(target.id, -1)))}
        >
          {t(stage ? 'inspector.structure.moveLeft' : 'inspector.structure.moveUp')}
        </button>
        <button
          type="button"
          role="menuitem"
          disabled={index >= count - 1}
          onClick={() => run(() => (stage ? shiftStage(target.id, 1) : shiftLane(target.id, 1)))}
        >
          {t(stage ? 'inspector.structure.moveRight' : 'inspector.structure.moveDown')}
        </button>
        <button
          type="button"
          role="menuitem"
          className="structure-menu__danger"
          onClick={() =>
            run(() =>
              setPending({
                type: target.type,
                id: target.id,
                name,
                count: stage ? cardsInStage(target.id) : cardsInLane(target.id),
              }),
            )
          }
        >
          {t('common.delete')}
        </button>
      </div>
      {dialog}
    </>
  );
}
