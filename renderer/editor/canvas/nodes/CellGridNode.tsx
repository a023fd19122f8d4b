import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CellGridNode as CellGridNodeType } from '../canvas-nodes';
import { stageStyle } from '../../../styles/design-tokens';

/**
 * The cells behind the cards, drawn as one node (a few divs) rather than one node per cell, so the
 * grid costs React Flow nothing as maps grow.
 */
export const CellGridNode = memo(function CellGridNode({ data }: NodeProps<CellGridNodeType>) {
  return (
    <div className="cell-grid" aria-hidden="true">
      {/* Columns first, tinted in their stage's accent; the rows' lines and stripes go over them. */}
      {data.columns.map((column, i) => (
        <div
          key={`c${i}`}
          className="cell-grid__column"
          style={{ ...stageStyle(i), left: column.x, width: column.width }}
        />
      ))}
      {data.rows.map((row, i) => (
        <div
          key={`r${i}`}
          className={i % 2 === 0 ? 'cell-grid__row' : 'cell-grid__row cell-grid__row--alt'}
          style={{ top: row.y, height: row.height }}
        />
      ))}
    </div>
  );
});
