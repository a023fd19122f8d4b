import type { MapMetrics } from '../../shared/api';
import type { JourneyMap, Persona } from '../../shared/domain';
import { analyzeFunnel, formatCount, formatPercent } from '../../shared/funnel';

/** The figures the overlay prints under one stage's name. */
export interface StageFigures {
  count: string;
  conversion: string | null;
  isBiggestLeak: boolean;
}

/** What the picture and the print view show besides the map itself. */
export interface PictureData {
  map: JourneyMap;
  personas: Persona[];
  /** The active period's name, or null when the map has no numbers. */
  periodName: string | null;
  /** Per stage id; empty when there is no active period. */
  figures: Map<string, StageFigures>;
}

/** Overlay figures of the active period, formatted in `language`. */
export function stageFigures(
  map: JourneyMap,
  metrics: MapMetrics | null,
  language: string,
): {
  periodName: string | null;
  figures: Map<string, StageFigures>;
} {
  const figures = new Map<string, StageFigures>();
  const period = metrics?.periods.find((p) => p.id === metrics.activePeriodId) ?? null;
  if (!period) return { periodName: null, figures };
  const byStage = new Map(period.metrics.map((m) => [m.stageId, m]));
  const analysis = analyzeFunnel(
    map.stages.map((s) => ({
      stageId: s.id,
      count: byStage.get(s.id)?.count ?? null,
      targetConversion: byStage.get(s.id)?.targetConversion ?? null,
    })),
  );
  analysis.stages.forEach((row) => {
    figures.set(row.stageId, {
      count: formatCount(row.count, language),
      conversion: row.conversion === null ? null : formatPercent(row.conversion, language),
      isBiggestLeak: row.isBiggestLeak,
    });
  });
  return { periodName: period.name, figures };
}
