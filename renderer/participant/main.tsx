// First import: zod must be configured before any module below builds a schema.
import '../../shared/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import { localStorageOrNull, participantLanguage } from './participant-language';
import { ParticipantApp } from './ParticipantApp';
import '../styles/app.css';
import '../workshop/workshop.css';
import './participant.css';

/**
 * The workshop participant page: its own entry, served only by the session's participant listener.
 * It talks to that listener alone (shared/workshop) and never sees the loopback API or its token.
 */
async function start(): Promise<void> {
  await initI18n(participantLanguage(localStorageOrNull(), navigator.language));
  const root = document.getElementById('root');
  if (!root) throw new Error('participant.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <ParticipantApp />
    </StrictMode>,
  );
}

void start();
