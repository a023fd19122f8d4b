import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../shared/domain';
import { api, errorMessage } from '../api';
import { formatSideRef } from '../compare/side-ref';
import { navigate } from '../routing/useHashRoute';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * Picks the map to compare `map` with (e.g. the to-be map for an as-is map) and opens the compare
 * screen with `map` as side A and the picked map as side B. Lists every map of the library, not
 * only those the search shows.
 */
export function CompareMapDialog({ map, onClose }: { map: MapSummary; onClose(): void }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [others, setOthers] = useState<MapSummary[] | null>(null);
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('maps.list', {})
      .then((maps) => {
        if (!live) return;
        const rest = maps.filter((m) => m.id !== map.id);
        setOthers(rest);
        setPicked(rest[0]?.id ?? '');
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [map.id]);

  const submit = () => {
    if (!picked) return;
    onClose();
    navigate({
      name: 'compare',
      a: formatSideRef({ kind: 'map', id: map.id }),
      b: formatSideRef({ kind: 'map', id: picked }),
    });
  };

  return (
    <Dialog
      title={t('compareMap.title', { name: map.name })}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!picked}>
            {t('compareMap.submit')}
          </button>
        </>
      }
    >
      {others === null && !error ? (
        <p className="muted" role="status">
          {t('library.loading')}
        </p>
      ) : null}
      {others !== null && others.length === 0 ? <p>{t('compareMap.noOtherMap')}</p> : null}
      {others !== null && others.length > 0 ? (
        <div className="field">
          <label htmlFor={selectId} className="field__label">
            {t('compareMap.otherMap')}
          </label>
          <select
            id={selectId}
            className="input"
            value={picked}
            autoFocus
            onChange={(event) => setPicked(event.target.value)}
          >
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <p className="muted">{t('compareMap.hint', { name: map.name })}</p>
        </div>
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}
    </Dialog>
  );
}
