import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandPaletteHost } from './commands/CommandPaletteHost';
import { DesktopAlerts } from './desktop/DesktopAlerts';
import { EditorScreen } from './editor/EditorScreen';
import { LibraryScreen } from './library/LibraryScreen';
import { useEditorStore, type EditorState } from './editor/store/editor-store';
import type { Route } from './routing/routes';
import { navigate, useHashRoute } from './routing/useHashRoute';
import { lazyPart, warmLazyParts } from './ui/lazy-part';

// Opening a map needs only the editor: compare and the version view load when first shown (or warm
// in idle time). The editor and the library (the app's first screen) stay in the start-up bundle:
// either as a chunk of its own, even asked for at once, opened later (the library about 200 ms).
const CompareScreen = lazyPart(() => import('./compare/CompareScreen').then((m) => m.CompareScreen));
const VersionViewScreen = lazyPart(() =>
  import('./versions/VersionViewScreen').then((m) => m.VersionViewScreen),
);

/**
 * Starts loading the code of the screen `route` shows, so that it arrives while the settings are read
 * instead of after the first render (opening the library as a chunk asked for at render took longer).
 */
export function preloadScreen(route: Route): void {
  const screen =
    route.name === 'compare' ? CompareScreen : route.name === 'version' ? VersionViewScreen : null;
  if (screen) void screen.preload().catch(() => undefined);
}

/** Picks the screen for the current hash route; unknown routes go to the library. */
export function App() {
  const route = useHashRoute();
  const { t } = useTranslation();

  useEffect(() => {
    if (route.name === 'notFound') navigate({ name: 'library' });
  }, [route.name]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  // The lazy parts load in idle time once the first screen is up, so that none of it competes with
  // opening it: on a map, once the map is in (or failed to load); on another screen, a while after
  // it mounted, as its reads go to the same host as the chunk requests (warming at once opened the
  // library later).
  useEffect(() => {
    const settled = (s: EditorState) => s.status === 'ready' || s.status === 'error';
    if (route.name !== 'map') return warmLazyParts(1_500);
    if (settled(useEditorStore.getState())) return warmLazyParts();
    return useEditorStore.subscribe((s) => {
      if (settled(s)) warmLazyParts();
    });
  }, [route.name]);

  return (
    <>
      <Screen route={route} />
      <CommandPaletteHost />
      <DesktopAlerts />
    </>
  );
}

function Screen({ route }: { route: ReturnType<typeof useHashRoute> }) {
  if (route.name === 'map') return <EditorScreen key={route.id} mapId={route.id} />;
  if (route.name === 'version') return <VersionViewScreen key={route.id} versionId={route.id} />;
  if (route.name === 'compare')
    return <CompareScreen key={`${route.a}|${route.b}`} a={route.a} b={route.b} />;
  return <LibraryScreen />;
}
