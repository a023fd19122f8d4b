import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './api';
import { initI18n } from './i18n/i18n';
import { resolveLanguage } from './i18n/language';
import { useLanguageStore } from './i18n/language-store';
import './styles/app.css';

async function start(): Promise<void> {
  // The stored language wins; without one (first run, or the library is unreachable) follow the system.
  const stored = await api.call('settings.get', {}).then(
    (settings) => settings.language,
    () => null,
  );
  const language = resolveLanguage(stored, navigator.language);
  useLanguageStore.setState({ language });
  await initI18n(language);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
