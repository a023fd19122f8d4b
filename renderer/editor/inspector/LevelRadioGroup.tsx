import { useId, type ReactNode } from 'react';

/**
 * A row of radio buttons for a small scale (emotion -2..2, severity 1..3, impact, effort). Each
 * choice is one undoable edit. Native radios: arrow keys move between them, the group has a name.
 */
export function LevelRadioGroup<V extends number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly { value: V; label: string; visual?: ReactNode }[];
  onChange(value: V): void;
}) {
  const id = useId();
  return (
    <div className="inspector__group">
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-label`} className="inspector__radios">
        {options.map((option) => (
          <label
            key={option.value}
            className={`inspector__radio${option.value === value ? ' inspector__radio--checked' : ''}`}
          >
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              onKeyDown={(event) => event.stopPropagation()}
            />
            {option.visual ? <span aria-hidden="true">{option.visual}</span> : null}
            <span className="inspector__radio-label">{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
