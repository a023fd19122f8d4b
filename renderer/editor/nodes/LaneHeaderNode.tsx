import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneHeaderNode as LaneHeaderNodeType } from '../canvas-nodes';

/** A lane's name down the left of its row, with what kind of lane it is. */
export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneHeaderNodeType>) {
  return (
    <div className="lane-header">
      <span className="lane-header__name" title={data.name}>
        {data.name}
      </span>
      {/* Template lanes are usually named after their kind; say it once. */}
      {data.kindLabel.toLocaleLowerCase() !== data.name.trim().toLocaleLowerCase() ? (
        <span className="lane-header__kind">{data.kindLabel}</span>
      ) : null}
    </div>
  );
});
