import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { commandShortcut } from '../commands/command-label';
import { ToolbarMenu } from '../editor/toolbar/ToolbarMenu';
import { flushEditor } from './editor-sync';
import './versions.css';
import { registerCommands, runCommand } from '../commands/command-registry';
import { lazyPart } from '../ui/lazy-part';

// Opened from the menu or a shortcut: loaded on first use (the panel brings the version diffs).
const VersionLabelsDialog = lazyPart(() =>
  import('./VersionLabelsDialog').then((m) => m.VersionLabelsDialog),
);
const VersionsPanel = lazyPart(() => import('./VersionsPanel').then((m) => m.VersionsPanel));

/**
 * The editor's version controls: one "Versions" menu (save a version, also Ctrl/Cmd+Shift+S; browse
 * them in the panel; compare one with the map) and the panel. Each item is a command of the command
 * table, so the desktop menu and the palette offer the same. Mounted once in the editor's top bar.
 */
export function VersionTools({ mapId }: { mapId: string }) {
  const { t, i18n } = useTranslation();
  const [saving, setSaving] = useState(false);
  /** The versions panel, and whether it was opened to pick a version to compare. */
  const [panel, setPanel] = useState<'closed' | 'browse' | 'compare'>('closed');
  const [refreshKey, setRefreshKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  // Ctrl/Cmd+Shift+S, File › Save Version and the command palette (the command table).
  useEffect(
    () =>
      registerCommands({
        'file.saveVersion': () => setSaving(true),
        'file.browseVersions': () => setPanel((p) => (p === 'closed' ? 'browse' : 'closed')),
        'file.compareVersion': () => setPanel('compare'),
      }),
    [],
  );

  const defaultName = () =>
    t('versions.save.defaultName', {
      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(),
      ),
    });

  return (
    <>
      <ToolbarMenu
        label={t('versions.menu.button')}
        menuLabel={t('versions.menu.label')}
        items={[
          {
            id: 'save',
            label: t('versions.menu.save'),
            shortcut: commandShortcut('file.saveVersion'),
            run: () => runCommand('file.saveVersion', { source: 'button' }),
          },
          {
            id: 'browse',
            label: t('versions.menu.browse'),
            checked: panel !== 'closed',
            run: () => runCommand('file.browseVersions', { source: 'button' }),
          },
          {
            id: 'compare',
            label: t('versions.menu.compare'),
            run: () => runCommand('file.compareVersion', { source: 'button' }),
          },
        ]}
      />
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
      {panel !== 'closed' ? (
        <VersionsPanel
          mapId={mapId}
          refreshKey={refreshKey}
          hint={panel === 'compare' ? t('versions.menu.compareHint') : null}
          onClose={() => setPanel('closed')}
        />
      ) : null}
    </>
  );
}
