import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneHeaderData } from '../canvas-nodes';
import { useHeaderReorder } from '../../structure/useHeaderReorder';
import { openStructureMenu, useStructureMenu } from '../../structure/structure-menu-store';
import { updateLane } from '../../../../shared/document';
import { HeaderNameField } from '../../structure/HeaderNameField';
import { editDocument } from '../../store/edit-document';
import { editorUi } from '../../store/editor-ui-store';

/** A lane's name down the left of its row, with its kind and (once mounted) its menu button. */
export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: { data: LaneHeaderData }) {
  const { t } = useTranslation();
  const hasMenu = useStructureMenu((s) => s.provided);
  const reorder = useHeaderReorder('lane', data.laneId);
  const [renaming, setRenaming] = useState(false);
  return (
    <div
      className={reorder.dragging ? 'lane-header lane-header--dragging' : 'lane-header'}
      style={reorder.style}
    >
      {renaming ? (
        <HeaderNameField
          name={data.name}
          label={t('canvas.renameLane', { name: data.name })}
          className="lane-header__field"
          onCommit={(name) => editDocument((map) => updateLane(map, data.laneId, { name }))}
          onDone={() => setRenaming(false)}
        />
      ) : (
        <div
          className="lane-header__text stage-header__text--pick nodrag nopan"
          title={t('canvas.dragToReorder')}
          {...reorder.handlers}
          onClick={() => editorUi().selectLane(data.laneId)}
          onDoubleClick={() => {
            editorUi().selectLane(data.laneId);
            setRenaming(true);
          }}
        >
          <span className="lane-header__name" title={data.name}>
            {data.name}
          </span>
          {/* Template lanes are usually named after their kind; say it once. */}
          {data.kindLabel.toLocaleLowerCase() !== data.name.trim().toLocaleLowerCase() ? (
            <span className="lane-header__kind">{data.kindLabel}</span>
          ) : null}
        </div>
      )}
      {hasMenu ? (
        <button
          type="button"
          className="header-menu-button nodrag nopan"
          aria-label={t('canvas.laneMenu', { name: data.name })}
          onClick={(event) => openStructureMenu('lane', data.laneId, event.currentTarget)}
        >
          ⋯
        </button>
      ) : null}
    </div>
  );
});
