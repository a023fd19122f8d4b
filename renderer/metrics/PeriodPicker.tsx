import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodOptions } from './PeriodOptions';
import type { MapMetrics, PeriodWithMetrics } from '../../shared/api';
import { errorMessage } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useMetricsStore } from './metrics-store';

const SOURCES = ['manual', 'GA4', 'CRM', 'Mixpanel', 'CSV'];

/** A short, readable form of an import's provenance. */
function ProvenanceLine({ period }: { period: PeriodWithMetrics }) {
  const { t, i18n } = useTranslation();
  const p = period.provenance;
  if (p === null) return null;
  const range =
    p.dateRange.start === null && p.dateRange.end === null
      ? t('metrics.panel.noRange')
      : `${p.dateRange.start ?? '…'} – ${p.dateRange.end ?? '…'}`;
  return (
    <p className="metrics-note" data-testid="period-provenance">
      {t('metrics.panel.provenance', {
        file: p.fileName,
        source: p.source,
        sha: p.sha256.slice(0, 12),
        range,
        when: new Date(p.importedAt).toLocaleString(i18n.language),
      })}
    </p>
  );
}

/**
 * Choose the period shown on the map, create, rename (with dates and source) and delete periods.
 */
export function PeriodPicker({ mapId, metrics }: { mapId: string; metrics: MapMetrics }) {
  const { t } = useTranslation();
  const change = useMetricsStore((s) => s.change);
  const active = metrics.periods.find((p) => p.id === metrics.activePeriodId) ?? null;
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const selectId = useId();
  const sourcesId = useId();

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>{t('metrics.panel.periods')}</h3>
      <div className="metrics-row">
        <label className="field">
          <span className="field__label">{t('metrics.panel.active')}</span>
          <select
            className="select"
            value={active?.id ?? ''}
            onChange={(event) =>
              void run(() =>
                change('metrics.setActivePeriod', { mapId, periodId: event.target.value || null }),
              )
            }
          >
            {active === null ? <option value="">—</option> : null}
            <PeriodOptions periods={metrics.periods} />
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() =>
              change('metrics.createPeriod', {
                mapId,
                name: t('metrics.panel.defaultName', { n: metrics.periods.length + 1 }),
                activate: true,
              }),
            )
          }
        >
          {t('metrics.panel.newPeriod')}
        </button>
        {active !== null && !confirmDelete ? (
          <button type="button" className="button button--danger-text" onClick={() => setConfirmDelete(true)}>
            {t('metrics.panel.deletePeriod')}
          </button>
        ) : null}
      </div>
      {active !== null && confirmDelete ? (
        <div className="metrics-row" role="group" aria-label={t('metrics.panel.deletePeriod')}>
          <p className="metrics-note">{t('metrics.panel.deleteConfirm', { name: active.name })}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void run(async () => {
                await change('metrics.deletePeriod', { periodId: active.id });
                setConfirmDelete(false);
              })
            }
          >
            {t('common.delete')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirmDelete(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
      {active !== null ? (
        <PeriodForm
          key={`${active.id}-${active.name}-${active.startDate}-${active.endDate}-${active.source}`}
          period={active}
          sourcesId={sourcesId}
          onSave={(fields) => run(() => change('metrics.updatePeriod', { periodId: active.id, ...fields }))}
        />
      ) : null}
      <datalist id={sourcesId}>
        {SOURCES.map((source) => (
          <option key={source} value={source} />
        ))}
      </datalist>
      {active !== null ? <ProvenanceLine period={active} /> : null}
      {error !== null ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}

function PeriodForm({
  period,
  sourcesId,
  onSave,
}: {
  period: PeriodWithMetrics;
  sourcesId: string;
  onSave(fields: {
    name: string;
    startDate: string | null;
    endDate: string | null;
    source: string;
  }): Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(period.name);
  const [startDate, setStartDate] = useState(period.startDate ?? '');
  const [endDate, setEndDate] = useState(period.endDate ?? '');
  const [source, setSource] = useState(period.source);
  return (
    <form
      className="metrics-row"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave({ name, startDate: startDate || null, endDate: endDate || null, source });
      }}
    >
      <label className="field">
        <span className="field__label">{t('metrics.panel.periodName')}</span>
        <input
          className="input"
          value={name}
          required
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('metrics.panel.startDate')}</span>
        <input
          className="input"
          type="date"
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('metrics.panel.endDate')}</span>
        <input className="input" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('metrics.panel.source')}</span>
        <input
          className="input"
          list={sourcesId}
          value={source}
          maxLength={100}
          onChange={(e) => setSource(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        {t('metrics.panel.savePeriod')}
      </button>
    </form>
  );
}
