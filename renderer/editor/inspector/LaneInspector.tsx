import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { resizeLane, updateLane } from '../../../shared/document';
import { LANE_KINDS, type Lane, type LaneKind } from '../../../shared/domain';
import { useEditorUi } from '../store/editor-ui-store';
import { CommitField } from './CommitField';
import { editDocument } from '../store/edit-document';

/** A lane's name, kind and height. */
export function LaneInspector({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const focusName = useEditorUi((s) => s.focusName);
  const nameFocused = useEditorUi((s) => s.nameFocused);
  const id = useId();
  return (
    <div className="inspector__body">
      <h3 className="inspector__heading">{t('inspector.laneHeading')}</h3>
      <CommitField
        label={t('inspector.name')}
        focusRequested={focusName}
        onFocused={nameFocused}
        value={lane.name}
        maxLength={200}
        onCommit={(name) => editDocument((map) => updateLane(map, lane.id, { name }))}
      />
      <div className="field inspector__field">
        <label className="field__label" htmlFor={id}>
          {t('inspector.laneKind')}
        </label>
        <select
          id={id}
          className="select"
          value={lane.kind}
          onKeyDown={(event) => event.stopPropagation()}
          onChange={(event) => {
            const kind = event.currentTarget.value as LaneKind;
            editDocument((map) => updateLane(map, lane.id, { kind }));
          }}
        >
          {LANE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`laneKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        label={t('inspector.height')}
        type="number"
        value={String(lane.height)}
        onCommit={(height) => {
          const n = Number(height);
          return (
            Number.isFinite(n) && height.trim() !== '' && editDocument((map) => resizeLane(map, lane.id, n))
          );
        }}
      />
    </div>
  );
}
