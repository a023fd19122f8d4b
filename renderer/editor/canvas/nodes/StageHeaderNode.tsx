import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageHeaderData } from '../canvas-nodes';
import { StageResizeHandle } from '../../structure/StageResizeHandle';
import { useHeaderReorder } from '../../structure/useHeaderReorder';
import { openStructureMenu, useStructureMenu } from '../../structure/structure-menu-store';
import { updateStage } from '../../../../shared/document';
import { HeaderNameField } from '../../structure/HeaderNameField';
import { editDocument } from '../../store/edit-document';
import { editorUi } from '../../store/editor-ui-store';
import { stageStyle } from '../../../styles/design-tokens';

/** A stage's name across the top of its column, with its menu button once the menus are mounted. */
export const StageHeaderNode = memo(function StageHeaderNode({ data }: { data: StageHeaderData }) {
  const { t } = useTranslation();
  const hasMenu = useStructureMenu((s) => s.provided);
  const reorder = useHeaderReorder('stage', data.stageId);
  const [renaming, setRenaming] = useState(false);
  return (
    <div
      className={reorder.dragging ? 'stage-header stage-header--dragging' : 'stage-header'}
      style={{ ...stageStyle(data.index), ...reorder.style }}
    >
      {renaming ? (
        <HeaderNameField
          name={data.name}
          label={t('canvas.renameStage', { name: data.name })}
          className="stage-header__field"
          onCommit={(name) => editDocument((map) => updateStage(map, data.stageId, { name }))}
          onDone={() => setRenaming(false)}
        />
      ) : (
        <div
          className="stage-header__text stage-header__text--pick nodrag nopan"
          title={t('canvas.dragToReorder')}
          {...reorder.handlers}
          onClick={() => editorUi().selectStage(data.stageId)}
          onDoubleClick={() => {
            editorUi().selectStage(data.stageId);
            setRenaming(true);
          }}
        >
          <span className="stage-header__name" title={data.name}>
            {data.name}
          </span>
          {data.goal ? <span className="stage-header__goal">{data.goal}</span> : null}
        </div>
      )}
      {hasMenu ? (
        <button
          type="button"
          className="header-menu-button nodrag nopan"
          aria-label={t('canvas.stageMenu', { name: data.name })}
          onClick={(event) => openStructureMenu('stage', data.stageId, event.currentTarget)}
        >
          ⋯
        </button>
      ) : null}
      {hasMenu ? <StageResizeHandle stageId={data.stageId} name={data.name} /> : null}
    </div>
  );
});
