import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_KINDS, type LaneKind } from '../../shared/domain';
import { VOTE_LIMITS, type VotePhase, type VoteState } from '../../shared/workshop';
import { useWorkshopSession } from './session-store';
import { VoteRanking } from './VoteRanking';

type VoteAction = 'close' | 'reveal' | 'clear';

/** What the facilitator can do in each phase of a vote, in button order (revealing is the main step). */
const PHASE_ACTIONS: Record<VotePhase, readonly VoteAction[]> = {
  open: ['close', 'reveal'],
  closed: ['reveal', 'clear'],
  revealed: ['clear'],
};

/**
 * The dot vote: set it up (which cards, dots per person, at most per card, anonymous, a time limit),
 * watch it fill, close it, reveal the ranked result, clear it.
 */
export function VoteControls({
  vote,
  participantCount,
}: {
  vote: VoteState | null;
  participantCount: number;
}) {
  const { t } = useTranslation();
  const session = useWorkshopSession();
  const busy = session.busy !== null;
  const run: Record<VoteAction, () => Promise<void>> = {
    close: session.closeVote,
    reveal: session.revealVote,
    clear: session.clearVote,
  };
  return (
    <section className="workshop-section" aria-labelledby="workshop-vote">
      <h3 id="workshop-vote" className="workshop-section__title">
        {t('workshop.vote.legend')}
      </h3>
      {vote === null ? <VoteSetup disabled={busy} /> : null}
      {vote?.phase === 'open' ? (
        <p role="status">
          {t('workshop.vote.open', { cast: vote.dotsCast, total: vote.dotsPerPerson * participantCount })}
        </p>
      ) : null}
      {vote?.phase === 'closed' ? <p role="status">{t('workshop.vote.closed')}</p> : null}
      {vote?.phase === 'revealed' ? <VoteRanking vote={vote} /> : null}
      {vote !== null ? (
        <div className="workshop-actions">
          {PHASE_ACTIONS[vote.phase].map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'reveal' ? 'button button--primary' : 'button'}
              disabled={busy}
              onClick={() => void run[action]()}
            >
              {t(`workshop.vote.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}

function VoteSetup({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const startVote = useWorkshopSession((s) => s.startVote);
  const [scope, setScope] = useState<'all' | LaneKind>('all');
  const [dots, setDots] = useState(3);
  const [maxPerCard, setMaxPerCard] = useState(1);
  const [anonymous, setAnonymous] = useState(true);
  const [minutes, setMinutes] = useState('');
  const submit = () => {
    const limit = Number(minutes);
    void startVote({
      scope: scope === 'all' ? { kind: 'all' } : { kind: 'laneKind', laneKind: scope },
      dotsPerPerson: dots,
      maxPerCard: Math.min(maxPerCard, dots),
      anonymous,
      durationSeconds: minutes.trim() && limit > 0 ? Math.max(10, Math.round(limit * 60)) : null,
    });
  };
  return (
    <form
      className="workshop-vote-setup"
      aria-labelledby="workshop-vote"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="field">
        <span className="field__label">{t('workshop.vote.scope')}</span>
        <select
          className="select"
          value={scope}
          onChange={(e) => setScope(e.target.value as 'all' | LaneKind)}
        >
          <option value="all">{t('workshop.vote.allCards')}</option>
          {LANE_KINDS.filter((k) => k !== 'custom').map((kind) => (
            <option key={kind} value={kind}>
              {t('workshop.vote.laneOfKind', { lane: t(`laneKind.${kind}`) })}
            </option>
          ))}
        </select>
      </label>
      <div className="workshop-vote-setup__row">
        <CountField
          label={t('workshop.vote.dots')}
          max={VOTE_LIMITS.dotsPerPerson}
          value={dots}
          onChange={setDots}
        />
        <CountField
          label={t('workshop.vote.maxPerCard')}
          max={VOTE_LIMITS.maxPerCard}
          value={maxPerCard}
          onChange={setMaxPerCard}
        />
      </div>
      <label className="workshop-check">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        {t('workshop.vote.anonymous')}
      </label>
      <label className="field">
        <span className="field__label">{t('workshop.vote.minutes')}</span>
        <input
          className="input"
          type="number"
          min={1}
          max={VOTE_LIMITS.durationSeconds / 60}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </label>
      <div className="workshop-actions">
        <button type="submit" className="button button--primary" disabled={disabled}>
          {t('workshop.vote.start')}
        </button>
      </div>
    </form>
  );
}

/** A whole number from 1 to `max` (dots per person, at most per card). */
function CountField({
  label,
  max,
  value,
  onChange,
}: {
  label: string;
  max: number;
  value: number;
  onChange(value: number): void;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        type="number"
        min={1}
        max={max}
        value={value}
        onChange={(e) => onChange(clampInt(e.target.value, 1, max))}
      />
    </label>
  );
}

function clampInt(text: string, min: number, max: number): number {
  const value = Math.round(Number(text));
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
