import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopInfo, OperationOutput } from '../../shared/api';
import { api, capabilities, errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';

type LibraryInfo = OperationOutput<'library.info'>;
type Busy = 'openOther' | 'move' | null;

/**
 * Settings: where the library lives and, in the desktop app, "Open another library…" and "Move
 * library…" (native folder dialogs in the main process; the window reloads on the new library).
 * In web mode the path is shown with how to start the host on another folder.
 */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [library, setLibrary] = useState<LibraryInfo | null>(null);
  const [desktop, setDesktop] = useState<DesktopInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.call('library.info', {}), api.call('desktop.info', {})]).then(
      ([libraryInfo, desktopInfo]) => {
        if (!live) return;
        setLibrary(libraryInfo);
        setDesktop(desktopInfo);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const switchLibrary = async (operation: 'library.openOther' | 'library.move', kind: Busy) => {
    setBusy(kind);
    setError(null);
    try {
      const result = await api.call(operation, {});
      // On success the main process reloads the window on the new library; keep the status up.
      if (!result.switched) setBusy(null);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  };

  const versions = desktop?.versions;
  // Only a host with folder dialogs can open another library or move this one.
  const { librarySwitch } = capabilities();
  return (
    <Dialog
      title={t('desktop.settings.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <section aria-labelledby="settings-library">
        <h3 id="settings-library" className="settings__heading">
          {t('desktop.settings.libraryHeading')}
        </h3>
        {library ? (
          <label className="field">
            <span className="field__label">{t('desktop.settings.libraryPath')}</span>
            <input className="input settings__path" type="text" readOnly value={library.path} />
          </label>
        ) : error ? null : (
          <p className="muted" role="status">
            {t('desktop.settings.loading')}
          </p>
        )}
        {desktop ? (
          <p className="muted">
            {librarySwitch ? t('desktop.settings.desktopHelp') : t('desktop.settings.webHelp')}
          </p>
        ) : null}
        {librarySwitch ? (
          <div className="settings__actions">
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void switchLibrary('library.openOther', 'openOther')}
            >
              {t('desktop.settings.openOther')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void switchLibrary('library.move', 'move')}
            >
              {t('desktop.settings.move')}
            </button>
          </div>
        ) : null}
        {busy ? (
          <p role="status" className="muted">
            {busy === 'move' ? t('desktop.settings.moving') : t('desktop.settings.switching')}
          </p>
        ) : null}
        {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      </section>
      {desktop?.logDir ? (
        <label className="field">
          <span className="field__label">{t('desktop.settings.logs')}</span>
          <input className="input settings__path" type="text" readOnly value={desktop.logDir} />
        </label>
      ) : null}
      {versions ? (
        <p className="muted settings__versions">
          <span>{t('desktop.settings.versions')}: </span>
          {desktop.desktop
            ? t('desktop.settings.versionLine', {
                app: versions.app,
                electron: versions.electron ?? '',
                chrome: versions.chrome ?? '',
                node: versions.node,
              })
            : t('desktop.settings.webVersionLine', { app: versions.app, node: versions.node })}
        </p>
      ) : null}
    </Dialog>
  );
}
