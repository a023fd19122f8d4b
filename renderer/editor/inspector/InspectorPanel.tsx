import { useTranslation } from 'react-i18next';
import { AddPersonaToMap } from '../../personas/AddPersonaToMap';
import { StructureMenu } from '../structure/StructureMenu';
import { StructurePanel } from '../structure/StructurePanel';
import { Inspector } from './Inspector';
import './inspector.css';

/**
 * The content of the editor's right-hand panel (the screen's `aside`, labelled "Inspector"): the inspector of the selected card, stage or lane; adding a library
 * persona to the map; and the map's stage and lane structure.
 */
export function InspectorPanel() {
  const { t } = useTranslation();
  return (
    <div className="inspector">
      <h2 className="inspector__title">{t('inspector.label')}</h2>
      <Inspector />
      <StructureMenu />
      <div className="inspector__section">
        <AddPersonaToMap />
      </div>
      <div className="inspector__section">
        <StructurePanel />
      </div>
    </div>
  );
}
