import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandPaletteHost } from './commands/CommandPaletteHost';
import { DesktopAlerts } from './desktop/DesktopAlerts';
import { EditorScreen } from './editor/EditorScreen';
import { useEditorStore, type EditorState } from './editor/store/editor-store';
import { navigate, useHashRoute } from './routing/useHashRoute';
import { lazyPart, warmLazyParts } from './ui/lazy-part';

// Opening a map needs only the editor: the other screens load when first shown (or warm in idle time).
const LibraryScreen = lazyPart(() => import('./library/LibraryScreen').then((m) => m.LibraryScreen));
const CompareScreen = lazyPart(() => import('./compare/CompareScreen').then((m) => m.CompareScreen));
const VersionViewScreen = lazyPart(() =>
  import('./versions/VersionViewScreen').then((m) => m.VersionViewScreen),
);

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

  // The lazy parts load in idle time once the first screen is up; on a map, once the map is in (or
  // failed to load), so that none of it competes with opening the map.
  useEffect(() => {
    const settled = (s: EditorState) => s.status === 'ready' || s.status === 'error';
    if (route.name !== 'map' || settled(useEditorStore.getState())) return warmLazyParts();
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
