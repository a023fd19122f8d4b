import { useId, useState } from 'react';
import { errorMessage } from '../api';

/** How a cell's text becomes a value to save, or why it cannot. */
export type CellReader<T> = (text: string) => { ok: true; value: T } | { ok: false; message: string };

/**
 * One editable cell of the metrics table. It saves on Enter or when focus leaves, and only a value
 * the reader accepts: a refused one stays in the field with `aria-invalid` and a message beside it,
 * and nothing is saved. It shows the stored value again whenever that changes.
 */
export function MetricCell<T>({
  stored,
  label,
  read,
  save,
  inputMode,
  testId,
}: {
  stored: string;
  label: string;
  read: CellReader<T>;
  save(value: T): Promise<void>;
  inputMode?: 'numeric' | 'decimal' | 'text';
  testId?: string;
}) {
  const [draft, setDraft] = useState<{ base: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const messageId = useId();
  // A draft typed against an older stored value is dropped when the stored value changes.
  const text = draft !== null && draft.base === stored ? draft.text : stored;

  const commit = async () => {
    if (text === stored) {
      setError(null);
      return;
    }
    const reading = read(text);
    if (!reading.ok) {
      setError(reading.message);
      return;
    }
    try {
      await save(reading.value);
      setDraft(null);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <>
      <input
        className="input"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? messageId : undefined}
        inputMode={inputMode}
        data-testid={testId}
        value={text}
        onChange={(event) => {
          setDraft({ base: stored, text: event.target.value });
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          }
        }}
        onBlur={() => void commit()}
      />
      {error !== null ? (
        <p id={messageId} className="metric-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
