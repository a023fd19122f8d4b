import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../shared/domain';
import { formatCount, formatPercent } from '../../shared/funnel';
import {
  buildStageMetrics,
  cleanStepName,
  matchedByOrderOnly,
  matchSteps,
  parseFunnelFile,
  previewImportedFunnel,
  type ImportResult,
  type StepMatch,
} from '../../shared/funnel-import';
import { errorMessage } from '../api';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { sha256Hex } from './sha256-hex';
import { importErrorPlace, importWarningText } from './import-messages';
import { useMetricsStore } from './metrics-store';

/** A file the user picked, read into memory. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

type Reading =
  | { state: 'reading' }
  | { state: 'failed'; message: string; path: string | null }
  | { state: 'ready'; result: ImportResult; sha256: string };

/**
 * The import preview: what was detected, which period of the file, how its steps pair with the
 * map's stages (each changeable), and the numbers that would result. Nothing is written until
 * Apply, which writes everything in one transaction.
 */
export function ImportDialog({ map, file, onClose }: { map: JourneyMap; file: PickedFile; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const data = useMetricsStore((s) => s.data);
  const change = useMetricsStore((s) => s.change);
  const [reading, setReading] = useState<Reading>({ state: 'reading' });
  const [periodIndex, setPeriodIndex] = useState(0);
  const [matching, setMatching] = useState<StepMatch[]>([]);
  const [target, setTarget] = useState('new');
  const [periodName, setPeriodName] = useState('');
  /** A trended export: write every period of the file (one per date), not only the one shown. */
  const [allPeriods, setAllPeriods] = useState(false);
  /** The user's "yes, pair the steps by order" while no step name matches a stage. */
  const [orderConfirmed, setOrderConfirmed] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // Parsed after the dialog has painted "Reading…", so a big file shows progress first.
    const timer = window.setTimeout(() => {
      void (async () => {
        try {
          const result = parseFunnelFile(file.bytes, file.name);
          const sha256 = await sha256Hex(file.bytes);
          if (cancelled) return;
          const first = result.periods[0];
          setReading({ state: 'ready', result, sha256 });
          setMatching(first ? matchSteps(first.steps, map.stages) : []);
          setPeriodName(first?.name ?? file.name);
        } catch (error) {
          if (cancelled) return;
          setReading({
            state: 'failed',
            message: errorMessage(error),
            path: importErrorPlace(error, t),
          });
        }
      })();
    }, 30);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // The map's stages at opening are what the matching starts from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const period = reading.state === 'ready' ? reading.result.periods[periodIndex] : undefined;
  const stageIds = map.stages.map((s) => s.id);
  const preview = useMemo(() => {
    if (!period) return null;
    try {
      return {
        analysis: previewImportedFunnel(period, matching, map.stages),
        rows: buildStageMetrics(period, matching, stageIds),
        error: null,
      };
    } catch (error) {
      return { analysis: null, rows: null, error: errorMessage(error) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period, matching, map.stages]);

  const choosePeriod = (index: number) => {
    const next = reading.state === 'ready' ? reading.result.periods[index] : undefined;
    setPeriodIndex(index);
    setOrderConfirmed(false);
    if (next) {
      setMatching(matchSteps(next.steps, map.stages));
      setPeriodName(next.name);
    }
  };

  /** The user's matching of the shown period, carried to every period by step name. */
  const rowsForAllPeriods = (result: ImportResult) => {
    const byName = new Map<string, string | null>();
    period?.steps.forEach((step, i) => byName.set(cleanStepName(step.name), matching[i]?.stageId ?? null));
    return result.periods.map((p) => {
      const auto = matchSteps(p.steps, map.stages);
      const chosen = p.steps.map((step, i) => {
        const stageId = byName.has(cleanStepName(step.name))
          ? (byName.get(cleanStepName(step.name)) ?? null)
          : (auto[i]?.stageId ?? null);
        return { stepIndex: i, stageId, by: 'manual' as const };
      });
      return {
        name: p.name,
        startDate: p.startDate,
        endDate: p.endDate,
        rows: buildStageMetrics(p, chosen, stageIds),
      };
    });
  };

  const orderOnly = matchedByOrderOnly(matching);
  const needsOrderConfirmation = orderOnly && !orderConfirmed;

  const apply = async () => {
    if (reading.state !== 'ready' || !period || !preview?.rows || needsOrderConfirmation) return;
    setBusy(true);
    try {
      if (allPeriods && reading.result.periods.length > 1) {
        await change('metrics.applyImportAll', {
          mapId: map.id,
          provenance: {
            source: reading.result.source,
            fileName: file.name.slice(0, 1000),
            sha256: reading.sha256,
          },
          periods: rowsForAllPeriods(reading.result),
        });
        onClose();
        return;
      }
      await change('metrics.applyImport', {
        mapId: map.id,
        periodName: periodName.trim() === '' ? period.name : periodName,
        rows: preview.rows,
        provenance: {
          source: reading.result.source,
          fileName: file.name.slice(0, 1000),
          sha256: reading.sha256,
          dateRange: { start: period.startDate, end: period.endDate },
        },
        target: target === 'new' ? { kind: 'new' } : { kind: 'existing', periodId: target },
      });
      onClose();
    } catch (error) {
      setApplyError(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('metrics.importDialog.title')}
      onClose={onClose}
      size="large"
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={reading.state !== 'ready' || !preview?.rows || busy || needsOrderConfirmation}
            onClick={() => void apply()}
          >
            {t('metrics.importDialog.apply')}
          </button>
        </>
      }
    >
      {reading.state === 'reading' ? (
        <p role="status">{t('metrics.importDialog.reading', { file: file.name })}</p>
      ) : null}
      {reading.state === 'failed' ? (
        <div data-testid="import-error">
          <ErrorAlert
            message={t('metrics.importDialog.failed', { file: file.name, message: reading.message })}
          />
          {reading.path !== null ? (
            <p className="metrics-note">{t('metrics.importDialog.where', { path: reading.path })}</p>
          ) : null}
        </div>
      ) : null}
      {reading.state === 'ready' ? (
        <div className="metrics-panel">
          <p data-testid="import-detected">
            {t('metrics.importDialog.detected', {
              format: t(`metrics.importDialog.formats.${reading.result.format}`),
              encoding: reading.result.encoding.toUpperCase() + (reading.result.bom ? ' (BOM)' : ''),
              periods: t('metrics.importDialog.periodCount', { count: reading.result.periods.length }),
            })}
          </p>
          {reading.result.warnings.map((warning) => (
            <p
              key={warning.code}
              className="metrics-note"
              role="note"
              data-testid={`import-warning-${warning.code}`}
            >
              {importWarningText(warning, t, i18n.language)}
            </p>
          ))}
          <div className="metrics-row">
            {reading.result.periods.length > 1 ? (
              <label className="field">
                <span className="field__label">{t('metrics.importDialog.periodFound')}</span>
                <select
                  className="select"
                  value={periodIndex}
                  onChange={(e) => choosePeriod(Number(e.target.value))}
                >
                  {reading.result.periods.map((p, index) => (
                    <option key={`${p.name}-${index}`} value={index}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {reading.result.periods.length > 1 ? (
              <label className="field field--check">
                <input
                  type="checkbox"
                  checked={allPeriods}
                  onChange={(e) => setAllPeriods(e.target.checked)}
                />
                <span>{t('metrics.importDialog.allPeriods', { count: reading.result.periods.length })}</span>
              </label>
            ) : null}
            {allPeriods ? null : (
              <label className="field">
                <span className="field__label">{t('metrics.importDialog.target')}</span>
                <select className="select" value={target} onChange={(e) => setTarget(e.target.value)}>
                  <option value="new">{t('metrics.importDialog.targetNew')}</option>
                  {(data?.periods ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('metrics.importDialog.targetExisting', { name: p.name })}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {target === 'new' && !allPeriods ? (
              <label className="field">
                <span className="field__label">{t('metrics.importDialog.periodName')}</span>
                <input
                  className="input"
                  value={periodName}
                  maxLength={200}
                  onChange={(e) => setPeriodName(e.target.value)}
                />
              </label>
            ) : null}
          </div>
          <section aria-labelledby="import-matching-title">
            <h3 id="import-matching-title">{t('metrics.importDialog.matching')}</h3>
            {orderOnly ? (
              <div className="metrics-order-warning" data-testid="import-order-warning">
                <p className="metrics-note metrics-note--warning" role="alert">
                  {t('metrics.importDialog.orderOnly')}
                </p>
                <label className="field field--check">
                  <input
                    type="checkbox"
                    checked={orderConfirmed}
                    onChange={(e) => setOrderConfirmed(e.target.checked)}
                  />
                  <span>{t('metrics.importDialog.orderConfirm')}</span>
                </label>
              </div>
            ) : null}
            <table className="metrics-table">
              <thead>
                <tr>
                  <th scope="col">{t('metrics.importDialog.step')}</th>
                  <th scope="col">{t('metrics.importDialog.fileCount')}</th>
                  <th scope="col">{t('metrics.importDialog.stage')}</th>
                </tr>
              </thead>
              <tbody>
                {(period?.steps ?? []).map((step, stepIndex) => {
                  const match = matching[stepIndex];
                  const name = cleanStepName(step.name);
                  return (
                    <tr key={`${step.row}-${stepIndex}`}>
                      <th scope="row">{name}</th>
                      <td>{formatCount(step.count, i18n.language)}</td>
                      <td>
                        <select
                          className="select"
                          aria-label={t('metrics.importDialog.stageFor', { step: name })}
                          value={match?.stageId ?? ''}
                          onChange={(e) => {
                            const stageId = e.target.value === '' ? null : e.target.value;
                            setMatching((all) =>
                              all.map((m) =>
                                m.stepIndex === stepIndex
                                  ? { ...m, stageId, by: stageId === null ? 'none' : 'manual' }
                                  : m,
                              ),
                            );
                          }}
                        >
                          <option value="">{t('metrics.importDialog.notImported')}</option>
                          {map.stages.map((stage) => (
                            <option key={stage.id} value={stage.id}>
                              {stage.name}
                            </option>
                          ))}
                        </select>{' '}
                        <span className="metrics-note">
                          {t(`metrics.importDialog.by.${match?.by ?? 'none'}`)}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="import-result-title">
            <h3 id="import-result-title">{t('metrics.importDialog.result')}</h3>
            {preview?.error ? <ErrorAlert message={preview.error} /> : null}
            {preview?.analysis ? (
              <table className="metrics-table" data-testid="import-result">
                <thead>
                  <tr>
                    <th scope="col">{t('metrics.panel.stage')}</th>
                    <th scope="col">{t('metrics.panel.countHeader')}</th>
                    <th scope="col">{t('metrics.panel.conversionHeader')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.analysis.stages.map((row, index) => (
                    <tr key={row.stageId}>
                      <th scope="row">{map.stages[index]?.name}</th>
                      <td>{formatCount(row.count, i18n.language)}</td>
                      <td>{formatPercent(row.conversion, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
          {applyError !== null ? <ErrorAlert message={applyError} /> : null}
        </div>
      ) : null}
    </Dialog>
  );
}
