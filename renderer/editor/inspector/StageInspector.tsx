import { useTranslation } from 'react-i18next';
import { resizeStage, updateStage } from '../../../shared/document';
import type { Stage } from '../../../shared/domain';
import { useEditorUi } from '../store/editor-ui-store';
import { CommitField } from './CommitField';
import { editDocument } from '../store/edit-document';

/** A stage's name, description, goal and width. */
export function StageInspector({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const focusName = useEditorUi((s) => s.focusName);
  const nameFocused = useEditorUi((s) => s.nameFocused);
  return (
    <div className="inspector__body">
      <h3 className="inspector__heading">{t('inspector.stageHeading')}</h3>
      <CommitField
        label={t('inspector.name')}
        focusRequested={focusName}
        onFocused={nameFocused}
        value={stage.name}
        maxLength={200}
        onCommit={(name) => editDocument((map) => updateStage(map, stage.id, { name }))}
      />
      <CommitField
        label={t('inspector.description')}
        value={stage.description}
        multiline
        maxLength={20_000}
        onCommit={(description) => editDocument((map) => updateStage(map, stage.id, { description }))}
      />
      <CommitField
        label={t('inspector.goal')}
        value={stage.goal}
        maxLength={1_000}
        onCommit={(goal) => editDocument((map) => updateStage(map, stage.id, { goal }))}
      />
      <CommitField
        label={t('inspector.width')}
        type="number"
        value={String(stage.width)}
        onCommit={(width) => {
          const n = Number(width);
          return (
            Number.isFinite(n) && width.trim() !== '' && editDocument((map) => resizeStage(map, stage.id, n))
          );
        }}
      />
    </div>
  );
}
