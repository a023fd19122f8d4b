import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { FUNNEL_BAND, funnelBandGeometry } from '../../shared/canvas/funnel-band';
import { computeLayout } from '../../shared/canvas/layout';
import type { MapMetrics } from '../../shared/api';
import { makeMap } from '../../shared/document/test-map';
import { bandFigures } from './band-figures';
import { bandLayout } from './FunnelBand';
import { buildFunnelView } from './funnel-view';

// Keys for text: enough to count lines, no i18n instance needed.
const t = ((key: string) => key) as unknown as TFunction;

const map = makeMap({ stages: 10, lanes: 3, idPrefix: 'b' });
const layout = computeLayout(map);

describe('bandLayout', () => {
  it('with no numbers works out no figure text and takes the least height, in both languages', () => {
    const view = buildFunnelView(map, null);
    expect(view.hasNumbers).toBe(false);
    for (const language of ['en', 'zh-CN']) {
      const band = bandLayout(layout, view, bandFigures(map, view, null), null, t, language);
      expect(band.links.every((link) => link === null)).toBe(true);
      expect(band.geometry).toEqual(
        funnelBandGeometry(
          layout,
          view.stages.map((s) => s.row.count),
          null,
        ),
      );
      expect(band.geometry.rect.height).toBe(FUNNEL_BAND.height);
    }
  });

  it('with numbers labels every arrow between two stages', () => {
    const metrics: MapMetrics = {
      mapId: map.id,
      activePeriodId: 'q1',
      benchmarks: [],
      value: null,
      periods: [
        {
          id: 'q1',
          mapId: map.id,
          name: 'Q1',
          startDate: null,
          endDate: null,
          source: 'manual',
          provenance: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          metrics: map.stages.map((stage, i) => ({
            periodId: 'q1',
            stageId: stage.id,
            metricLabel: '',
            count: 1000 - i * 90,
            targetConversion: null,
            avgDaysInStage: null,
            lossReasons: '',
          })),
        },
      ],
    };
    const view = buildFunnelView(map, metrics);
    const band = bandLayout(layout, view, bandFigures(map, view, metrics), null, t, 'en');
    expect(band.links.slice(0, -1).every((link) => link !== null)).toBe(true);
  });
});
