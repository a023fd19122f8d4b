import { describe, expect, it } from 'vitest';
import { CARD_KINDS } from '../domain/journey-map';
import { EXPORT_COLORS } from '../export/options';
import { EMOTION_FACE_TOKENS, KIND_TOKENS, STAGE_ACCENTS, emotionFaceToken, stageAccent } from './tokens';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('design tokens', () => {
  it('give every card kind its own strong colour, fill and icon', () => {
    expect(Object.keys(KIND_TOKENS).sort()).toEqual([...CARD_KINDS].sort());
    const borders = CARD_KINDS.map((k) => KIND_TOKENS[k].border);
    const fills = CARD_KINDS.map((k) => KIND_TOKENS[k].fill);
    expect(new Set(borders).size).toBe(CARD_KINDS.length);
    expect(new Set(fills).size).toBe(CARD_KINDS.length);
    for (const kind of CARD_KINDS) expect(KIND_TOKENS[kind].icon).toMatch(/^M[\d.\sMLHVCQSATZmlhvcqsatz-]+$/);
  });

  it('keep kind labels readable (4.5:1) on their own fill and on white', () => {
    for (const kind of CARD_KINDS) {
      const { text, fill } = KIND_TOKENS[kind];
      expect(contrast(text, fill), kind).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, '#ffffff'), kind).toBeGreaterThanOrEqual(4.5);
    }
    for (const accent of STAGE_ACCENTS)
      expect(contrast(accent.text, accent.soft)).toBeGreaterThanOrEqual(4.5);
  });

  it('keep the export’s edge and curve colours apart from every kind colour (tests find them by colour)', () => {
    const kindColours = CARD_KINDS.flatMap((k) => [
      KIND_TOKENS[k].border,
      KIND_TOKENS[k].fill,
      KIND_TOKENS[k].text,
    ]);
    expect(kindColours).not.toContain(EXPORT_COLORS.edge);
    expect(kindColours).not.toContain(EXPORT_COLORS.curve);
  });

  it('cycle stage accents so neighbours always differ, and round face scores like the faces', () => {
    for (let i = 0; i < 20; i += 1) expect(stageAccent(i + 1)).not.toBe(stageAccent(i));
    expect(stageAccent(STAGE_ACCENTS.length)).toBe(stageAccent(0));
    expect(emotionFaceToken(-0.5)).toBe(EMOTION_FACE_TOKENS[1]);
    expect(emotionFaceToken(9)).toBe(EMOTION_FACE_TOKENS[4]);
    expect(emotionFaceToken(Number.NaN)).toBe(EMOTION_FACE_TOKENS[2]);
  });
});
