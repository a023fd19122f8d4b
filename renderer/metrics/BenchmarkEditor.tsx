import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageBenchmark } from '../../shared/domain';
import { benchmarkRangeProblem, benchmarkTarget } from '../../shared/funnel';
import { errorMessage } from '../api';
import { BenchmarkFlag } from './BenchmarkFlag';
import type { FunnelView, StageFigures } from './funnel-view';
import { useMetricsStore } from './metrics-store';
import { readNonNegativeInput } from './number-input';
import { saveStagePatch } from './save-stage-metric';
import './insight.css';

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** One stage's range: two fields, save, remove and "use as target"; a refused range is not saved. */
function BenchmarkRow({
  mapId,
  view,
  stage,
  index,
  stored,
}: {
  mapId: string;
  view: FunnelView;
  stage: StageFigures;
  index: number;
  stored: StageBenchmark | undefined;
}) {
  const { t } = useTranslation();
  const change = useMetricsStore((s) => s.change);
  const [draft, setDraft] = useState<{ min: string; max: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const messageId = useId();
  const min = draft?.min ?? text(stored?.minPercent);
  const max = draft?.max ?? text(stored?.maxPercent);
  const name = { stage: stage.stageName };
  const insight = view.insight.stages[index];

  const save = async () => {
    const low = readNonNegativeInput(min, 100);
    const high = readNonNegativeInput(max, 100);
    if (!low.ok || !high.ok) return setError(t('metrics.benchmark.badNumber'));
    if (low.value === null || high.value === null) return setError(t('metrics.benchmark.bothNeeded'));
    const range = { minPercent: low.value, maxPercent: high.value };
    const problem = benchmarkRangeProblem(range);
    if (problem === 'minAboveMax') return setError(t('metrics.benchmark.minAboveMax'));
    if (problem !== null) return setError(t('metrics.benchmark.badNumber'));
    try {
      await change('metrics.setBenchmark', { mapId, benchmark: { stageId: stage.stageId, ...range } });
      setDraft(null);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const field = (value: string, key: 'min' | 'max', label: string) => (
    <input
      className="input"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={error !== null}
      aria-describedby={error !== null ? messageId : undefined}
      data-testid={`benchmark-${key}-${stage.stageId}`}
      value={value}
      onChange={(event) => {
        setDraft({ min, max, [key]: event.target.value });
        setError(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void save();
        }
      }}
    />
  );

  return (
    <tr>
      <th scope="row">{stage.stageName}</th>
      <td>{field(min, 'min', t('metrics.benchmark.minOf', name))}</td>
      <td>{field(max, 'max', t('metrics.benchmark.maxOf', name))}</td>
      <td>
        <BenchmarkFlag status={insight?.benchmarkStatus ?? null} range={insight?.benchmark ?? null} />
        {error !== null ? (
          <p id={messageId} className="metric-field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>
        <div className="benchmark-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('metrics.benchmark.saveOf', name)}
            onClick={() => void save()}
          >
            {t('metrics.benchmark.save')}
          </button>
          {stored !== undefined ? (
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('metrics.benchmark.removeOf', name)}
              onClick={() =>
                void run(() => change('metrics.removeBenchmark', { mapId, stageId: stage.stageId }))
              }
            >
              {t('metrics.benchmark.remove')}
            </button>
          ) : null}
          {stored !== undefined && view.period !== null ? (
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('metrics.benchmark.useAsTargetOf', name)}
              onClick={() =>
                void run(() =>
                  saveStagePatch(view.period?.id as string, stage.stageId, {
                    targetConversion: benchmarkTarget(stored),
                  }),
                )
              }
            >
              {t('metrics.benchmark.useAsTarget')}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

/** The map's benchmark ranges, one per stage that has a next stage; editable per map. */
export function BenchmarkEditor({ mapId, view }: { mapId: string; view: FunnelView }) {
  const { t } = useTranslation();
  const benchmarks = useMetricsStore((s) => s.data?.benchmarks ?? []);
  const byStage = new Map(benchmarks.map((b) => [b.stageId, b]));
  const transitions = view.stages.slice(0, -1);
  if (transitions.length === 0) return null;
  return (
    <section aria-labelledby="benchmark-title">
      <h3 id="benchmark-title">{t('metrics.benchmark.title')}</h3>
      <p className="metrics-note">{t('metrics.benchmark.note')}</p>
      <table className="metrics-table">
        <thead>
          <tr>
            <th scope="col">{t('metrics.panel.stage')}</th>
            <th scope="col">{t('metrics.benchmark.min')}</th>
            <th scope="col">{t('metrics.benchmark.max')}</th>
            <th scope="col">{t('metrics.insight.benchmark')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('metrics.benchmark.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {transitions.map((stage, index) => (
            <BenchmarkRow
              key={stage.stageId}
              mapId={mapId}
              view={view}
              stage={stage}
              index={index}
              stored={byStage.get(stage.stageId)}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
