import { useTranslation } from 'react-i18next';
import { formatPercent, formatPValue, MIN_SAMPLE, type ConversionChangeTest } from '../../shared/funnel';
import './insight.css';

/** Below this a p-value is shown as "p < 0.001": more digits would only suggest false precision. */
const P_FLOOR = 0.001;

/**
 * A stage's conversion change against the previous period: the points, the p-value and whether it
 * is significant. Significant and not-significant changes look different (a filled badge against a
 * dashed one) and say so in words, so the difference survives print and colour blindness.
 */
export function ChangeMark({
  change,
  testId,
  compact = false,
}: {
  change: ConversionChangeTest | null;
  testId?: string;
  /** Leave the points out (where a column beside already shows them). */
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (change === null || change.points === null) return <span data-testid={testId}>—</span>;
  const points = formatPercent(change.points, i18n.language, { signed: true }).replace(/\s?%$/, '');
  const test = change.test === 'fisher' ? t('metrics.insight.testFisher') : t('metrics.insight.testZ');
  return (
    <span
      className={`change-mark change-mark--${change.verdict}`}
      data-testid={testId}
      data-verdict={change.verdict}
      title={t('metrics.insight.verdictHint', { test, min: MIN_SAMPLE })}
    >
      {compact ? null : t('metrics.insight.points', { value: points })}
      {change.pValue !== null ? (
        <>
          {compact ? null : ' · '}
          {change.pValue < P_FLOOR
            ? t('metrics.insight.pBelow', { value: formatPValue(P_FLOOR, i18n.language) })
            : t('metrics.insight.pValue', { value: formatPValue(change.pValue, i18n.language) })}
        </>
      ) : null}
      <span className="change-mark__verdict">{t(`metrics.insight.verdict.${change.verdict}`)}</span>
    </span>
  );
}
