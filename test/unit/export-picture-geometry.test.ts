import { describe, expect, it } from 'vitest';
import { pictureGeometry } from '../../shared/export';
import { buildTemplateMap } from '../../shared/templates';

/** Every y the curve's path commands pass through (end and control points of `M`, `L` and `C`). */
const pathYs = (d: string): number[] =>
  [...d.matchAll(/(-?[\d.]+)[ ,]+(-?[\d.]+)/g)].map((m) => Number(m[2]));

describe('picture geometry: the emotion curve', () => {
  it('runs in the band below the emotion cards, as on the canvas, never over their titles', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const map = buildTemplateMap('sales-funnel', language, 'Funnel');
      const geometry = pictureGeometry(map);
      const lane = map.lanes.find((l) => l.kind === 'emotions');
      const row = geometry.layout.lanes.find((r) => r.id === lane?.id);
      const emotionCards = geometry.layout.cards.filter((b) => b.cell?.laneId === lane?.id);
      expect(row).toBeDefined();
      expect(emotionCards.length).toBeGreaterThan(0);
      expect(geometry.curve.dots.length).toBe(map.stages.length);
      const cardsBottom = Math.max(...emotionCards.map((b) => b.y + b.height));
      // Dots are drawn with radius 6 and a 2 px ring; the line is 4 px wide.
      const ys = [...geometry.curve.dots.map((p) => p.y), ...geometry.curve.paths.flatMap(pathYs)];
      for (const y of ys) {
        expect(y - 8).toBeGreaterThan(cardsBottom);
        expect(y + 8).toBeLessThan((row?.y ?? 0) + (row?.height ?? 0));
      }
    }
  });
});
