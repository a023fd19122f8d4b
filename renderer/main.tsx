// First import: zod must be configured before any module below builds a schema.
import '../shared/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './App';
import { api, loadCapabilities } from './api';
import { startDesktop } from './desktop/start-desktop';
import { loadViewPrefs } from './editor/store/view-prefs-store';
import { initI18n } from './i18n/i18n';
import { resolveLanguage } from './i18n/language';
import { useLanguageStore } from './i18n/language-store';
import { parsePrintRoute } from './print/print-route';
import { parseRoute } from './routing/routes';
import { prefetchMap } from './editor/store/map-prefetch';
import { applyDesignTokens } from './styles/design-tokens';
import './styles/app.css';

async function start(): Promise<void> {
  // Opened on a map: read it while the settings are read, not after the first render.
  const opened = parseRoute(window.location.hash);
  if (parsePrintRoute(window.location.hash) === null) {
    if (opened.name === 'map') prefetchMap(opened.id);
    // Any other screen is a chunk of its own: fetch it meanwhile too.
    else preloadScreen(opened);
  }
  // The stored language wins; without one (first run, or the library is unreachable) follow the system.
  // What the host can do is read once, before any screen decides between a native dialog and a download.
  const [stored] = await Promise.all([
    api.call('settings.get', {}).then(
      (settings) => settings.language,
      () => null,
    ),
    loadViewPrefs(),
    loadCapabilities(),
  ]);
  const language = resolveLanguage(stored, navigator.language);
  useLanguageStore.setState({ language });
  await initI18n(language);

  applyDesignTokens();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The print view is its own page (opened in a new tab or a hidden window), not a screen of the app:
  // its code loads only on a print route (it waits for its data anyway, then sets data-print-ready).
  const printRoute = parsePrintRoute(window.location.hash);
  let screen = <App />;
  if (printRoute?.report === 'funnel') {
    const { FunnelReportView } = await import('./print/FunnelReportView');
    screen = <FunnelReportView route={printRoute} />;
  } else if (printRoute) {
    const { PrintView } = await import('./print/PrintView');
    screen = <PrintView route={printRoute} />;
  }
  createRoot(root).render(<StrictMode>{screen}</StrictMode>);
  if (!printRoute) startDesktop();
}

void start();
