import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditorStore } from '../store/editor-store';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import {
  addLaneAndSelect,
  addStageAndSelect,
  cardsInLane,
  cardsInStage,
  deleteLane,
  deleteStage,
  shiftLane,
  shiftStage,
} from './structure-actions';
import { useEditorUi } from '../store/editor-ui-store';

type Pending = { type: 'stage' | 'lane'; id: string; name: string; count: number };

/**
 * The map's stages and lanes as keyboard-friendly lists: pick one to edit it in the inspector, move it
 * (left/right, up/down), delete it (asks, saying how many cards go with it), or add one. Every change
 * is one undoable edit. Subscribes to ids and names only, not to cards.
 */
export function StructurePanel() {
  const { t } = useTranslation();
  const stages = useEditorStore(useShallow((s) => s.map?.stages.map((x) => `${x.id}\u0000${x.name}`) ?? []));
  const lanes = useEditorStore(useShallow((s) => s.map?.lanes.map((x) => `${x.id}\u0000${x.name}`) ?? []));
  const selectedStage = useEditorUi((s) => s.selection.stage);
  const selectedLane = useEditorUi((s) => s.selection.lane);
  const selectStage = useEditorUi((s) => s.selectStage);
  const selectLane = useEditorUi((s) => s.selectLane);
  const [pending, setPending] = useState<Pending | null>(null);

  const split = (entry: string) => {
    const [id = '', name = ''] = entry.split('\u0000');
    return { id, name };
  };

  return (
    <section className="structure" aria-label={t('inspector.structure.label')}>
      <h3 className="inspector__heading">{t('inspector.structure.stages')}</h3>
      <ol className="structure__list">
        {stages.map(split).map(({ id, name }, index) => (
          <StructureItem
            key={id}
            name={name}
            current={selectedStage === id}
            onSelect={() => selectStage(id)}
            moves={[
              {
                glyph: '←',
                label: t('inspector.structure.moveStageLeft', { name }),
                title: t('inspector.structure.moveLeft'),
                disabled: index === 0,
                run: () => shiftStage(id, -1),
              },
              {
                glyph: '→',
                label: t('inspector.structure.moveStageRight', { name }),
                title: t('inspector.structure.moveRight'),
                disabled: index === stages.length - 1,
                run: () => shiftStage(id, 1),
              },
            ]}
            deleteLabel={t('inspector.structure.deleteStage', { name })}
            onDelete={() => setPending({ type: 'stage', id, name, count: cardsInStage(id) })}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => addStageAndSelect(t('inspector.structure.newStage'))}
      >
        {t('inspector.structure.addStage')}
      </button>

      <h3 className="inspector__heading">{t('inspector.structure.lanes')}</h3>
      <ol className="structure__list">
        {lanes.map(split).map(({ id, name }, index) => (
          <StructureItem
            key={id}
            name={name}
            current={selectedLane === id}
            onSelect={() => selectLane(id)}
            moves={[
              {
                glyph: '↑',
                label: t('inspector.structure.moveLaneUp', { name }),
                title: t('inspector.structure.moveUp'),
                disabled: index === 0,
                run: () => shiftLane(id, -1),
              },
              {
                glyph: '↓',
                label: t('inspector.structure.moveLaneDown', { name }),
                title: t('inspector.structure.moveDown'),
                disabled: index === lanes.length - 1,
                run: () => shiftLane(id, 1),
              },
            ]}
            deleteLabel={t('inspector.structure.deleteLane', { name })}
            onDelete={() => setPending({ type: 'lane', id, name, count: cardsInLane(id) })}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => addLaneAndSelect(t('inspector.structure.newLane'))}
      >
        {t('inspector.structure.addLane')}
      </button>

      {pending ? (
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
      ) : null}
    </section>
  );
}

interface Move {
  glyph: string;
  label: string;
  title: string;
  disabled: boolean;
  run(): void;
}

/** One stage or lane in the list: its name (selects it), two move buttons and delete. */
function StructureItem(props: {
  name: string;
  current: boolean;
  onSelect(): void;
  moves: readonly Move[];
  deleteLabel: string;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  return (
    <li className="structure__item">
      <button
        type="button"
        className={`structure__name${props.current ? ' structure__name--current' : ''}`}
        aria-label={t('inspector.structure.edit', { name: props.name })}
        aria-current={props.current ? 'true' : undefined}
        onClick={props.onSelect}
      >
        {props.name}
      </button>
      {props.moves.map((move) => (
        <button
          key={move.glyph}
          type="button"
          className="structure__icon"
          aria-label={move.label}
          title={move.title}
          disabled={move.disabled}
          onClick={move.run}
        >
          {move.glyph}
        </button>
      ))}
      <button
        type="button"
        className="structure__icon structure__icon--danger"
        aria-label={props.deleteLabel}
        title={t('common.delete')}
        onClick={props.onDelete}
      >
        ×
      </button>
    </li>
  );
}
