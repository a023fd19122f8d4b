import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../routing/useHashRoute';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { MetricsOverlay } from '../metrics/MetricsOverlay';
import { MetricsToolbar } from '../metrics/MetricsToolbar';
import { MetricsSidePanel } from '../metrics/MetricsSidePanel';
import { useMetricsStore } from '../metrics/metrics-store';
import { PersonasButton } from '../personas/PersonasButton';
import { useEditorUi } from './store/editor-ui-store';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { InspectorPanel } from './inspector/InspectorPanel';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { Palette } from './palette/Palette';
import { registerEditorCommands } from './canvas/editor-commands';
import { useEditorStore } from './store/editor-store';
import { useFlushOnLeave } from './store/useFlushOnLeave';
import './editor.css';
import type { JourneyMap } from '../../shared/domain';
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
import { lazyPart } from '../ui/lazy-part';

// Opened by the shortcuts button or "?": loaded on first use.
const ShortcutsDialog = lazyPart(() => import('../commands/ShortcutsDialog').then((m) => m.ShortcutsDialog));

/**
 * The editor route: a top bar (back to the library, the map's name, undo/redo, save status), the
 * palette on the left, the canvas, and a side panel slot on the right. Both panels fold to thin
 * rails (remembered in the user's preferences) to give the map the room.
 */
export function EditorScreen({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  // Not the map itself: an edit re-renders the canvas (EditorCanvas) and the parts that read the
  // map (MapConsumer), not the whole screen.
  const hasMap = useEditorStore((s) => s.map?.id === mapId);
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

  const current = hasMap ? mapId : null;
  const onHelp = useCallback(() => setHelpOpen(true), []);

  const leave = async () => {
    await close();
    navigate({ name: 'library' });
  };

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
          {current ? (
            <MapConsumer mapId={mapId} render={(map) => <EditorTitle map={map} />} />
          ) : (
            <h1 className="editor-bar__name">
              {status === 'error' ? t('editor.notFoundTitle') : t('editor.loading')}
            </h1>
          )}
        </div>
        <div className="editor-bar__tools">
          <PersonasButton />
          {current ? <VersionTools mapId={current} /> : null}
          {current ? <MapConsumer mapId={mapId} render={(map) => <ExportButton map={map} />} /> : null}
          {current ? <WorkshopButton mapId={current} /> : null}
          <LanguageSwitch />
        </div>
      </header>
      {current ? (
        <div className="editor-subbar">
          <EditorToolbar onHelp={onHelp} />
          {/* The funnel tools sit with the editing tools so the header keeps room for the map's name. */}
          <div className="editor-subbar__end">
            <MapConsumer mapId={mapId} render={(map) => <MetricsToolbar map={map} />} />
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
          {current ? <EditorCanvas mapId={mapId} /> : null}
        </main>
        {/* The funnel numbers dock here, in the inspector's place, while they are edited. */}
        {current ? <MapConsumer mapId={mapId} render={(map) => <MetricsSidePanel map={map} />} /> : null}
        {current ? <WorkshopHost mapId={current} /> : null}
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

/** The open map, or null while another (or none) is loaded. */
const useOpenMap = (mapId: string): JourneyMap | null =>
  useEditorStore((s) => (s.map && s.map.id === mapId ? s.map : null));

/**
 * The canvas with the overlays other features draw inside it (metrics, presentation): the one part
 * of the screen that follows every edit at once.
 */
function EditorCanvas({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const map = useOpenMap(mapId);
  if (!map) return null;
  return (
    <>
      {map.stages.length === 0 && map.lanes.length === 0 ? (
        <p className="editor__hint">{t('editor.emptyMap')}</p>
      ) : null}
      <JourneyCanvas map={map}>
        <MetricsOverlay map={map} />
        <CanvasCommands />
        <PresentationLayer map={map} />
      </JourneyCanvas>
    </>
  );
}

/**
 * Renders what `render` makes of the open map, one render behind an edit (React's deferred value):
 * the canvas paints the edit first and the bars and panels around it follow, instead of every part
 * of the screen re-rendering before the edit shows (a title commit at 1,000 cards re-rendered the
 * toolbars, the export menu and the funnel panel on its critical path). `render` is read with the
 * map it was given; the element is rebuilt only when the map changes.
 */
function MapConsumer({ mapId, render }: { mapId: string; render: (map: JourneyMap) => ReactNode }) {
  const map = useDeferredValue(useOpenMap(mapId));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `render` is a new closure on every render of the screen; the map decides.
  return useMemo(() => (map ? render(map) : null), [map]);
}

/** The map's name and size in the top bar. */
function EditorTitle({ map }: { map: JourneyMap }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="editor-bar__name" title={map.name}>
        {map.name}
      </h1>
      <p className="editor-bar__summary">
        {t('editor.summary', {
          stages: t('library.stageCount', { count: map.stages.length }),
          lanes: t('editor.laneCount', { count: map.lanes.length }),
          cards: t('library.cardCount', { count: map.cards.length }),
        })}
      </p>
    </>
  );
}
