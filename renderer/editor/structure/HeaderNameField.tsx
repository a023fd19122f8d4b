import { useEffect, useRef } from 'react';

/**
 * The name of a stage or lane typed in place on its header (after a double-click): Enter or leaving
 * the field commits (one edit, nothing when unchanged or empty), Escape cancels. `nodrag`/`nopan`
 * keep React Flow from dragging or panning from inside it.
 */
export function HeaderNameField({
  name,
  label,
  className,
  onCommit,
  onDone,
}: {
  name: string;
  label: string;
  className: string;
  /** Saves the new name (already trimmed, changed and not empty). */
  onCommit(name: string): void;
  /** Editing ended (committed or cancelled): the header shows its name again. */
  onDone(): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  // Focus without scrolling: scrolling would shift React Flow's pane under its own viewport.
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    const next = value?.trim() ?? '';
    // An emptied name goes back to the old one, as in a file manager; the name cannot be empty.
    if (next !== '' && next !== name) onCommit(next);
    onDone();
  };
  return (
    <input
      ref={input}
      className={`header-name-field ${className} nodrag nopan nowheel`}
      aria-label={label}
      defaultValue={name}
      maxLength={200}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        // Keep canvas shortcuts (Delete, arrows, Ctrl+Z) away from typing.
        event.stopPropagation();
        if (event.nativeEvent.isComposing) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(event.currentTarget.value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
