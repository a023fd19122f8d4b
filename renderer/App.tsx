import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandPaletteHost } from './commands/CommandPaletteHost';
import { CompareScreen } from './compare/CompareScreen';
import { DesktopAlerts } from './desktop/DesktopAlerts';
import { EditorScreen } from './editor/EditorScreen';
import { LibraryScreen } from './library/LibraryScreen';
import { navigate, useHashRoute } from './routing/useHashRoute';
import { VersionViewScreen } from './versions/VersionViewScreen';

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
