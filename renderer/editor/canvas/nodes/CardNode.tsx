import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../../../shared/domain';
import { PersonaBadge } from '../../../personas/PersonaBadge';
import type { CardNode as CardNodeType } from '../canvas-nodes';
import { commitTitle } from '../canvas-actions';
import { finishCapture, isCapturing, type CaptureEnd } from '../cell-capture';
import { useEditorUi } from '../../store/editor-ui-store';
import { ChannelIcon } from '../../inspector/ChannelIcon';
import { KindIcon } from '../../../ui/KindIcon';
import { kindStyle } from '../../../styles/design-tokens';
import { CardAuthor } from '../../../workshop/CardAuthor';
import { VoteDots } from '../../../workshop/VoteDots';

// Plain signed numbers, not emoji: emoji fonts are missing on many Linux desktops.
const EMOTION_SCORE = ['−2', '−1', '0', '+1', '+2'] as const;

/** A small visual hint of the card's own field (score, severity, ...); the text carries the meaning. */
function Detail({ card }: { card: Card }) {
  switch (card.kind) {
    case 'emotion':
      return (
        <span className={`card-node__detail card-node__score card-node__score--${Math.sign(card.score) + 1}`}>
          {EMOTION_SCORE[card.score + 2]}
        </span>
      );
    case 'painPoint':
      return <span className="card-node__detail card-node__severity">{'●'.repeat(card.severity)}</span>;
    case 'opportunity':
      return <span className="card-node__detail card-node__severity">{'▲'.repeat(card.impact)}</span>;
    default:
      return null;
  }
}

/**
 * Where a handle is while the card draws none. React Flow measures a node's handles in its DOM
 * whenever it observes the node (on mount, with `force`), replacing the ones the node was built
 * with (canvas-nodes.ts, `cardHandles`): a card without handle elements would lose its edges. This
 * element has the classes React Flow measures by, sits where the handle would, subscribes to
 * nothing and is never painted or hit.
 */
function HandlePlaceholder({ type, position }: { type: 'source' | 'target'; position: Position }) {
  return (
    <span
      aria-hidden="true"
      className={`react-flow__handle react-flow__handle-${position} card-node__handle card-node__handle--idle ${type}`}
      data-handlepos={position}
    />
  );
}

/** Focuses a card's node (after editing ends, so the keyboard user stays on the card). */
function focusNode(cardId: string): void {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="card:${CSS.escape(cardId)}"]`);
  el?.focus({ preventScroll: true });
}

/**
 * The title field shown while a card is edited in place: Enter or leaving the field commits (one
 * edit), Escape cancels. `nodrag`/`nopan` keep React Flow from dragging or panning from inside it.
 * Enter and Escape give the focus back to the card; leaving the field leaves it where the user put it.
 */
function TitleEditor({ card }: { card: Card }) {
  const { t } = useTranslation();
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  // Compared with the title editing started from: a title set meanwhile elsewhere (the inspector's
  // persona picker) is not overwritten by an unchanged field.
  const [initial] = useState(card.title);
  // Focus without scrolling: scrolling would shift React Flow's pane under its own viewport.
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);
  // A card added by double-click capture: Enter goes on to the next card, Escape keeps what was typed.
  const finishCaptured = (value: string, end: CaptureEnd) => {
    if (done.current) return;
    done.current = true;
    finishCapture(card.id, value, end);
    if (end === 'stop') focusNode(card.id);
  };
  const finish = (value: string | null, refocus: boolean) => {
    if (done.current) return;
    done.current = true;
    if (value !== null && value !== initial) commitTitle(card.id, value);
    useEditorUi.getState().editCard(null);
    if (refocus) focusNode(card.id);
  };
  return (
    <input
      ref={input}
      className="card-node__input nodrag nopan nowheel"
      aria-label={t('canvas.card.titleField')}
      defaultValue={card.title}
      maxLength={200}
      onKeyDown={(event) => {
        event.stopPropagation();
        // Enter that confirms an input method's composition (Chinese pinyin) is not the user's Enter.
        if (event.nativeEvent.isComposing) return;
        const captured = isCapturing(card.id);
        if (event.key === 'Enter') {
          event.preventDefault();
          if (captured) finishCaptured(event.currentTarget.value, 'next');
          else finish(event.currentTarget.value, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          if (captured) finishCaptured(event.currentTarget.value, 'stop');
          else finish(null, true);
        }
      }}
      onBlur={(event) => {
        if (isCapturing(card.id)) finishCaptured(event.currentTarget.value, 'blur');
        else finish(event.currentTarget.value, false);
      }}
    />
  );
}

/**
 * One card in its cell: colour and glyph by kind, the kind word for screen readers (the node's
 * accessible name is "<Kind>: <title>"), the title as plain text (user text is never HTML), or the
 * title field while it is edited. Handles left and right connect it to other cards.
 */
export const CardNode = memo(CardNodeView, sameCardProps);

/**
 * A card draws from its data and selection only: React Flow also hands it its position, which
 * changes for every card below a lane that grew (or when the funnel band makes room), and such a
 * move needs no render of the card, only of React Flow's wrapper.
 */
function sameCardProps(a: NodeProps<CardNodeType>, b: NodeProps<CardNodeType>): boolean {
  return (
    a.data === b.data && a.selected === b.selected && a.id === b.id && a.isConnectable === b.isConnectable
  );
}

function CardNodeView({ data, selected, isConnectable }: NodeProps<CardNodeType>) {
  const { card, kindLabel, title, channelLabel, editing = false } = data;
  // React Flow's handles exist only while they can be used: on the card under the pointer (a
  // connection starts there, and ends on the card it is dropped on) and on the selected one.
  // Mounted on every card, their 2,000 store subscriptions at 1,000 cards made every store update
  // (a select, a drag step) pay for them. The other cards draw placeholders.
  const [hovered, setHovered] = useState(false);
  const withHandles = isConnectable && (hovered || selected);
  return (
    <div
      className={`card-node card-node--${card.kind}${selected ? ' card-node--selected' : ''}${editing ? ' card-node--editing' : ''}`}
      style={kindStyle(card.kind)}
      onPointerEnter={isConnectable ? () => setHovered(true) : undefined}
      onPointerLeave={isConnectable ? () => setHovered(false) : undefined}
    >
      {withHandles ? (
        <Handle type="target" position={Position.Left} className="card-node__handle" />
      ) : (
        <HandlePlaceholder type="target" position={Position.Left} />
      )}
      <span className="card-node__glyph" aria-hidden="true">
        <KindIcon kind={card.kind} />
      </span>
      <div className="card-node__content">
        <span className="card-node__kind" aria-hidden="true">
          {kindLabel}
          {card.kind === 'touchpoint' && channelLabel ? (
            <span className="card-node__channel" data-channel={card.channel}>
              <ChannelIcon channel={card.channel} size={12} />
              {channelLabel}
            </span>
          ) : null}
        </span>
        {editing ? (
          <TitleEditor card={card} />
        ) : card.kind === 'persona' && card.personaId ? (
          <PersonaBadge personaId={card.personaId} name={title} />
        ) : (
          <span className="card-node__title" aria-hidden="true">
            {title}
          </span>
        )}
        {card.author ? <CardAuthor name={card.author} /> : null}
      </div>
      <span aria-hidden="true">
        <Detail card={card} />
      </span>
      <VoteDots cardId={card.id} />
      {withHandles ? (
        <Handle type="source" position={Position.Right} className="card-node__handle" />
      ) : (
        <HandlePlaceholder type="source" position={Position.Right} />
      )}
    </div>
  );
}
