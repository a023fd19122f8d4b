import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { FUNNEL_BAND, funnelBandGeometry } from '../../shared/canvas/funnel-band';
import { computeLayout } from '../../shared/canvas/layout';
import { makeMap } from '../../shared/document/test-map';
import { bandFigures } from './band-figures';
import { bandLayout } from './FunnelBand';
import { buildFunnelView } from './funnel-view';
import { emptyRow, periodMetrics } from './test-metrics';

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
    const metrics = periodMetrics(
      map.stages.map((stage, i) => ({ ...emptyRow(), stageId: stage.id, count: 1000 - i * 90 })),
      map.id,
    );
    const view = buildFunnelView(map, metrics);
    const band = bandLayout(layout, view, bandFigures(map, view, metrics), null, t, 'en');
    expect(band.links.slice(0, -1).every((link) => link !== null)).toBe(true);
  });
});
