import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { kindStyle, stageStyle } from '../styles/design-tokens';
import { KindIcon } from '../ui/KindIcon';
import type { MoveArrow, OverlayItem } from './diff-overlay';

export type DiffItemNode = Node<{ item: OverlayItem; focused: boolean }, 'diffItem'>;
export type DiffGridNode = Node<
  {
    columns: { x: number; width: number }[];
    rows: { y: number; height: number }[];
    width: number;
    height: number;
  },
  'diffGrid'
>;
export type DiffArrowsNode = Node<{ arrows: MoveArrow[] }, 'diffArrows'>;
export type DiffNode = DiffItemNode | DiffGridNode | DiffArrowsNode;

/** A stage header, lane header or card of the compare canvas, coloured by how it differs. */
export function DiffItemView({ data }: NodeProps<DiffItemNode>) {
  const { t } = useTranslation();
  const { item, focused } = data;
  const status = item.status ?? 'same';
  return (
    <div
      className={`diff-item diff-item--${item.itemType} diff--${status}${item.status === 'removed' ? ' diff-item--ghost' : ''}`}
      data-diff={item.status ?? undefined}
      data-item-id={item.itemId}
      data-item-type={item.itemType}
      data-focused={focused ? 'true' : undefined}
      data-also-changed={item.alsoChanged ? 'true' : undefined}
      data-card-kind={item.cardKind}
      data-stage-index={item.stageIndex}
      style={
        item.cardKind
          ? kindStyle(item.cardKind)
          : item.stageIndex !== undefined
            ? stageStyle(item.stageIndex)
            : undefined
      }
    >
      {item.cardKind ? (
        <span className="diff-item__kind">
          <KindIcon kind={item.cardKind} size={11} color="var(--kind)" />
          {t(`cardKind.${item.cardKind}`)}
        </span>
      ) : null}
      <span className="diff-item__title">{item.title}</span>
      {item.status ? <span className="diff-item__badge">{t(`compare.status.${item.status}`)}</span> : null}
    </div>
  );
}

/** The stage x lane grid behind the items. */
export function DiffGridView({ data }: NodeProps<DiffGridNode>) {
  return (
    <svg className="diff-grid" width={data.width} height={data.height} aria-hidden="true">
      {data.columns.map((c) => (
        <rect key={`c${c.x}`} x={c.x} y={0} width={c.width} height={data.height} />
      ))}
      {data.rows.map((r) => (
        <rect key={`r${r.y}`} x={0} y={r.y} width={data.width} height={r.height} />
      ))}
    </svg>
  );
}

/** Arrows from moved cards' old places to their new ones (the node sits at the flow origin). */
export function DiffArrowsView({ data }: NodeProps<DiffArrowsNode>) {
  return (
    <svg className="diff-arrows" width={1} height={1} aria-hidden="true">
      <defs>
        <marker
          id="diff-arrow-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M0 0 10 5 0 10z" fill="#7c3aed" />
        </marker>
      </defs>
      {data.arrows.map((a) => (
        <g key={a.itemId} data-move-arrow={a.itemId}>
          <circle cx={a.from.x} cy={a.from.y} r={7} className="diff-arrows__from" />
          <line x1={a.from.x} y1={a.from.y} x2={a.to.x} y2={a.to.y} markerEnd="url(#diff-arrow-head)" />
        </g>
      ))}
    </svg>
  );
}

export const diffNodeTypes = { diffItem: DiffItemView, diffGrid: DiffGridView, diffArrows: DiffArrowsView };
