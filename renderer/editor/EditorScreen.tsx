import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { MetricsOverlay } from '../metrics/MetricsOverlay';
import { MetricsToolbar } from '../metrics/MetricsToolbar';
import { MetricsSidePanel } from '../metrics/MetricsPanel';
import { useMetricsStore } from '../metrics/metrics-store';
import { PersonasButton } from '../personas/PersonasButton';
import { useEditorUi } from './store/editor-ui-store';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { InspectorPanel } from './inspector/InspectorPanel';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { Palette } from './palette/Palette';
import { ShortcutsDialog } from '../commands/ShortcutsDialog';
import { registerEditorCommands } from './canvas/editor-commands';
import { useEditorStore } from './store/editor-store';
import { useFlushOnLeave } from './store/useFlushOnLeave';
import './editor.css';
import { VersionTools } from '../versions/VersionTools';
import { ExportButton } from '../export/ExportButton';
import { CanvasCommands } from '../desktop/CanvasCommands';
import { registerCommand, registerCommands } from '../commands/command-registry';
import { useViewPrefs } from './store/view-prefs-store';
import { FoldablePanel } from './panels/FoldablePanel';
import { presentation, usePresentation } from './store/presentation';
import { PresentationLayer } from '../presentation/PresentationLayer';
import { WorkshopButton } from '../workshop/WorkshopButton';
import { WorkshopHost } from '../workshop/WorkshopHost';

/**
 * The editor route: a top bar (back to the library, the map's name, undo/redo, save status), the
 * palette on the left, the canvas, and a side panel slot on the right. Both panels fold to thin
 * rails (remembered in the user's preferences) to give the map the room.
 */
export function EditorScreen({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const map = useEditorStore((s) => s.map);
  const status = useEditorStore((s) => s.status);
  const loadError = useEditorStore((s) => s.loadError);
  const editError = useEditorStore((s) => s.editError);
  const load = useEditorStore((s) => s.load);
  const close = useEditorStore((s) => s.close);
  const clearEditError = useEditorStore((s) => s.clearEditError);
  const [helpOpen, setHelpOpen] = useState(false);
  const metricsPanelOpen = useMetricsStore((s) => s.panelOpen);
  const presenting = usePresentation((s) => s.active);

  useEffect(() => {
    useEditorUi.getState().reset();
    void load(mapId);
    return () => {
      useEditorUi.getState().reset();
      void close();
    };
  }, [mapId, load, close]);

  useEffect(() => registerEditorCommands(), []);
  useEffect(() => registerCommand('help.shortcuts', () => setHelpOpen(true)), []);
  useEffect(() => {
    const prefs = () => useViewPrefs.getState();
    return registerCommands({
      'view.togglePalette': () => prefs().togglePalette(),
      'view.toggleInspector': () => prefs().toggleInspector(),
      'view.focusMode': () => prefs().toggleFocusMode(),
      'view.present': () => presentation().start(),
    });
  }, []);
  // Leaving the editor (or opening another map) ends a presentation.
  useEffect(() => () => presentation().stop(), [mapId]);
  useFlushOnLeave();

  const current = map && map.id === mapId ? map : null;

  const leave = async () => {
    await close();
    navigate({ name: 'library' });
  };

  // Overlays of other features drawn inside the canvas (metrics, compare) go here.
  const overlays: ReactNode = current ? (
    <>
      <MetricsOverlay map={current} />
      <CanvasCommands />
      <PresentationLayer map={current} />
    </>
  ) : null;
  // The right-hand side panel (the inspector) mounts here.
  const sidePanel: ReactNode = current ? <InspectorPanel /> : null;

  return (
    <div className={presenting ? 'editor editor--presenting' : 'editor'}>
      <header className="editor-bar">
        <button type="button" className="button button--ghost" onClick={() => void leave()}>
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
          <PersonasButton />
          {current ? <VersionTools mapId={current.id} /> : null}
          {current ? <ExportButton map={current} /> : null}
          {current ? <WorkshopButton mapId={current.id} /> : null}
          <LanguageSwitch />
        </div>
      </header>
      {current ? (
        <div className="editor-subbar">
          <EditorToolbar onHelp={() => setHelpOpen(true)} />
          {/* The funnel tools sit with the editing tools so the header keeps room for the map's name. */}
          <div className="editor-subbar__end">
            <MetricsToolbar map={current} />
          </div>
        </div>
      ) : null}
      {editError ? (
        <div className="editor__alert">
          <ErrorAlert message={t('canvas.editError', { reason: editError })} onDismiss={clearEditError} />
        </div>
      ) : null}
      <div className="editor__body">
        {current ? (
          <FoldablePanel side="start">
            <Palette />
          </FoldablePanel>
        ) : null}
        <main className="editor__main" tabIndex={-1}>
          {status === 'error' && loadError ? (
            <div className="editor__message">
              <ErrorAlert message={loadError.message} />
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
              <JourneyCanvas map={current}>{overlays}</JourneyCanvas>
            </>
          ) : null}
        </main>
        {/* The funnel numbers dock here, in the inspector's place, while they are edited. */}
        {current ? <MetricsSidePanel map={current} /> : null}
        {current ? <WorkshopHost mapId={current.id} /> : null}
        {current && sidePanel ? (
          // Kept mounted (hidden) while the numbers panel is open, so it keeps what it shows.
          <div className="editor__side-slot" hidden={metricsPanelOpen}>
            <FoldablePanel side="end">
              <aside className="editor__side" aria-label={t('inspector.label')}>
                {sidePanel}
              </aside>
            </FoldablePanel>
          </div>
        ) : null}
      </div>
      {helpOpen ? <ShortcutsDialog onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
