import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { flushEditor } from './editor-sync';
import { VersionLabelsDialog } from './VersionLabelsDialog';
import { VersionsPanel } from './VersionsPanel';
import './versions.css';
import { registerCommand } from '../commands/command-registry';

/**
 * The editor's version controls: "Save version" (also Ctrl/Cmd+Shift+S), the "Versions" toggle and
 * the panel. Mounted once in the editor's top bar.
 */
export function VersionTools({ mapId }: { mapId: string }) {
  const { t, i18n } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  // Ctrl/Cmd+Shift+S, File › Save Version and the command palette (the command table).
  useEffect(() => registerCommand('file.saveVersion', () => setSaving(true)), []);

  const defaultName = () =>
    t('versions.save.defaultName', {
      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(),
      ),
    });

  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
        title={t('versions.save.shortcut')}
        onClick={() => setSaving(true)}
      >
        {t('versions.save.button')}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-expanded={panelOpen}
        onClick={() => setPanelOpen((open) => !open)}
      >
        {t('versions.panel.toggle')}
      </button>
      {notice ? (
        <span className="versions-notice" role="status">
          {notice}
        </span>
      ) : null}
      {saving ? (
        <VersionLabelsDialog
          title={t('versions.save.title')}
          initialName={defaultName()}
          initialNote=""
          onClose={() => setSaving(false)}
          onSubmit={async (name, note) => {
            await flushEditor();
            const saved = await api.call('versions.save', { mapId, name, note });
            setNotice(t('versions.save.saved', { name: saved.name }));
            setRefreshKey((k) => k + 1);
          }}
        />
      ) : null}
      {panelOpen ? (
        <VersionsPanel mapId={mapId} refreshKey={refreshKey} onClose={() => setPanelOpen(false)} />
      ) : null}
    </>
  );
}
