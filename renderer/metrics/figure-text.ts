import type { TFunction } from 'i18next';
import { formatCount, formatPercent, MISSING_FIGURE } from '../../shared/funnel';
import type { StageFigures } from './funnel-view';

/** The overlay's lines for one stage, as plain text (also what screen readers and tests read). */
export interface StageFigureText {
  count: string;
  conversion: string;
  dropOff: string;
  target: string | null;
  change: string | null;
  /** The data problem of this stage in words (it has more customers than the stage before it). */
  problem: string | null;
}

/** Formats one stage's figures in the UI language; missing figures are "—", never NaN. */
export function stageFigureText(
  figures: StageFigures,
  previousName: string | null,
  t: TFunction,
  language: string,
): StageFigureText {
  const { row, countChange } = figures;
  let target: string | null = null;
  if (row.target !== null) {
    const verdict =
      row.targetMet === null
        ? ''
        : ` · ${row.targetMet ? t('metrics.targetMet') : t('metrics.targetMissed')}`;
    target = t('metrics.target', { value: formatPercent(row.target, language) }) + verdict;
  }
  let change: string | null = null;
  if (previousName !== null) {
    const value =
      countChange.absolute === null
        ? MISSING_FIGURE
        : `${formatCount(countChange.absolute, language, { signed: true })} (${formatPercent(
            countChange.relative,
            language,
            { signed: true },
          )})`;
    change = t('metrics.change', { period: previousName, value });
  }
  const before = figures.previousStage;
  const problem =
    row.moreThanPrevious && before !== null
      ? t('metrics.moreThanPrevious', {
          stage: figures.stageName,
          count: formatCount(row.count, language),
          previous: before.name,
          previousCount: formatCount(before.count, language),
        })
      : null;
  return {
    count: t('metrics.count', { value: formatCount(row.count, language) }),
    conversion: t('metrics.conversion', { value: formatPercent(row.conversion, language) }),
    dropOff: t('metrics.dropOff', {
      count: row.dropOff === null ? MISSING_FIGURE : formatCount(row.dropOff, language),
      rate: row.dropOff === null ? MISSING_FIGURE : formatPercent(row.dropOffRate, language),
    }),
    target,
    change,
    problem,
  };
}
