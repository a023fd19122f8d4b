import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Footer buttons; rendered after the body. */
  actions?: ReactNode;
  /** Called on submit (Enter in a field, or a submit button). Makes the body a form. */
  onSubmit?(): void;
  size?: 'small' | 'large';
}

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the page inert
 * (so focus stays inside) and gives Escape for free; we restore focus to the opener ourselves so it
 * also works when React unmounts the dialog instead of closing it.
 */
export function Dialog({ title, onClose, children, actions, onSubmit, size = 'small' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      // Keep React in charge of whether the dialog is shown.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // The opener may be gone (e.g. the row of a deleted map): fall back to the main landmark.
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>('main');
      target?.focus();
    };
  }, []);

  const body = (
    <>
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
      </header>
      <div className="dialog__body">{children}</div>
      {actions ? <footer className="dialog__actions">{actions}</footer> : null}
    </>
  );

  return (
    <dialog ref={ref} className={`dialog dialog--${size}`} aria-labelledby={titleId}>
      {onSubmit ? (
        <form
          className="dialog__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
