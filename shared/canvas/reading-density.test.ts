import { describe, expect, it } from 'vitest';
import { densityAtZoom, READING_LEVELS, typeScaleOf } from './reading-density';

describe('reading levels', () => {
  it('switch only at the thresholds: detail from 0.8, compact from 0.55, overview below', () => {
    expect([2, 1, 0.8].map(densityAtZoom)).toEqual(['detail', 'detail', 'detail']);
    expect([0.79, 0.6, 0.55].map(densityAtZoom)).toEqual(['compact', 'compact', 'compact']);
    expect([0.54, 0.37, 0.1].map(densityAtZoom)).toEqual(['overview', 'overview', 'overview']);
  });

  it('grow the type as the zoom shrinks', () => {
    const sizes = READING_LEVELS.map((l) => l.type);
    for (let i = 1; i < sizes.length; i += 1) {
      expect(sizes[i]!.cardTitle).toBeGreaterThan(sizes[i - 1]!.cardTitle);
      expect(sizes[i]!.stageName).toBeGreaterThan(sizes[i - 1]!.stageName);
      expect(sizes[i]!.laneName).toBeGreaterThan(sizes[i - 1]!.laneName);
    }
  });

  // The fit zooms measured for the six-stage templates (the widest): 0.59 at 1920 x 1080 and 0.37 at
  // 1440 x 900 with both panels open (test/e2e/readable-at-fit.spec.ts measures the real DOM).
  it('keep card titles at 14 px on a 1920 projector and 12 px on a 1440 laptop at those fits', () => {
    expect(typeScaleOf(densityAtZoom(0.59)).cardTitle * 0.59).toBeGreaterThanOrEqual(14);
    expect(typeScaleOf(densityAtZoom(0.37)).cardTitle * 0.37).toBeGreaterThanOrEqual(12);
    for (const zoom of [0.59, 0.37]) {
      const type = typeScaleOf(densityAtZoom(zoom));
      const least = Math.min(type.stageName, type.laneName, type.figure, type.figureCount) * zoom;
      expect(least).toBeGreaterThanOrEqual(zoom > 0.5 ? 14 : 12);
    }
    // Right above each threshold the type of the level above is still at least 12 px.
    expect(typeScaleOf('detail').cardTitle * 0.8).toBeGreaterThanOrEqual(12);
    expect(typeScaleOf('compact').cardTitle * 0.55).toBeGreaterThanOrEqual(12);
  });
});
