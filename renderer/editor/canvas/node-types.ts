import type { NodeTypes } from '@xyflow/react';
import { CardNode } from './nodes/CardNode';
import { CellGridNode } from './nodes/CellGridNode';
import { PersonaBandNode } from './nodes/PersonaBandNode';

/**
 * At module scope: a new object per render would make React Flow remount every node. Stage and lane
 * headers are drawn by FrozenHeaders, not as nodes.
 */
export const nodeTypes = {
  card: CardNode,
  cellGrid: CellGridNode,
  personaBand: PersonaBandNode,
} satisfies NodeTypes;
