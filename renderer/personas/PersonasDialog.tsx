import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type PersonaFields, type PersonaListItem } from '../../shared/api';
import { errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { DeletePersonaDialog } from './DeletePersonaDialog';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaForm } from './PersonaForm';
import { usePersonaStore } from './persona-store';
import './personas.css';

type View = { mode: 'list' } | { mode: 'edit'; persona: PersonaListItem | null };

/**
 * The persona library: list, create, edit and delete personas shared by every map. Opened from the
 * library header and from the editor toolbar.
 */
export function PersonasDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const formId = useId();
  const personas = usePersonaStore((s) => s.personas);
  const status = usePersonaStore((s) => s.status);
  const loadError = usePersonaStore((s) => s.error);
  const load = usePersonaStore((s) => s.load);
  const create = usePersonaStore((s) => s.create);
  const update = usePersonaStore((s) => s.update);
  const [view, setView] = useState<View>({ mode: 'list' });
  const [deleting, setDeleting] = useState<PersonaListItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const backToList = () => {
    setView({ mode: 'list' });
    setError(null);
    setNameError(null);
  };

  const save = async (fields: PersonaFields) => {
    if (fields.name.trim() === '') {
      setNameError(t('personas.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    setNameError(null);
    try {
      const editing = view.mode === 'edit' ? view.persona : null;
      const saved = editing ? await update(editing.id, fields) : await create(fields);
      setNotice(t(editing ? 'personas.saved' : 'personas.created', { name: saved.name }));
      setView({ mode: 'list' });
    } catch (e) {
      if (e instanceof ApiError && e.path === 'name') setNameError(errorMessage(e));
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (view.mode === 'edit') {
    return (
      <Dialog
        title={t(view.persona ? 'personas.editTitle' : 'personas.newTitle')}
        onClose={backToList}
        size="large"
        actions={
          <>
            <button type="button" className="button button--ghost" onClick={backToList}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={formId} className="button button--primary" disabled={busy}>
              {t('common.save')}
            </button>
          </>
        }
      >
        <PersonaForm
          key={view.persona?.id ?? 'new'}
          initial={view.persona}
          formId={formId}
          nameError={nameError}
          onSubmit={(fields) => void save(fields)}
        />
        {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('personas.title')}
      onClose={onClose}
      size="large"
      actions={
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <div className="personas__top">
        <p className="muted personas__intro">{t('personas.intro')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setView({ mode: 'edit', persona: null });
          }}
        >
          <Icon name="plus" />
          {t('personas.newPersona')}
        </button>
      </div>
      {notice ? (
        <p className="personas__notice" role="status">
          {notice}
        </p>
      ) : null}
      {loadError ? <ErrorAlert message={loadError} /> : null}
      {error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
      {status === 'loading' && personas.length === 0 ? (
        <p className="muted" role="status">
          {t('personas.loading')}
        </p>
      ) : null}
      {status === 'ready' && personas.length === 0 ? <p className="muted">{t('personas.empty')}</p> : null}
      {personas.length > 0 ? (
        <ul className="personas__list" aria-label={t('personas.listLabel')}>
          {personas.map((persona) => (
            <li key={persona.id} className="personas__item">
              <PersonaAvatar
                name={persona.name}
                image={persona.avatarImage}
                color={persona.avatarColor}
                size={40}
              />
              <div className="personas__text">
                <span className="personas__name">{persona.name}</span>
                {persona.role ? <span className="personas__role">{persona.role}</span> : null}
                <span className="personas__usage muted">
                  {persona.usageCount > 0
                    ? t('personas.usedBy', { count: persona.usageCount })
                    : t('personas.unused')}
                </span>
              </div>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('personas.edit', { name: persona.name })}
                onClick={() => {
                  setNotice(null);
                  setView({ mode: 'edit', persona });
                }}
              >
                <Icon name="rename" />
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('personas.delete', { name: persona.name })}
                onClick={() => setDeleting(persona)}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {deleting ? (
        <DeletePersonaDialog
          persona={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setNotice(t('personas.deleted', { name: deleting.name }));
            setDeleting(null);
          }}
        />
      ) : null}
    </Dialog>
  );
}
