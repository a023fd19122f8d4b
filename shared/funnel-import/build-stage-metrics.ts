import { ApiError } from '../api/errors';
import type { StageMetric } from '../domain';
import { analyzeFunnel, type FunnelAnalysis } from '../funnel';
import type { StepMatch } from './match-steps';
import type { ImportedPeriod, ImportedStep } from './types';

/**
 * The numbers an import writes for one stage: always the count and label; the target, days and
 * reasons only when the file gives them (the app's own CSV export does). Fields left out keep the
 * stage's stored value.
 */
export type ImportedStageMetric = Pick<StageMetric, 'stageId' | 'count' | 'metricLabel'> & {
  targetConversion?: number;
  avgDaysInStage?: number;
  lossReasons?: string;
};

function importedMetric(stageId: string, step: ImportedStep): ImportedStageMetric {
  const metric: ImportedStageMetric = { stageId, count: step.count, metricLabel: step.metricLabel };
  if (step.targetConversion !== undefined) metric.targetConversion = step.targetConversion;
  if (step.avgDaysInStage !== undefined) metric.avgDaysInStage = step.avgDaysInStage;
  if (step.lossReasons !== undefined) metric.lossReasons = step.lossReasons;
  return metric;
}

/**
 * Turns one imported period and the user's matching into the stage numbers to store, in the map's
 * stage order. Stages no step is matched to are left out (their stored numbers stay as they are).
 *
 * @param period - One period of an {@link ImportResult}.
 * @param matching - From {@link matchSteps}, possibly changed by the user.
 * @param stageIds - The map's stages in display order; every matched stage must be one of them.
 * @throws ApiError `invalid_input` (path `matching.N...`) for a step that does not exist, a stage
 *   that is not in the map, or two steps matched to the same stage.
 */
export function buildStageMetrics(
  period: ImportedPeriod,
  matching: readonly StepMatch[],
  stageIds: readonly string[],
): ImportedStageMetric[] {
  const stageOrder = new Map(stageIds.map((id, index) => [id, index]));
  const byStage = new Map<string, { metric: ImportedStageMetric; matchIndex: number }>();
  matching.forEach((match, matchIndex) => {
    if (match.stageId === null) return;
    const step = period.steps[match.stepIndex];
    if (step === undefined) {
      throw new ApiError(
        'invalid_input',
        `Matching ${matchIndex + 1} refers to step ${match.stepIndex + 1}, which the file does not have.`,
        {
          path: `matching.${matchIndex}.stepIndex`,
          reason: 'funnel_match_no_step',
          params: { match: matchIndex + 1, step: match.stepIndex + 1 },
        },
      );
    }
    if (!stageOrder.has(match.stageId)) {
      throw new ApiError(
        'invalid_input',
        `Step "${step.name}" is matched to a stage that is not in this map.`,
        {
          path: `matching.${matchIndex}.stageId`,
          reason: 'funnel_match_unknown_stage',
          params: { step: step.name },
        },
      );
    }
    const clash = byStage.get(match.stageId);
    if (clash !== undefined) {
      const other = period.steps[matching[clash.matchIndex]?.stepIndex ?? -1]?.name ?? '';
      throw new ApiError(
        'invalid_input',
        `Steps "${other}" and "${step.name}" are both matched to the same stage; match one of them to another stage or to none.`,
        {
          path: `matching.${matchIndex}.stageId`,
          reason: 'funnel_match_same_stage',
          params: { first: other, second: step.name },
        },
      );
    }
    byStage.set(match.stageId, {
      metric: importedMetric(match.stageId, step),
      matchIndex,
    });
  });
  return [...byStage.values()]
    .map((entry) => entry.metric)
    .sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0));
}

/**
 * The funnel the preview shows: the imported counts on the map's stages (unmatched stages have no
 * count), analysed like stored numbers.
 *
 * @param stages - The map's stages in display order, with their current target conversions.
 */
export function previewImportedFunnel(
  period: ImportedPeriod,
  matching: readonly StepMatch[],
  stages: readonly { id: string; targetConversion?: number | null }[],
): FunnelAnalysis {
  const metrics = buildStageMetrics(
    period,
    matching,
    stages.map((stage) => stage.id),
  );
  const byStage = new Map(metrics.map((metric) => [metric.stageId, metric]));
  return analyzeFunnel(
    stages.map((stage) => ({
      stageId: stage.id,
      count: byStage.get(stage.id)?.count ?? null,
      targetConversion: byStage.get(stage.id)?.targetConversion ?? stage.targetConversion ?? null,
    })),
  );
}
