import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_MAX } from '../../shared/workshop';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useParticipant } from './participant-store';

/** Join by name: the link brought the secret; without one the code shown on the screen is typed. */
export function JoinForm({ secret }: { secret: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const join = useParticipant((s) => s.join);
  const busy = useParticipant((s) => s.busy);
  const error = useParticipant((s) => s.error);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (!name.trim()) return setProblem(t('workshop.participant.nameRequired'));
    // The field does not cut a pasted name without a word: the form says how long it may be.
    if (name.trim().length > DISPLAY_NAME_MAX)
      return setProblem(t('workshop.participant.nameTooLong', { max: DISPLAY_NAME_MAX }));
    if (!secret && !code.trim()) return setProblem(t('workshop.participant.codeRequired'));
    setProblem(null);
    void join(secret ? { kind: 'link', secret } : { kind: 'code', code }, name.trim());
  };
  return (
    <form
      className="p-join"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h1 className="p-join__title">{t('workshop.participant.heading')}</h1>
      <p className="muted">{t('workshop.participant.intro')}</p>
      <label className="field" htmlFor={`${id}-name`}>
        <span className="field__label">{t('workshop.participant.name')}</span>
      </label>
      <input
        id={`${id}-name`}
        className="input p-input"
        autoComplete="nickname"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      {secret ? null : (
        <>
          <label className="field" htmlFor={`${id}-code`}>
            <span className="field__label">{t('workshop.participant.code')}</span>
          </label>
          <input
            id={`${id}-code`}
            className="input p-input p-join__code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-describedby={`${id}-code-hint`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <span id={`${id}-code-hint`} className="muted">
            {t('workshop.participant.codeHint')}
          </span>
        </>
      )}
      {problem ? (
        <p className="p-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}
      <button type="submit" className="button button--primary p-button-wide" disabled={busy}>
        {busy ? t('workshop.participant.joining') : t('workshop.participant.join')}
      </button>
    </form>
  );
}
