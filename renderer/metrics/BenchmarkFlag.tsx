import { useTranslation } from 'react-i18next';
import { formatPercent, type BenchmarkRange, type BenchmarkStatus } from '../../shared/funnel';
import './insight.css';

/** A stage's benchmark range and where its conversion lies: "60.0%–70.0% Below benchmark". */
export function BenchmarkFlag({
  status,
  range,
  testId,
}: {
  status: BenchmarkStatus | null;
  range: BenchmarkRange | null;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  if (range === null) return <span data-testid={testId}>—</span>;
  const text = t('metrics.benchmark.range', {
    min: formatPercent(range.minPercent, i18n.language, { fractionDigits: 0 }),
    max: formatPercent(range.maxPercent, i18n.language, { fractionDigits: 0 }),
  });
  return (
    <span data-testid={testId} data-status={status ?? 'none'}>
      {text}{' '}
      {status !== null ? (
        <span className={`benchmark-flag benchmark-flag--${status}`}>{t(`metrics.benchmark.${status}`)}</span>
      ) : null}
    </span>
  );
}
