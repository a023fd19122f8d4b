import type { NodeTypes } from '@xyflow/react';
import { CardNode } from './nodes/CardNode';
import { CellGridNode } from './nodes/CellGridNode';
import { LaneHeaderNode } from './nodes/LaneHeaderNode';
import { PersonaBandNode } from './nodes/PersonaBandNode';
import { StageHeaderNode } from './nodes/StageHeaderNode';

/** At module scope: a new object per render would make React Flow remount every node. */
export const nodeTypes = {
  stageHeader: StageHeaderNode,
  laneHeader: LaneHeaderNode,
  card: CardNode,
  cellGrid: CellGridNode,
  personaBand: PersonaBandNode,
} satisfies NodeTypes;
