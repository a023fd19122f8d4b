import { describe, expect, it } from 'vitest';
import { addCard, createCard } from '../document/cards';
import { moveCard } from '../document/placement';
import { deepFreeze, testMap } from '../document/test-map';
import type { JourneyMap } from '../domain/journey-map';
import { curveSegments, emotionCurvePoints, scoreToY } from './curve';
import { EMOTION_FACES, emotionFace } from './faces';

function withEmotions(scores: Record<string, number[]>): JourneyMap {
  let map = testMap({ stages: 4, lanes: 2, cardsPerCell: 1 });
  for (const [stageId, list] of Object.entries(scores)) {
    for (const score of list) {
      map = addCard(map, createCard('emotion', { title: 'e', score }), { stageId, laneId: 'l1' });
    }
  }
  return deepFreeze(map);
}

describe('emotionCurvePoints', () => {
  it('gives the mean score per stage in stage order, null where a stage has no emotion card', () => {
    const map = withEmotions({ s0: [2, 1], s2: [-2, -1, 0], s3: [1] });
    expect(emotionCurvePoints(map)).toEqual([
      { stageId: 's0', mean: 1.5, count: 2 },
      { stageId: 's1', mean: null, count: 0 },
      { stageId: 's2', mean: -1, count: 3 },
      { stageId: 's3', mean: 1, count: 1 },
    ]);
  });

  it('counts emotion cards in any lane but not free ones or other kinds', () => {
    let map = withEmotions({ s0: [2] });
    map = addCard(map, createCard('emotion', { title: 'e', score: -2, id: 'other' }), {
      stageId: 's0',
      laneId: 'l0',
    });
    map = addCard(map, createCard('emotion', { title: 'e', score: -2, id: 'free' }), { x: 0, y: 0 });
    expect(emotionCurvePoints(map)[0]).toEqual({ stageId: 's0', mean: 0, count: 2 });
    map = moveCard(map, 'other', { x: 5, y: 5 });
    expect(emotionCurvePoints(map)[0]).toEqual({ stageId: 's0', mean: 2, count: 1 });
  });

  it('is empty for a map without stages', () => {
    expect(emotionCurvePoints(testMap({ stages: 0 }))).toEqual([]);
  });
});

describe('scoreToY', () => {
  it('puts +2 at the top, -2 at the bottom, inside the padding', () => {
    expect(scoreToY(2, 100, 200)).toBe(116);
    expect(scoreToY(-2, 100, 200)).toBe(284);
    expect(scoreToY(0, 100, 200)).toBe(200);
    expect(scoreToY(0, 0, 200, 0)).toBe(100);
  });

  it('clamps out-of-band scores and treats NaN as neutral', () => {
    expect(scoreToY(7, 100, 200)).toBe(scoreToY(2, 100, 200));
    expect(scoreToY(-7, 100, 200)).toBe(scoreToY(-2, 100, 200));
    expect(scoreToY(Number.NaN, 100, 200)).toBe(200);
  });
});

describe('curveSegments', () => {
  const y = (s: number) => scoreToY(s, 0, 100, 0);

  it('breaks the line at a stage without emotion cards', () => {
    const points = emotionCurvePoints(withEmotions({ s0: [2], s1: [0], s3: [-2] }));
    const segments = curveSegments(points, [160, 480, 800, 1120], y);
    expect(segments).toEqual([
      {
        stageIds: ['s0', 's1'],
        points: [
          { x: 160, y: 0 },
          { x: 480, y: 50 },
        ],
      },
      { stageIds: ['s3'], points: [{ x: 1120, y: 100 }] },
    ]);
  });

  it('gives one single-point segment for one stage with emotions, none without', () => {
    expect(curveSegments(emotionCurvePoints(withEmotions({ s2: [1] })), [0, 1, 2, 3], y)).toHaveLength(1);
    expect(curveSegments(emotionCurvePoints(withEmotions({})), [0, 1, 2, 3], y)).toEqual([]);
  });

  it('leaves out stages without a centre rather than inventing one', () => {
    const points = emotionCurvePoints(withEmotions({ s0: [1], s1: [1], s2: [1] }));
    expect(curveSegments(points, [10, Number.NaN], y).map((s) => s.stageIds)).toEqual([['s0']]);
  });
});

describe('emotion faces', () => {
  it('maps every score to a face and an i18n label key', () => {
    expect(EMOTION_FACES.map((f) => f.score)).toEqual([-2, -1, 0, 1, 2]);
    expect(emotionFace(-2)).toMatchObject({ emoji: '😞', labelKey: 'emotion.veryNegative' });
    expect(emotionFace(2)).toMatchObject({ emoji: '😄', labelKey: 'emotion.veryPositive' });
    expect(emotionFace(0).labelKey).toBe('emotion.neutral');
  });

  it('rounds stage means half away from zero and clamps', () => {
    expect(emotionFace(-0.5).score).toBe(-1);
    expect(emotionFace(0.5).score).toBe(1);
    expect(emotionFace(0.49).score).toBe(0);
    expect(emotionFace(1.5).score).toBe(2);
    expect(emotionFace(9).score).toBe(2);
    expect(emotionFace(Number.NaN).score).toBe(0);
  });
});
