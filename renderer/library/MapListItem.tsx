import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MapSummary } from '../../shared/domain';
import { navigate } from '../routing/useHashRoute';
import { Icon } from '../ui/Icon';
import { MapActionsMenu } from './MapActionsMenu';
import { useMapThumbnail } from './useMapThumbnail';
import { formatWhen } from './relative-time';

interface MapListItemProps {
  map: MapSummary;
  language: Language;
  now: number;
  onDuplicate(map: MapSummary): void;
}

/** One map of the library: a listitem named by the map's name, its picture, Open and a menu of the rest. */
export const MapListItem = memo(function MapListItem({ map, language, now, onDuplicate }: MapListItemProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const thumbnail = useMapThumbnail(map);
  const when = formatWhen(map.updatedAt, now, language);
  return (
    <li className="map-item" aria-labelledby={nameId}>
      {/* The map in miniature (its stages, lanes and cards by kind); a pointer shortcut to Open,
          hidden from assistive tech (the name and counts below say what it shows). */}
      <div
        className="map-item__preview"
        aria-hidden="true"
        onClick={() => navigate({ name: 'map', id: map.id })}
      >
        {thumbnail ? (
          <img className="map-item__thumbnail" src={thumbnail} alt="" data-testid="map-thumbnail" />
        ) : null}
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
        <MapActionsMenu map={map} onDuplicate={onDuplicate} />
      </div>
    </li>
  );
});
