import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Card } from '../../../shared/domain';
import type { CardNode as CardNodeType } from '../canvas-nodes';

const KIND_GLYPH: Record<Card['kind'], string> = {
  persona: '👤',
  touchpoint: '◎',
  emotion: '♥',
  painPoint: '!',
  opportunity: '★',
  note: '✎',
};

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
 * One card in its cell: colour and glyph by kind, the kind word for screen readers (the node's
 * accessible name is "<Kind>: <title>"), the title as plain text (user text is never HTML).
 */
export const CardNode = memo(function CardNode({ data, selected }: NodeProps<CardNodeType>) {
  const { card, kindLabel } = data;
  return (
    <div className={`card-node card-node--${card.kind}${selected ? ' card-node--selected' : ''}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="card-node__handle" />
      <span className="card-node__glyph" aria-hidden="true">
        {KIND_GLYPH[card.kind]}
      </span>
      <div className="card-node__content">
        <span className="card-node__kind">{kindLabel}</span>
        <span className="card-node__title">{card.title}</span>
      </div>
      <span aria-hidden="true">
        <Detail card={card} />
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} className="card-node__handle" />
    </div>
  );
});
