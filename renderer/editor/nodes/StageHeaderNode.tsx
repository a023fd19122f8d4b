import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageHeaderNode as StageHeaderNodeType } from '../canvas-nodes';

/** A stage's name across the top of its column. */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: NodeProps<StageHeaderNodeType>) {
  return (
    <div className="stage-header">
      <span className="stage-header__name" title={data.name}>
        {data.name}
      </span>
      {data.goal ? <span className="stage-header__goal">{data.goal}</span> : null}
    </div>
  );
});
