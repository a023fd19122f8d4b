import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../shared/api';
import { api, errorMessage } from '../api';
import { useLanguageStore } from '../i18n/language-store';
import { navigate } from '../routing/useHashRoute';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLibraryStore } from './library-store';
import { nameTooLong } from '../ui/name-length';

interface TemplatesState {
  language: string;
  templates: TemplateSummary[] | null;
  error: string | null;
}

/** Create a map: pick Blank or a template (in the UI language), give it a name, open it. */
export function NewMapDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const create = useLibraryStore((s) => s.create);
  const nameId = useId();
  const groupLabelId = useId();
  const optionId = useId();
  const [loaded, setLoaded] = useState<TemplatesState>({ language: '', templates: null, error: null });
  const [templateId, setTemplateId] = useState<string | null>(null);
  // Until the user types a name, the name follows the chosen template's name.
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('templates.list', { language }).then(
      (templates) => live && setLoaded({ language, templates, error: null }),
      (e: unknown) => live && setLoaded({ language, templates: [], error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [language]);

  const templates = loaded.language === language ? loaded.templates : null;
  const selected = templates?.find((tpl) => tpl.id === templateId) ?? templates?.[0] ?? null;
  const shownName = name ?? selected?.name ?? '';

  const submit = async () => {
    if (busy || !selected) return;
    const trimmed = shownName.trim();
    if (!trimmed) {
      setError(t('common.nameRequired'));
      return;
    }
    const tooLong = nameTooLong(trimmed, t, i18n.language);
    if (tooLong !== null) {
      setError(tooLong);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const summary = await create({ name: trimmed, templateId: selected.id, language });
      onClose();
      navigate({ name: 'map', id: summary.id });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('newMap.title')}
      size="large"
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !selected}>
            {t('common.create')}
          </button>
        </>
      }
    >
      <p id={groupLabelId} className="field__label">
        {t('newMap.template')}
      </p>
      {templates === null ? (
        <p className="muted" role="status">
          {t('newMap.templatesLoading')}
        </p>
      ) : (
        <div className="template-grid" role="radiogroup" aria-labelledby={groupLabelId}>
          {templates.map((tpl, index) => {
            // The radio is named by the template's name alone; description and stages describe it.
            const ids = { name: `${optionId}-${index}-n`, about: `${optionId}-${index}-d` };
            return (
              <label key={tpl.id} className="template-option">
                <input
                  type="radio"
                  name="template"
                  value={tpl.id}
                  checked={selected?.id === tpl.id}
                  onChange={() => setTemplateId(tpl.id)}
                  className="template-option__radio"
                  aria-labelledby={ids.name}
                  aria-describedby={ids.about}
                />
                <span id={ids.name} className="template-option__name">
                  {tpl.name}
                </span>
                <span id={ids.about} className="template-option__about">
                  {tpl.description ? (
                    <span className="template-option__description">{tpl.description}</span>
                  ) : null}
                  <span className="template-option__stages">
                    {tpl.stageNames.length > 0
                      ? t('newMap.stagesPreview', { stages: tpl.stageNames.join(' → ') })
                      : t('newMap.noStages')}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      )}
      {loaded.error ? <ErrorAlert message={loaded.error} /> : null}
      <div className="field">
        <label htmlFor={nameId} className="field__label">
          {t('common.nameField')}
        </label>
        <input
          id={nameId}
          className="input"
          type="text"
          value={shownName}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {error ? <ErrorAlert message={error} /> : null}
    </Dialog>
  );
}
