import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { updateConnectionLabel } from '../../../../shared/document';
import type { ConnectionEdge as ConnectionEdgeType } from '../canvas-nodes';
import { useEditorUi } from '../../store/editor-ui-store';
import { editDocument } from '../../store/edit-document';
import { useEdgeLabelLayer } from '../canvas-layers';

/** The label field of a connection: Enter or leaving it commits (one edit), Escape cancels. */
function LabelEditor({ connectionId, label }: { connectionId: string; label: string }) {
  const { t } = useTranslation();
  const done = useRef(false);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    if (value !== null && value.trim() !== label) {
      editDocument((m) => updateConnectionLabel(m, connectionId, value.trim()));
    }
    useEditorUi.getState().editConnection(null);
  };
  return (
    <input
      className="edge-label__input nodrag nopan"
      aria-label={t('canvas.connection.labelField')}
      defaultValue={label}
      maxLength={200}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(event.currentTarget.value);
        else if (event.key === 'Escape') finish(null);
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}

/**
 * A connection between two cards: a curve with an arrow, and its label (plain text) in the middle.
 * Double-clicking the edge (or its label) edits the label in place.
 */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<ConnectionEdgeType>) {
  const { id, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  const connectionId = data?.connectionId ?? '';
  const label = data?.label ?? '';
  const readOnly = data?.readOnly === true;
  const editing = useEditorUi((s) => !readOnly && s.editingConnectionId === connectionId);
  const labelLayer = useEdgeLabelLayer();
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={selected ? 'connection-edge connection-edge--selected' : 'connection-edge'}
        interactionWidth={16}
      />
      {(editing || label) && labelLayer
        ? createPortal(
            <div
              className={`edge-label nodrag nopan${selected ? ' edge-label--selected' : ''}`}
              style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
              onDoubleClick={readOnly ? undefined : () => useEditorUi.getState().editConnection(connectionId)}
            >
              {editing ? <LabelEditor connectionId={connectionId} label={label} /> : label}
            </div>,
            labelLayer,
          )
        : null}
    </>
  );
});
