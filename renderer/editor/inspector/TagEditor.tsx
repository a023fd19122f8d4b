import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain';

/**
 * A card's tags as chips, each with a remove button, and a field to add one (Enter or "Add tag").
 * Adding or removing a tag is one undoable edit; duplicates are ignored.
 */
export function TagEditor({
  tags,
  onChange,
}: {
  tags: readonly string[];
  onChange(tags: string[]): boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');

  const add = () => {
    const tag = draft.trim().slice(0, LIMITS.tag);
    if (tag === '') return;
    if (tags.includes(tag) || onChange([...tags, tag])) setDraft('');
  };

  return (
    <div className="inspector__group">
      <span id={`${id}-label`} className="field__label">
        {t('inspector.tags')}
      </span>
      {tags.length > 0 ? (
        <ul className="inspector__tags" aria-labelledby={`${id}-label`}>
          {tags.map((tag) => (
            <li key={tag} className="inspector__tag">
              <span>{tag}</span>
              <button
                type="button"
                className="inspector__tag-remove"
                aria-label={t('inspector.removeTag', { tag })}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted inspector__none">{t('inspector.noTags')}</p>
      )}
      <div className="inspector__row">
        <label className="visually-hidden" htmlFor={`${id}-field`}>
          {t('inspector.tagField')}
        </label>
        <input
          id={`${id}-field`}
          className="input"
          value={draft}
          maxLength={LIMITS.tag}
          placeholder={t('inspector.tagField')}
          disabled={tags.length >= LIMITS.tags}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button
          type="button"
          className="button button--ghost"
          onClick={add}
          disabled={tags.length >= LIMITS.tags}
        >
          {t('inspector.addTag')}
        </button>
      </div>
    </div>
  );
}
