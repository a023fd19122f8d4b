import { beforeEach, describe, expect, it } from 'vitest';
import type { PresentationStep } from '../../../shared/canvas/presentation-steps';
import { usePresentation } from './presentation';

const rect = { x: 0, y: 0, width: 1, height: 1 };
const steps: PresentationStep[] = [
  { kind: 'overview', stageId: null, rect },
  { kind: 'stage', stageId: 's1', rect },
  { kind: 'stage', stageId: 's2', rect },
];

describe('usePresentation', () => {
  beforeEach(() => {
    usePresentation.setState({ active: false, index: 0, total: 0, stageId: null, steps: [] });
  });

  it('starts on the overview and follows next/prev/setStep within the steps', () => {
    const p = usePresentation.getState();
    p.start();
    p.setSteps(steps);
    expect(usePresentation.getState()).toMatchObject({ active: true, index: 0, total: 3, stageId: null });
    p.next();
    expect(usePresentation.getState()).toMatchObject({ index: 1, stageId: 's1' });
    p.setStep(9);
    expect(usePresentation.getState()).toMatchObject({ index: 2, stageId: 's2' });
    p.next();
    expect(usePresentation.getState().index).toBe(2);
    p.setStep(-3);
    expect(usePresentation.getState().index).toBe(0);
    p.prev();
    expect(usePresentation.getState().index).toBe(0);
  });

  it('keeps the step when the steps are recomputed, clamped when stages went away', () => {
    const p = usePresentation.getState();
    p.setSteps(steps);
    p.start(2);
    p.setSteps(steps.slice(0, 2));
    expect(usePresentation.getState()).toMatchObject({ index: 1, total: 2, stageId: 's1' });
  });

  it('stop leaves presentation mode and goes back to the overview for next time', () => {
    const p = usePresentation.getState();
    p.setSteps(steps);
    p.start(1);
    p.stop();
    expect(usePresentation.getState()).toMatchObject({ active: false, index: 0, stageId: null });
  });
});
