import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionListItem } from '../../shared/api';
import { api, errorMessage } from '../api';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SidePanelHeader } from '../editor/panels/SidePanelHeader';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { flushEditor, reloadEditor } from './editor-sync';
import { VersionLabelsDialog } from './VersionLabelsDialog';

type Pending =
  | { kind: 'rename'; version: VersionListItem }
  | { kind: 'restore'; version: VersionListItem; autoName: string }
  | { kind: 'delete'; version: VersionListItem };

interface VersionsPanelProps {
  mapId: string;
  /** Bumped by the parent after it saved a version, so the list reloads. */
  refreshKey: number;
  /** Why it was opened, shown above the list ("pick a version to compare"), or null. */
  hint?: string | null;
  onClose(): void;
}

/** The map's versions, newest first, each with open, rename, compare, restore, duplicate and delete. */
export function VersionsPanel({ mapId, refreshKey, hint = null, onClose }: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<VersionListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; mapId?: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const dateText = useCallback(
    (iso: string) =>
      new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    [i18n.language],
  );

  const reload = useCallback(async () => {
    try {
      setVersions(await api.call('versions.list', { mapId }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [mapId]);

  useEffect(() => {
    let live = true;
    api
      .call('versions.list', { mapId })
      .then((list) => live && setVersions(list))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [mapId, refreshKey]);

  const duplicate = async (version: VersionListItem) => {
    try {
      const map = await api.call('versions.duplicateAsMap', { id: version.id });
      setNotice({ text: t('versions.duplicate.done', { name: map.name }), mapId: map.id });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <aside className="versions-panel" aria-labelledby="versions-panel-title">
      <SidePanelHeader
        titleId="versions-panel-title"
        title={t('versions.panel.title')}
        closeLabel={t('versions.panel.close')}
        onClose={onClose}
      />
      {hint ? (
        <p className="versions-panel__hint" data-testid="versions-hint">
          {hint}
        </p>
      ) : null}
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {notice ? (
        <p className="versions-panel__notice" role="status">
          {notice.text}{' '}
          {notice.mapId ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => notice.mapId && navigate({ name: 'map', id: notice.mapId })}
            >
              {t('versions.duplicate.open')}
            </button>
          ) : null}
        </p>
      ) : null}
      {versions === null && !error ? <p className="muted">{t('versions.panel.loading')}</p> : null}
      {versions?.length === 0 ? <p className="muted">{t('versions.panel.empty')}</p> : null}
      <ul className="versions-panel__list">
        {versions?.map((v) => (
          <li key={v.id} className="version-item" aria-labelledby={`version-${v.id}`}>
            {v.thumbnail ? (
              <img
                className="version-item__thumb"
                src={v.thumbnail}
                alt={t('versions.panel.thumbnail', { name: v.name })}
              />
            ) : null}
            <div className="version-item__text">
              <h3 id={`version-${v.id}`} className="version-item__name">
                {v.name}
              </h3>
              {v.note ? <p className="version-item__note">{v.note}</p> : null}
              <p className="version-item__meta muted">
                <time dateTime={v.createdAt}>{dateText(v.createdAt)}</time> ·{' '}
                {t('versions.panel.cards', { count: v.cardCount })}
              </p>
            </div>
            <div
              className="version-item__actions"
              role="group"
              aria-label={t('versions.panel.actions', { name: v.name })}
            >
              <button
                type="button"
                className="button button--small"
                onClick={() => navigate({ name: 'version', id: v.id })}
              >
                {t('versions.panel.open')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setPending({ kind: 'rename', version: v })}
              >
                {t('versions.panel.rename')}
              </button>
              <button
                type="button"
                className="button button--small"
                title={t('versions.panel.compareWithMap')}
                onClick={() => {
                  void flushEditor().finally(() =>
                    navigate({ name: 'compare', a: `version:${v.id}`, b: `map:${mapId}` }),
                  );
                }}
              >
                {t('versions.panel.compare')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  setPending({
                    kind: 'restore',
                    version: v,
                    autoName: t('versions.restore.autoName', { date: dateText(new Date().toISOString()) }),
                  })
                }
              >
                {t('versions.panel.restore')}
              </button>
              <button type="button" className="button button--small" onClick={() => void duplicate(v)}>
                {t('versions.panel.duplicate')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => setPending({ kind: 'delete', version: v })}
              >
                {t('versions.panel.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>

      {pending?.kind === 'rename' ? (
        <VersionLabelsDialog
          title={t('versions.rename.title')}
          initialName={pending.version.name}
          initialNote={pending.version.note}
          onClose={() => setPending(null)}
          onSubmit={async (name, note) => {
            const updated = await api.call('versions.update', { id: pending.version.id, name, note });
            setNotice({ text: t('versions.rename.renamed', { name: updated.name }) });
            await reload();
          }}
        />
      ) : null}
      {pending?.kind === 'restore' ? (
        <ConfirmDialog
          title={t('versions.restore.title')}
          message={t('versions.restore.message', { name: pending.version.name, autoName: pending.autoName })}
          confirmLabel={t('versions.restore.confirm')}
          danger={false}
          onClose={() => setPending(null)}
          onConfirm={async () => {
            await flushEditor();
            const result = await api.call('versions.restore', {
              id: pending.version.id,
              beforeRestoreName: pending.autoName,
            });
            setNotice({
              text: t('versions.restore.done', {
                name: result.restored.name,
                autoName: result.autoSaved.name,
              }),
            });
            await reloadEditor(mapId);
            await reload();
          }}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('versions.remove.title')}
          message={t('versions.remove.message', { name: pending.version.name })}
          confirmLabel={t('common.delete')}
          danger
          onClose={() => setPending(null)}
          onConfirm={async () => {
            await api.call('versions.delete', { id: pending.version.id });
            setNotice({ text: t('versions.remove.done', { name: pending.version.name }) });
            await reload();
          }}
        />
      ) : null}
    </aside>
  );
}
