import type { StageMetric } from '../../shared/domain';
import { testConversionChange, type ConversionChangeTest } from '../../shared/funnel';

/** Each stage's customers and those who reached its next stage, along one side's stage order. */
function samplesAlong(stages: readonly { id: string }[], metrics: readonly StageMetric[]) {
  const counts = new Map(metrics.map((m) => [m.stageId, m.count]));
  return new Map(
    stages.map((stage, index) => {
      const next = stages[index + 1];
      return [
        stage.id,
        { entered: counts.get(stage.id) ?? null, converted: next ? (counts.get(next.id) ?? null) : null },
      ];
    }),
  );
}

/**
 * Whether each stage's conversion changed significantly between side A's period and side B's (see
 * shared/funnel `testConversionChange`), by stage id; a stage on one side only has 'noData'.
 */
export function deltaSignificance(
  before: readonly StageMetric[],
  after: readonly StageMetric[],
  stages: readonly { id: string }[],
  beforeStages: readonly { id: string }[] = stages,
): Map<string, ConversionChangeTest> {
  const a = samplesAlong(beforeStages, before);
  const b = samplesAlong(stages, after);
  const none = { entered: null, converted: null };
  const ids = [...new Set([...stages.map((s) => s.id), ...beforeStages.map((s) => s.id)])];
  return new Map(ids.map((id) => [id, testConversionChange(a.get(id) ?? none, b.get(id) ?? none)]));
}
