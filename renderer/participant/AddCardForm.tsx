import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardKindForLane } from '../../shared/domain/lane-card-kind';
import { PARTICIPANT_TITLE_MAX, type ParticipantCardKind, type ParticipantMap } from '../../shared/workshop';
import { useParticipant } from './participant-store';

/** Add a card: kind (of those the facilitator allows), title, stage and lane. */
export function AddCardForm({ map, kinds }: { map: ParticipantMap; kinds: readonly ParticipantCardKind[] }) {
  const { t } = useTranslation();
  const id = useId();
  const addCard = useParticipant((s) => s.addCard);
  const busy = useParticipant((s) => s.busy);
  const [kind, setKind] = useState<ParticipantCardKind>(kinds[0] ?? 'note');
  const [title, setTitle] = useState('');
  const [stageId, setStageId] = useState(map.stages[0]?.id ?? '');
  const [laneId, setLaneId] = useState(laneFor(map, kinds[0] ?? 'note'));
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const currentKind = kinds.includes(kind) ? kind : (kinds[0] ?? 'note');
  const currentStage = map.stages.some((s) => s.id === stageId) ? stageId : (map.stages[0]?.id ?? '');
  const currentLane = map.lanes.some((l) => l.id === laneId) ? laneId : laneFor(map, currentKind);

  const submit = async () => {
    const text = title.trim();
    if (!text) return setMessage({ text: t('workshop.participant.add.titleRequired'), problem: true });
    if (text.length > PARTICIPANT_TITLE_MAX)
      return setMessage({
        text: t('workshop.participant.add.titleTooLong', { max: PARTICIPANT_TITLE_MAX }),
        problem: true,
      });
    if (!currentStage || !currentLane)
      return setMessage({ text: t('workshop.participant.add.noLane'), problem: true });
    const added = await addCard({
      kind: currentKind,
      title: text,
      stageId: currentStage,
      laneId: currentLane,
    });
    if (added) {
      setTitle('');
      setMessage({ text: t('workshop.participant.add.added', { title: text }), problem: false });
    } else setMessage(null);
  };

  return (
    <form
      className="p-add"
      aria-labelledby={`${id}-legend`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-legend`} className="p-section-title">
        {t('workshop.participant.add.legend')}
      </h2>
      <div className="p-add__grid">
        <label className="field">
          <span className="field__label">{t('workshop.participant.add.kind')}</span>
          <select
            className="select p-input"
            value={currentKind}
            onChange={(e) => {
              const next = e.target.value as ParticipantCardKind;
              setKind(next);
              setLaneId(laneFor(map, next));
            }}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`cardKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field p-add__title">
          <span className="field__label">{t('workshop.participant.add.title')}</span>
          <input className="input p-input" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('workshop.participant.add.stage')}</span>
          <select
            className="select p-input"
            value={currentStage}
            onChange={(e) => setStageId(e.target.value)}
          >
            {map.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('workshop.participant.add.lane')}</span>
          <select className="select p-input" value={currentLane} onChange={(e) => setLaneId(e.target.value)}>
            {map.lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {message ? (
        <p className={message.problem ? 'p-problem' : 'p-done'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="button button--primary p-button-wide" disabled={busy}>
        {t('workshop.participant.add.submit')}
      </button>
    </form>
  );
}

/** The first lane whose own cards are of `kind` (a pain point goes to the pain points lane), else the first. */
function laneFor(map: ParticipantMap, kind: ParticipantCardKind): string {
  return (map.lanes.find((l) => cardKindForLane(l.kind) === kind) ?? map.lanes[0])?.id ?? '';
}
