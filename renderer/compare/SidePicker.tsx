import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionListItem } from '../../shared/api';
import type { MapSummary } from '../../shared/domain';
import { formatSideRef, parseSideRef, type SideRef } from './side-ref';

interface SidePickerProps {
  label: string;
  value: SideRef;
  homeMap: MapSummary | null;
  versions: readonly VersionListItem[];
  maps: readonly MapSummary[];
  onChange(side: SideRef): void;
}

/** Picks one side: the current map, one of its versions, or another map. */
export function SidePicker({ label, value, homeMap, versions, maps, onChange }: SidePickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const current = formatSideRef(value);
  const known =
    (homeMap !== null && current === `map:${homeMap.id}`) ||
    versions.some((v) => current === `version:${v.id}`) ||
    maps.some((m) => current === `map:${m.id}`);
  return (
    <div className="side-picker">
      <label htmlFor={id} className="side-picker__label">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={current}
        onChange={(e) => {
          const side = parseSideRef(e.target.value);
          if (side) onChange(side);
        }}
      >
        {known ? null : <option value={current}>{current}</option>}
        {homeMap ? (
          <optgroup label={t('compare.currentGroup')}>
            <option value={`map:${homeMap.id}`}>{t('compare.currentMap', { name: homeMap.name })}</option>
          </optgroup>
        ) : null}
        {versions.length > 0 ? (
          <optgroup label={t('compare.versionsGroup')}>
            {versions.map((v) => (
              <option key={v.id} value={`version:${v.id}`}>
                {t('compare.version', { name: v.name, date: date(v.createdAt) })}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={t('compare.mapsGroup')}>
          {maps
            .filter((m) => m.id !== homeMap?.id)
            .map((m) => (
              <option key={m.id} value={`map:${m.id}`}>
                {t('compare.otherMap', { name: m.name })}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );
}
