// The baseline of the canvas benchmark: a bare React Flow page that draws the same card nodes and
// connection edges as the editor would for a map, and nothing else (no headers, grid, store, autosave,
// undo, i18n). The editor's cost over this page is what DESIGN.md section 5 bounds. For the latency
// probes it has the least a canvas needs for the same interactions: a title edited in place
// (double-click, Enter commits), an "Add card" button, and Ctrl+Z that restores the previous nodes.
import {
  Handle,
  Position,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  createContext,
  StrictMode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { createRoot } from 'react-dom/client';
import { computeLayout } from '../../../../shared/canvas/layout';
import type { JourneyMap } from '../../../../shared/domain';

declare global {
  interface Window {
    /** Set before load by whoever embeds the page; otherwise `?map=<file>` is fetched. */
    __BENCH_MAP__?: JourneyMap;
  }
}

type BareCardNode = Node<{ title: string }, 'card'>;

// The whole node takes the double-click, as the editor's card does.
const FILL = { width: '100%', height: '100%' } as const;

/** What a card can ask of the canvas: committing a new title. */
const CommitTitle = createContext<(id: string, title: string) => void>(() => undefined);

/**
 * A minimal card: the title (double-click edits it in place), and handles left and right like the
 * editor's card (edges need them).
 */
function BareCard({ id, data }: NodeProps<BareCardNode>) {
  const commitTitle = useContext(CommitTitle);
  const [editing, setEditing] = useState(false);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      commitTitle(id, event.currentTarget.value);
      setEditing(false);
    } else if (event.key === 'Escape') setEditing(false);
  };
  return (
    <div className="bare-card" style={FILL} onDoubleClick={() => setEditing(true)}>
      <Handle type="target" position={Position.Left} />
      {editing ? (
        <input
          className="nodrag"
          aria-label="Card title"
          defaultValue={data.title}
          autoFocus
          onKeyDown={onKeyDown}
        />
      ) : (
        data.title
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

// Module scope, as React Flow asks: a new object per render would remount every node.
const nodeTypes = { card: BareCard };
// The same view settings as the editor's canvas, so both show the same nodes at the same zoom.
const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;
const SNAP_GRID: [number, number] = [16, 16];
const CARD_STYLE = {
  background: '#fff',
  border: '1px solid #cbd5e1',
  borderRadius: 6,
  padding: 8,
  fontSize: 13,
  overflow: 'hidden',
} as const;

/** One node per card at the editor's position and size (ids `card:<id>` like the editor's). */
function toNodes(map: JourneyMap): BareCardNode[] {
  const layout = computeLayout(map);
  const boxes = new Map(layout.cards.map((box) => [box.id, box]));
  const nodes: BareCardNode[] = [];
  for (const card of map.cards) {
    const box = boxes.get(card.id);
    if (!box) continue;
    nodes.push({
      id: `card:${card.id}`,
      type: 'card',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      style: CARD_STYLE,
      data: { title: card.title },
    });
  }
  return nodes;
}

function toEdges(map: JourneyMap): Edge[] {
  return map.connections.map((c) => ({
    id: `connection:${c.id}`,
    source: `card:${c.sourceId}`,
    target: `card:${c.targetId}`,
    label: c.label,
  }));
}

const ADD_BUTTON_STYLE = { position: 'absolute', top: 8, left: 8, zIndex: 10 } as const;

function BareCanvas({ map }: { map: JourneyMap }) {
  // Built once: the hooks only read their argument on the first render, and the layout is not free.
  const [initialNodes] = useState(() => toNodes(map));
  const [initialEdges] = useState(() => toEdges(map));
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  // Undo history: whole node arrays, the cheapest undo a React Flow page can have.
  const history = useRef<BareCardNode[][]>([]);
  const added = useRef(0);
  const edit = useCallback(
    (change: (current: BareCardNode[]) => BareCardNode[]) =>
      setNodes((current) => {
        history.current.push(current);
        return change(current);
      }),
    [setNodes],
  );
  const commitTitle = useCallback(
    (id: string, title: string) =>
      edit((current) => current.map((n) => (n.id === id ? { ...n, data: { ...n.data, title } } : n))),
    [edit],
  );
  const addCard = () => {
    added.current += 1;
    const id = `card:bare-new-${added.current}`;
    edit((current) => [
      ...current,
      {
        id,
        type: 'card',
        position: { x: 0, y: -200 },
        width: 200,
        height: 80,
        style: CARD_STYLE,
        data: { title: 'New card' },
      },
    ]);
  };
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey && event.key.toLowerCase() === 'z')) return;
      const previous = history.current.pop();
      if (previous) setNodes(previous);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setNodes]);
  const canvas = (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      snapToGrid
      snapGrid={SNAP_GRID}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      maxZoom={2}
    />
  );
  return (
    <CommitTitle.Provider value={commitTitle}>
      <button type="button" style={ADD_BUTTON_STYLE} onClick={addCard}>
        Add card
      </button>
      {canvas}
    </CommitTitle.Provider>
  );
}

async function loadMap(): Promise<JourneyMap> {
  if (window.__BENCH_MAP__) return window.__BENCH_MAP__;
  const file = new URLSearchParams(window.location.search).get('map');
  if (!file) throw new Error('No map: set window.__BENCH_MAP__ or pass ?map=<file.json>.');
  const response = await fetch(`./${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`Could not load ${file}: HTTP ${response.status}`);
  return (await response.json()) as JourneyMap;
}

const root = document.getElementById('root');
if (!root) throw new Error('No #root element.');
void loadMap().then((map) => {
  createRoot(root).render(
    <StrictMode>
      <div style={{ width: '100vw', height: '100vh' }}>
        <BareCanvas map={map} />
      </div>
    </StrictMode>,
  );
});
