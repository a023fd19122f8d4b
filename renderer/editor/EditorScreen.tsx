import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { useDocumentStore } from './document-store';
import { JourneyCanvas } from './JourneyCanvas';
import './editor.css';

/** The editor route: a top bar (back to the library, the map's name) over the canvas. */
export function EditorScreen({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const map = useDocumentStore((s) => s.map);
  const status = useDocumentStore((s) => s.status);
  const error = useDocumentStore((s) => s.error);
  const load = useDocumentStore((s) => s.load);
  const close = useDocumentStore((s) => s.close);

  useEffect(() => {
    void load(mapId);
    return () => close();
  }, [mapId, load, close]);

  const current = map && map.id === mapId ? map : null;

  return (
    <div className="editor">
      <header className="editor-bar">
        <button type="button" className="button button--ghost" onClick={() => navigate({ name: 'library' })}>
          <Icon name="back" />
          {t('editor.library')}
        </button>
        <div className="editor-bar__title">
          <h1 className="editor-bar__name" title={current?.name}>
            {current?.name ?? (status === 'error' ? t('editor.notFoundTitle') : t('editor.loading'))}
          </h1>
          {current ? (
            <p className="editor-bar__summary">
              {t('editor.summary', {
                stages: t('library.stageCount', { count: current.stages.length }),
                lanes: t('editor.laneCount', { count: current.lanes.length }),
                cards: t('library.cardCount', { count: current.cards.length }),
              })}
            </p>
          ) : null}
        </div>
        <div className="editor-bar__tools">
          <span className="badge">
            <Icon name="eye" />
            {t('editor.readOnly')}
          </span>
          <LanguageSwitch />
        </div>
      </header>
      <main className="editor__main" tabIndex={-1}>
        {status === 'error' && error ? (
          <div className="editor__message">
            <ErrorAlert message={error.message} />
            <button type="button" className="button button--ghost" onClick={() => void load(mapId)}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}
        {status === 'loading' ? (
          <p className="editor__message muted" role="status">
            {t('editor.loading')}
          </p>
        ) : null}
        {current ? (
          <>
            {current.stages.length === 0 && current.lanes.length === 0 ? (
              <p className="editor__hint">{t('editor.emptyMap')}</p>
            ) : null}
            <JourneyCanvas map={current} />
          </>
        ) : null}
      </main>
    </div>
  );
}
