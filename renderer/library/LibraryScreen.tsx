import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../shared/domain';
import { errorMessage } from '../api';
import { useLanguageStore } from '../i18n/language-store';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { PersonasButton } from '../personas/PersonasButton';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ImportMapFileButton } from '../export/ImportMapFileButton';
import { CompareMapDialog } from './CompareMapDialog';
import { DeleteMapDialog } from './DeleteMapDialog';
import { useLibraryStore } from './library-store';
import { useLibraryUiStore } from './library-ui-store';
import { MapListItem } from './MapListItem';
import { LIBRARY_SORTS, sortMaps, type LibrarySort } from './library-sort';
import { useLibrarySort } from './library-sort-store';
import { NewMapDialog } from './NewMapDialog';
import { RenameMapDialog } from './RenameMapDialog';
import './library.css';
import { SettingsButton } from '../desktop/SettingsButton';

/** Debounce of the search box: one request per pause in typing, not per key. */
const SEARCH_DELAY_MS = 150;

export function LibraryScreen() {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const maps = useLibraryStore((s) => s.maps);
  const status = useLibraryStore((s) => s.status);
  const loadedQuery = useLibraryStore((s) => s.query);
  const loadError = useLibraryStore((s) => s.error);
  const load = useLibraryStore((s) => s.load);
  const duplicate = useLibraryStore((s) => s.duplicate);
  const dialog = useLibraryUiStore((s) => s.dialog);
  const openDialog = useLibraryUiStore((s) => s.openDialog);
  const closeDialog = useLibraryUiStore((s) => s.closeDialog);
  const notice = useLibraryUiStore((s) => s.notice);
  const setNotice = useLibraryUiStore((s) => s.setNotice);
  const actionError = useLibraryUiStore((s) => s.error);
  const setActionError = useLibraryUiStore((s) => s.setError);
  const [query, setQuery] = useState(loadedQuery);
  const sort = useLibrarySort((s) => s.sort);
  const sortId = useId();
  useEffect(() => void useLibrarySort.getState().load(), []);
  const sorted = useMemo(() => sortMaps(maps, sort, language), [maps, sort, language]);
  // One clock per render of the list keeps every row's "5 minutes ago" consistent.
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setTimeout(() => void load(query), query === loadedQuery ? 0 : SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
    // Only the typed query drives reloads; loadedQuery is read to skip the delay on first show.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, load]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 5_000);
    return () => window.clearTimeout(timer);
  }, [notice, setNotice]);

  const onDuplicate = useCallback(
    (map: MapSummary) => {
      setActionError(null);
      duplicate(map.id, t('library.copyName', { name: map.name }).slice(0, 200)).then(
        (copy) => {
          setNow(Date.now());
          setNotice(t('library.duplicated', { name: copy.name }));
        },
        (e: unknown) => setActionError(errorMessage(e)),
      );
    },
    [duplicate, setActionError, setNotice, t],
  );

  const searching = query.trim() !== '';
  const error = actionError ?? loadError;

  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true">
            <Icon name="map" size={18} />
          </span>
          <span className="app-header__name">{t('app.name')}</span>
        </div>
        <div className="app-header__tools">
          <LanguageSwitch />
          <SettingsButton />
          <PersonasButton />
          <ImportMapFileButton />
          <button
            type="button"
            className="button button--primary"
            onClick={() => openDialog({ kind: 'new' })}
          >
            <Icon name="plus" />
            {t('library.newMap')}
          </button>
        </div>
      </header>

      <main className="library" tabIndex={-1}>
        <div className="library__intro">
          <div>
            <h1 className="library__title">{t('library.title')}</h1>
            <p className="library__subtitle">{t('library.subtitle')}</p>
          </div>
          <div className="search">
            <Icon name="search" />
            <input
              type="search"
              className="search__input"
              aria-label={t('library.search')}
              placeholder={t('library.searchPlaceholder')}
              value={query}
              maxLength={200}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
        </div>

        {error ? (
          <ErrorAlert
            message={error}
            onDismiss={() => {
              setActionError(null);
              useLibraryStore.getState().clearError();
            }}
          />
        ) : null}

        <div className="visually-hidden" role="status" aria-live="polite">
          {notice ?? ''}
        </div>
        {notice ? (
          <div className="toast" aria-hidden="true">
            {notice}
          </div>
        ) : null}

        {status === 'loading' && maps.length === 0 ? (
          <p className="muted library__loading">{t('library.loading')}</p>
        ) : null}

        {status === 'ready' && maps.length === 0 && !searching ? (
          <section className="empty-state" aria-labelledby="empty-title">
            <div className="empty-state__art" aria-hidden="true">
              <Icon name="map" size={40} />
            </div>
            <h2 id="empty-title" className="empty-state__title">
              {t('library.emptyTitle')}
            </h2>
            <p className="empty-state__body">{t('library.emptyBody')}</p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => openDialog({ kind: 'new' })}
            >
              <Icon name="plus" />
              {t('library.emptyAction')}
            </button>
          </section>
        ) : null}

        {status === 'ready' && maps.length === 0 && searching ? (
          <div className="empty-state empty-state--compact">
            <p className="empty-state__body">{t('library.noResults', { query: query.trim() })}</p>
            <button type="button" className="button button--ghost" onClick={() => setQuery('')}>
              {t('library.clearSearch')}
            </button>
          </div>
        ) : null}

        {maps.length > 1 ? (
          <div className="library__sort">
            <label htmlFor={sortId}>{t('library.sortLabel')}</label>
            <select
              id={sortId}
              className="library__sort-select"
              value={sort}
              onChange={(event) => useLibrarySort.getState().setSort(event.target.value as LibrarySort)}
            >
              {LIBRARY_SORTS.map((option) => (
                <option key={option} value={option}>
                  {t(option === 'name' ? 'library.sortName' : 'library.sortUpdated')}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {maps.length > 0 ? (
          <ul className="map-list" role="list" aria-label={t('library.listLabel')}>
            {sorted.map((map) => (
              <MapListItem key={map.id} map={map} language={language} now={now} onDuplicate={onDuplicate} />
            ))}
          </ul>
        ) : null}
      </main>

      {dialog?.kind === 'new' ? <NewMapDialog onClose={closeDialog} /> : null}
      {dialog?.kind === 'rename' ? (
        <RenameMapDialog key={dialog.map.id} map={dialog.map} onClose={closeDialog} />
      ) : null}
      {dialog?.kind === 'compare' ? (
        <CompareMapDialog key={dialog.map.id} map={dialog.map} onClose={closeDialog} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteMapDialog key={dialog.map.id} map={dialog.map} onClose={closeDialog} />
      ) : null}
    </div>
  );
}
