import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MapSummary } from '../../shared/domain';
import { navigate } from '../routing/useHashRoute';
import { Icon } from '../ui/Icon';
import { useLibraryUiStore } from './library-ui-store';
import { formatWhen } from './relative-time';

interface MapListItemProps {
  map: MapSummary;
  language: Language;
  now: number;
  onDuplicate(map: MapSummary): void;
}

/** One map of the library: a listitem named by the map's name, with its actions. */
export const MapListItem = memo(function MapListItem({ map, language, now, onDuplicate }: MapListItemProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const openDialog = useLibraryUiStore((s) => s.openDialog);
  const when = formatWhen(map.updatedAt, now, language);
  return (
    <li className="map-item" aria-labelledby={nameId}>
      {/* A thumbnail of the stage columns; a pointer shortcut to Open, hidden from assistive tech. */}
      <div
        className="map-item__preview"
        aria-hidden="true"
        onClick={() => navigate({ name: 'map', id: map.id })}
      >
        {Array.from({ length: Math.min(Math.max(map.stageCount, 1), 6) }, (_, i) => (
          <span key={i} className="map-item__preview-column" />
        ))}
      </div>
      <div className="map-item__body">
        <h3 id={nameId} className="map-item__name" title={map.name}>
          {map.name}
        </h3>
        {map.description ? <p className="map-item__description">{map.description}</p> : null}
        <p className="map-item__meta">
          <span>{t('library.stageCount', { count: map.stageCount })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('library.cardCount', { count: map.cardCount })}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={map.updatedAt} title={new Date(map.updatedAt).toLocaleString(language)}>
            {t('library.edited', { when })}
          </time>
        </p>
      </div>
      <div className="map-item__actions">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => navigate({ name: 'map', id: map.id })}
        >
          <Icon name="open" />
          {t('library.open')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => openDialog({ kind: 'rename', map })}
        >
          <Icon name="rename" />
          {t('library.rename')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => onDuplicate(map)}>
          <Icon name="duplicate" />
          {t('library.duplicate')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => openDialog({ kind: 'compare', map })}
        >
          <Icon name="compare" />
          {t('library.compareWith')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small button--danger-text"
          onClick={() => openDialog({ kind: 'delete', map })}
        >
          <Icon name="trash" />
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
});
