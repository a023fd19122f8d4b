import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../shared/timer/countdown';
import type { SessionState } from '../../shared/workshop';
import { ErrorAlert } from '../ui/ErrorAlert';
import { VoteRanking } from '../workshop/VoteRanking';
import { AddCardForm } from './AddCardForm';
import { JoinForm } from './JoinForm';
import { joinSecretFromPath } from './participant-client';
import { useParticipant } from './participant-store';
import { ParticipantLanguage } from './ParticipantLanguage';
import { StageBoard } from './StageBoard';

/** The participant page: join, then the live session; a closing word when it is over. */
export function ParticipantApp() {
  const { t } = useTranslation();
  const phase = useParticipant((s) => s.phase);
  const [secret] = useState(() => joinSecretFromPath(window.location.pathname));
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    void useParticipant
      .getState()
      .restore()
      .finally(() => setRestoring(false));
  }, []);
  return (
    <div className="p-page">
      <header className="p-top">
        <span className="p-top__brand">{t('app.name')}</span>
        <ParticipantLanguage />
      </header>
      <main className="p-main">
        {restoring ? null : phase === 'join' ? (
          <JoinForm secret={secret} />
        ) : phase === 'live' ? (
          <LiveSession />
        ) : (
          <Closing phase={phase} />
        )}
      </main>
    </div>
  );
}

function Closing({ phase }: { phase: 'ended' | 'removed' | 'gone' }) {
  const { t } = useTranslation();
  return (
    <section className="p-closing" role="status">
      <h1 className="p-closing__title">
        {phase === 'ended'
          ? t('workshop.participant.ended')
          : phase === 'removed'
            ? t('workshop.participant.removedNotice')
            : t('workshop.participant.notFound')}
      </h1>
      {phase === 'ended' ? <p>{t('workshop.participant.endedHint')}</p> : null}
    </section>
  );
}

function LiveSession() {
  const { t } = useTranslation();
  const { map, session, you, reconnecting, error, clearError } = useParticipant();
  useEffect(() => {
    if (map) document.title = t('workshop.participant.pageTitle', { map: map.name });
  }, [map, t]);
  if (!map || !session || !you) return null;
  const step = session.presentation.followMe ? session.presentation.step : null;
  const followedStage = step !== null && step > 0 ? (map.stages[step - 1] ?? null) : null;
  const vote = session.vote;
  return (
    <>
      <div className="p-status">
        <h1 className="p-status__map">{map.name}</h1>
        <p className="p-status__you">{t('workshop.participant.you', { name: you.displayName })}</p>
        <SessionTimer timer={session.timer} />
        {reconnecting ? (
          <p className="p-banner p-banner--warn" role="status">
            {t('workshop.participant.reconnecting')}
          </p>
        ) : null}
        {step !== null ? (
          <p className="p-banner p-banner--follow" role="status" data-testid="p-following">
            {followedStage
              ? t('workshop.participant.following', { stage: followedStage.name })
              : t('workshop.participant.followingOverview')}
          </p>
        ) : null}
        {session.locked ? (
          <p className="p-banner p-banner--warn" role="status">
            {t('workshop.participant.locked')}
          </p>
        ) : null}
        {vote?.phase === 'open' ? (
          <p className="p-banner p-banner--vote" role="status">
            {t('workshop.participant.voteOpen')}{' '}
            <strong data-testid="p-dots-left">
              {t('workshop.participant.dotsLeft', { count: you.dotsLeft })}
            </strong>
          </p>
        ) : null}
        {vote?.phase === 'closed' ? (
          <p className="p-banner" role="status">
            {t('workshop.participant.voteClosed')}
          </p>
        ) : null}
      </div>
      {error ? <ErrorAlert message={error} onDismiss={clearError} /> : null}
      {vote?.phase === 'revealed' ? (
        <section className="p-results" aria-labelledby="p-results-title">
          <h2 id="p-results-title" className="p-section-title">
            {t('workshop.participant.results')}
          </h2>
          <VoteRanking vote={vote} />
        </section>
      ) : null}
      {!session.locked && session.allowedKinds.length > 0 ? (
        <AddCardForm map={map} kinds={session.allowedKinds} />
      ) : null}
      <StageBoard map={map} session={session} you={you} followedStageId={followedStage?.id ?? null} />
    </>
  );
}

/** The workshop timer as everyone sees it, ticking locally from the time it ends. */
function SessionTimer({ timer }: { timer: SessionState['timer'] }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.status !== 'running') return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [timer]);
  if (timer.status === 'stopped') return null;
  const ms =
    timer.status === 'running' ? Math.max(0, Date.parse(timer.endsAt) - now) : timer.remainingSeconds * 1000;
  return (
    <p className="p-timer" role="timer" data-testid="p-timer">
      {t('workshop.participant.timer', { time: formatRemaining(ms) })}
    </p>
  );
}
