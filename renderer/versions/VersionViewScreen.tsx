import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionDetail } from '../../shared/api';
import { api, errorMessage } from '../api';
import { DiffCanvas } from '../compare/DiffCanvas';
import { buildDiffOverlay } from '../compare/diff-overlay';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import '../compare/compare.css';
import './versions.css';

/** A saved version on the canvas, read-only and marked as such, with a way back to the live map. */
export function VersionViewScreen({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState<VersionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

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

  const overlay = useMemo(
    () => (version ? buildDiffOverlay(version.snapshot.map, version.snapshot.map, null) : null),
    [version],
  );

  return (
    <div className="compare version-view">
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
      <main className="compare__main" tabIndex={-1}>
        {error ? <ErrorAlert message={error} /> : null}
        {version && overlay ? (
          <>
            <p className="version-view__banner" role="status">
              <Icon name="eye" />
              {t('versions.view.banner', { name: version.name })}
            </p>
            {version.note ? <p className="version-view__note">{version.note}</p> : null}
            <div className="compare__canvases">
              <DiffCanvas overlay={overlay} label={t('editor.canvas')} />
            </div>
          </>
        ) : null}
      </main>
    </div>
  );
}
