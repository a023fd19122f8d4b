import type { EdgeTypes } from '@xyflow/react';
import { ConnectionEdge } from './edges/ConnectionEdge';

/** At module scope, like nodeTypes: a new object per render would remount every edge. */
export const edgeTypes = {
  connection: ConnectionEdge,
} satisfies EdgeTypes;
