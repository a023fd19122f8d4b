import { describe, expect, it } from 'vitest';
import { sequenceStep } from './event-sequence';

describe('sequenceStep', () => {
  it('applies the next event, drops replays and reads afresh after a gap', () => {
    expect(sequenceStep(0, 1)).toBe('apply');
    expect(sequenceStep(4, 5)).toBe('apply');
    expect(sequenceStep(5, 5)).toBe('duplicate');
    expect(sequenceStep(5, 2)).toBe('duplicate');
    expect(sequenceStep(5, 7)).toBe('gap');
    expect(sequenceStep(0, 3)).toBe('gap');
  });
});
