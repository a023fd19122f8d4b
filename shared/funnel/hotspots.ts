import type { FunnelAnalysis } from './analysis';
import type { StageEmotion } from './emotion';
import { median } from './numbers';

/** A stage where customers feel bad and leave: low emotion and high drop-off together. */
export interface Hotspot {
  stageId: string;
  stageIndex: number;
  /** Mean emotion of the stage (negative). */
  meanEmotion: number;
  /** Drop-off rate of the stage, in percent. */
  dropOffRate: number;
  /** The map's median drop-off rate the stage exceeds, in percent. */
  medianDropOffRate: number;
}

/**
 * Hotspots: stages whose mean emotion is negative and whose drop-off rate is above the median
 * drop-off rate of the map's stages (stages without a drop-off rate do not count towards the median).
 *
 * "Above" is strict, so a funnel with a single drop-off rate, or with equal rates everywhere, has no
 * hotspot: nothing stands out.
 *
 * @param analysis - The result of {@link analyzeFunnel}.
 * @param emotions - The result of {@link meanEmotionByStage}; matched to stages by id.
 */
export function findHotspots(analysis: FunnelAnalysis, emotions: readonly StageEmotion[]): Hotspot[] {
  const rates = analysis.stages.map((row) => row.dropOffRate).filter((rate): rate is number => rate !== null);
  const medianRate = median(rates);
  if (medianRate === null) return [];
  const meanById = new Map(emotions.map((e) => [e.stageId, e.mean]));
  const hotspots: Hotspot[] = [];
  for (const row of analysis.stages) {
    const mean = meanById.get(row.stageId) ?? null;
    if (mean === null || mean >= 0 || row.dropOffRate === null || row.dropOffRate <= medianRate) continue;
    hotspots.push({
      stageId: row.stageId,
      stageIndex: row.stageIndex,
      meanEmotion: mean,
      dropOffRate: row.dropOffRate,
      medianDropOffRate: medianRate,
    });
  }
  return hotspots;
}
