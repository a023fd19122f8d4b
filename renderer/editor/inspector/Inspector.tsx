import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorUi } from '../store/editor-ui-store';
import { useEditorStore } from '../store/editor-store';
import { CardInspector } from './CardInspector';
import { LaneInspector } from './LaneInspector';
import { StageInspector } from './StageInspector';

/** The id of the one card the inspector edits: the first selected card, or null. */
const firstSelectedCardId = (ids: ReadonlySet<string>): string | null => {
  for (const id of ids) return id;
  return null;
};

/**
 * Edits what is selected: a card (every field of its kind), or a stage or lane picked from its header
 * or the structure list. Subscribes narrowly: only to the selected item, never to the whole map, so a
 * drag elsewhere does not re-render it.
 */
export function Inspector() {
  const { t } = useTranslation();
  // Deferred: a click paints the card selected on the canvas first, and the inspector fills with the
  // new item's fields in the render after (mounting a card's fields took about a third of a select
  // at 1,000 cards). Edits to the shown item are not deferred: `card` below follows the map at once.
  const stageId = useDeferredValue(useEditorUi((s) => s.selection.stage));
  const laneId = useDeferredValue(useEditorUi((s) => s.selection.lane));
  const cardId = useDeferredValue(useEditorUi((s) => firstSelectedCardId(s.selection.cards)));
  const card = useEditorStore((s) => (cardId ? s.map?.cards.find((c) => c.id === cardId) : undefined));
  const stage = useEditorStore((s) => (stageId ? s.map?.stages.find((x) => x.id === stageId) : undefined));
  const lane = useEditorStore((s) => (laneId ? s.map?.lanes.find((x) => x.id === laneId) : undefined));

  // Keyed by id so that switching items starts every field from the new item's values.
  if (stage) return <StageInspector key={`stage:${stage.id}`} stage={stage} />;
  if (lane) return <LaneInspector key={`lane:${lane.id}`} lane={lane} />;
  if (card) return <CardInspector key={`card:${card.id}`} card={card} />;
  return <p className="muted inspector__empty">{t('inspector.empty')}</p>;
}
