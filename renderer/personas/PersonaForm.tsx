import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonaFields } from '../../shared/api';
import type { Persona } from '../../shared/domain';
import { encodeAvatar } from './avatar-encode';
import { PersonaAvatar } from './PersonaAvatar';

const toLines = (list: readonly string[]): string => list.join('\n');
const fromLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 50);

/**
 * The fields of a persona, as a controlled form body (the dialog around it owns submit and cancel).
 * Lists (goals, needs, frustrations) are edited one item per line.
 */
export function PersonaForm({
  initial,
  formId,
  onSubmit,
  nameError,
}: {
  initial: Persona | null;
  formId: string;
  onSubmit(fields: PersonaFields): void;
  nameError: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [quote, setQuote] = useState(initial?.quote ?? '');
  const [goals, setGoals] = useState(toLines(initial?.goals ?? []));
  const [needs, setNeeds] = useState(toLines(initial?.needs ?? []));
  const [frustrations, setFrustrations] = useState(toLines(initial?.frustrations ?? []));
  const [demographics, setDemographics] = useState(initial?.demographics ?? '');
  const [avatarImage, setAvatarImage] = useState<string | null>(initial?.avatarImage ?? null);
  const [avatarColor, setAvatarColor] = useState(initial?.avatarColor ?? '#5b6cf0');
  const [imageError, setImageError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setImageError(null);
    const result = await encodeAvatar(file);
    if (result.ok) setAvatarImage(result.dataUrl);
    else
      setImageError(t(result.error === 'tooLarge' ? 'personas.imageTooLarge' : 'personas.imageUnreadable'));
  };

  return (
    <form
      id={formId}
      className="persona-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          name: name.trim(),
          role,
          quote,
          goals: fromLines(goals),
          needs: fromLines(needs),
          frustrations: fromLines(frustrations),
          demographics,
          avatarImage,
          avatarColor,
        });
      }}
    >
      <div className="persona-form__avatar">
        <PersonaAvatar name={name || '?'} image={avatarImage} color={avatarColor} size={64} />
        <div className="persona-form__avatar-controls">
          <label className="field__label" htmlFor={`${id}-image`}>
            {t('personas.avatarImage')}
          </label>
          <input
            id={`${id}-image`}
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={(event) => void onFile(event.currentTarget.files?.[0])}
          />
          {avatarImage ? (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setAvatarImage(null)}
            >
              {t('personas.removeImage')}
            </button>
          ) : null}
          <label className="persona-form__color">
            <span>{t('personas.avatarColor')}</span>
            <input
              type="color"
              value={avatarColor}
              onChange={(event) => setAvatarColor(event.currentTarget.value)}
            />
          </label>
          {imageError ? (
            <p className="field__error" role="alert">
              {imageError}
            </p>
          ) : null}
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('personas.name')}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={200}
          required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        {nameError ? (
          <p id={`${id}-name-error`} className="field__error" role="alert">
            {nameError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('personas.role')}
        </label>
        <input
          id={`${id}-role`}
          className="input"
          value={role}
          maxLength={1000}
          onChange={(e) => setRole(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-quote`}>
          {t('personas.quote')}
        </label>
        <input
          id={`${id}-quote`}
          className="input"
          value={quote}
          maxLength={1000}
          onChange={(e) => setQuote(e.currentTarget.value)}
        />
      </div>
      {(
        [
          ['goals', goals, setGoals],
          ['needs', needs, setNeeds],
          ['frustrations', frustrations, setFrustrations],
        ] as const
      ).map(([key, value, setValue]) => (
        <div className="field" key={key}>
          <label className="field__label" htmlFor={`${id}-${key}`}>
            {t(`personas.${key}`)}
          </label>
          <textarea
            id={`${id}-${key}`}
            className="input persona-form__list"
            rows={3}
            value={value}
            aria-describedby={`${id}-list-hint`}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        </div>
      ))}
      <p id={`${id}-list-hint`} className="muted persona-form__hint">
        {t('personas.listHint')}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-demographics`}>
          {t('personas.demographics')}
        </label>
        <textarea
          id={`${id}-demographics`}
          className="input"
          rows={2}
          value={demographics}
          maxLength={20000}
          onChange={(e) => setDemographics(e.currentTarget.value)}
        />
      </div>
    </form>
  );
}
