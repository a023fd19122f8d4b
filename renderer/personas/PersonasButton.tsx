import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../ui/lazy-part';

// The persona library (its form and avatar encoder) loads on first use.
const PersonasDialog = lazyPart(() => import('./PersonasDialog').then((m) => m.PersonasDialog));

/** The "Personas" button of the library header and the editor toolbar; opens the persona library. */
export function PersonasButton({ onClosed }: { onClosed?: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        {t('personas.button')}
      </button>
      {open ? (
        <PersonasDialog
          onClose={() => {
            setOpen(false);
            onClosed?.();
          }}
        />
      ) : null}
    </>
  );
}
