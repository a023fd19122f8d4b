import type { JourneyMap } from '../domain/journey-map';

/** The emotion of one stage: the mean score of its emotion cards, or null when it has none. */
export interface EmotionCurvePoint {
  stageId: string;
  /** Mean of the scores, -2..2; null for a stage without emotion cards (the curve leaves a gap). */
  mean: number | null;
  /** How many emotion cards the mean is made of. */
  count: number;
}

/** A point of the drawn curve, in canvas coordinates. */
export interface CurveXY {
  x: number;
  y: number;
}

/** One unbroken run of the curve; `stageIds[i]` is the stage of `points[i]`. */
export interface CurveSegment {
  stageIds: string[];
  points: CurveXY[];
}

/**
 * The mean emotion score of each stage, in stage order. Every emotion card placed in the stage counts,
 * whatever lane it sits in; free emotion cards belong to no stage and do not count.
 */
export function emotionCurvePoints(map: JourneyMap): EmotionCurvePoint[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const card of map.cards) {
    if (card.kind !== 'emotion' || card.stageId === null) continue;
    const entry = sums.get(card.stageId) ?? { sum: 0, count: 0 };
    entry.sum += card.score;
    entry.count += 1;
    sums.set(card.stageId, entry);
  }
  return map.stages.map((stage) => {
    const entry = sums.get(stage.id);
    return entry === undefined
      ? { stageId: stage.id, mean: null, count: 0 }
      : { stageId: stage.id, mean: entry.sum / entry.count, count: entry.count };
  });
}

/**
 * The y coordinate of a score inside a lane: +2 at the top, -2 at the bottom, with `padding` pixels
 * kept free above and below so the line and its dots are not cut by the lane border. Scores are
 * clamped to -2..2, so the result always lies within the lane.
 *
 * @param padding - Defaults to 16 px, or a quarter of the lane height for very low lanes.
 */
export function scoreToY(score: number, laneTop: number, laneHeight: number, padding?: number): number {
  const pad = Math.min(Math.max(0, padding ?? 16), laneHeight / 4);
  const s = Number.isFinite(score) ? Math.min(2, Math.max(-2, score)) : 0;
  return laneTop + pad + ((2 - s) / 4) * (laneHeight - 2 * pad);
}

/**
 * Splits the curve into unbroken runs: a stage with no emotion card (mean null) ends one run and the
 * next stage with a value starts another, so the drawing shows a gap instead of inventing a value.
 *
 * @param stageCentersX - The x of each stage's centre, in the same order as `points`.
 * @param yForScore - Usually `(s) => scoreToY(s, lane.top, lane.height)`.
 */
export function curveSegments(
  points: readonly EmotionCurvePoint[],
  stageCentersX: readonly number[],
  yForScore: (score: number) => number,
): CurveSegment[] {
  const segments: CurveSegment[] = [];
  let run: CurveSegment | null = null;
  points.forEach((point, i) => {
    const x = stageCentersX[i];
    if (point.mean === null || x === undefined || !Number.isFinite(x)) {
      run = null;
      return;
    }
    if (run === null) {
      run = { stageIds: [], points: [] };
      segments.push(run);
    }
    run.stageIds.push(point.stageId);
    run.points.push({ x, y: yForScore(point.mean) });
  });
  return segments;
}
