import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodOptions } from '../metrics/PeriodOptions';
import type { VersionDetail } from '../../shared/api';
import { personaNames } from '../../shared/domain';
import { api, errorMessage } from '../api';
import { JourneyCanvas } from '../editor/canvas/JourneyCanvas';
import { SnapshotMetricsOverlay } from '../metrics/MetricsOverlay';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { snapshotMetrics } from './snapshot-metrics';
import '../editor/editor.css';
import './versions.css';

/**
 * A saved version as the map looked: the editor's own canvas (cards with their scores, severities
 * and channels, connections, emotion curve) and the funnel overlay of its stored period, in
 * read-only mode and marked as such, with a way back to the live map.
 */
export function VersionViewScreen({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState<VersionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const periodFieldId = useId();

  useEffect(() => {
    let live = true;
    api
      .call('versions.get', { id: versionId })
      .then((v) => live && setVersion(v))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [versionId]);

  const metrics = useMemo(
    () => (version ? snapshotMetrics(version.snapshot, periodId) : null),
    [version, periodId],
  );
  // Personas deleted from the library since are still named as the version stored them.
  const storedPersonas = useMemo(
    () => (version ? personaNames(version.snapshot.personas) : undefined),
    [version],
  );

  return (
    <div className="editor version-view">
      <header className="editor-bar">
        <button
          type="button"
          className="button button--ghost"
          onClick={() => navigate(version ? { name: 'map', id: version.mapId } : { name: 'library' })}
        >
          <Icon name="back" />
          {t('versions.view.back')}
        </button>
        <div className="editor-bar__title">
          <h1 className="editor-bar__name">{version?.snapshot.map.name ?? t('versions.view.loading')}</h1>
          {version ? (
            <p className="editor-bar__summary">
              {t('versions.view.saved', {
                date: new Intl.DateTimeFormat(i18n.language, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(version.createdAt)),
              })}
            </p>
          ) : null}
        </div>
        <div className="editor-bar__tools">
          <LanguageSwitch />
        </div>
      </header>
      {error ? (
        <div className="editor__alert">
          <ErrorAlert message={error} />
        </div>
      ) : null}
      {version && metrics ? (
        <>
          <div className="version-view__bar">
            <p className="version-view__banner" role="status">
              <Icon name="eye" />
              {t('versions.view.banner', { name: version.name })}
            </p>
            {metrics.periods.length > 1 ? (
              <label className="version-view__period" htmlFor={periodFieldId}>
                {t('versions.view.period')}
                <select
                  id={periodFieldId}
                  className="select"
                  value={metrics.activePeriodId ?? ''}
                  onChange={(event) => setPeriodId(event.currentTarget.value)}
                >
                  <PeriodOptions periods={metrics.periods} />
                </select>
              </label>
            ) : null}
            {version.note ? <p className="version-view__note">{version.note}</p> : null}
          </div>
          <div className="editor__body">
            <main className="editor__main" tabIndex={-1}>
              <JourneyCanvas map={version.snapshot.map} readOnly fallbackPersonaNames={storedPersonas}>
                <SnapshotMetricsOverlay map={version.snapshot.map} metrics={metrics} />
              </JourneyCanvas>
            </main>
          </div>
        </>
      ) : null}
    </div>
  );
}
