import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A text field that edits the document only when the user is done: on blur or Enter (Ctrl/Cmd+Enter
 * in a multi-line field, where Enter is a new line), so one committed field is one undo step, not one
 * per keystroke. Escape puts the stored value back. A refused change (e.g. an empty name) also
 * reverts the field. A field that reached its `maxLength` says so below it: the browser drops the
 * rest of a long paste, and that must not happen without a word.
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  maxLength,
  type = 'text',
  focusRequested = false,
  onFocused,
}: {
  label: string;
  value: string;
  /** Returns whether the document accepted the change. */
  onCommit(value: string): boolean;
  multiline?: boolean;
  maxLength?: number;
  type?: 'text' | 'number';
  /** Focus and select the field once (e.g. a double-clicked header asks to rename). */
  focusRequested?: boolean;
  onFocused?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const noteId = `${id}-limit`;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusRequested || !inputRef.current) return;
    inputRef.current.focus();
    inputRef.current.select();
    onFocused?.();
  }, [focusRequested, onFocused]);
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  // The document changed underneath (undo, another view): show the new value.
  if (stored !== value) {
    setStored(value);
    setDraft(value);
  }

  const commit = (text: string) => {
    if (text === value) return;
    if (!onCommit(text)) setDraft(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // Keep canvas shortcuts (Delete, arrows, Ctrl+Z) away from typing.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(value);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit(event.currentTarget.value);
    }
  };

  const full = maxLength !== undefined && draft.length >= maxLength;
  const described = full ? noteId : undefined;
  return (
    <div className="field inspector__field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="input inspector__textarea"
          rows={4}
          value={draft}
          aria-describedby={described}
          maxLength={maxLength}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      ) : (
        <input
          ref={inputRef}
          id={id}
          className="input"
          type={type}
          inputMode={type === 'number' ? 'numeric' : undefined}
          value={draft}
          aria-describedby={described}
          maxLength={maxLength}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      )}
      {full ? (
        <p id={noteId} className="inspector__limit" role="status">
          {t('common.maxLengthReached', { max: new Intl.NumberFormat(i18n.language).format(maxLength) })}
        </p>
      ) : null}
    </div>
  );
}
