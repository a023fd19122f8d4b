import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageMetricInput } from '../../shared/api';
import { emptyRow, oneStageMetrics, type StageRow } from './test-metrics';

/**
 * A fake library: setStageMetrics replaces the whole row, as the real one does, and each call waits
 * until the test answers it, so the test decides when a save lands.
 */
let row: StageRow = emptyRow();
const pending: (() => void)[] = [];
let failNext = false;
vi.mock('../api', () => ({
  api: {
    call: (name: string, input: { rows?: StageMetricInput[] }) =>
      new Promise((resolve, reject) =>
        pending.push(() => {
          if (failNext) {
            failNext = false;
            reject(new Error('refused'));
            return;
          }
          if (name === 'metrics.setStageMetrics' && input.rows?.[0]) row = { ...row, ...input.rows[0] };
          resolve(oneStageMetrics(row));
        }),
      ),
  },
  errorMessage: (error: unknown) => String(error),
}));

const { useMetricsStore } = await import('./metrics-store');
const { saveStageField, saveStagePatch } = await import('./save-stage-metric');

/** Answers the waiting calls one at a time, letting each answer's follow-up run, until none wait. */
async function answerAll() {
  for (let i = 0; i < 20; i += 1) {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

beforeEach(async () => {
  pending.length = 0;
  row = emptyRow();
  const loading = useMetricsStore.getState().load('m');
  pending.shift()?.();
  await loading;
});

describe('saving fields of one stage', () => {
  it('keeps both of two fields committed before the first save has answered', async () => {
    const days = saveStagePatch('p', 's', { avgDaysInStage: 3.5 });
    const reasons = saveStagePatch('p', 's', { lossReasons: 'slow replies' });
    await answerAll();
    await Promise.all([days, reasons]);
    expect(row).toMatchObject({ avgDaysInStage: 3.5, lossReasons: 'slow replies' });
    const shown = useMetricsStore.getState().data?.periods[0]?.metrics[0];
    expect(shown).toMatchObject({ avgDaysInStage: 3.5, lossReasons: 'slow replies' });
  });

  it('keeps a count typed on the band while a panel field is still saving', async () => {
    const target = saveStagePatch('p', 's', { targetConversion: 70 });
    const count = saveStageField('m', 's', { count: 1000 }, 'Period 1');
    await answerAll();
    await Promise.all([target, count]);
    expect(row).toMatchObject({ targetConversion: 70, count: 1000 });
  });

  it('goes on with the next save after one fails', async () => {
    failNext = true;
    const failing = saveStagePatch('p', 's', { count: 5 });
    const next = saveStagePatch('p', 's', { lossReasons: 'price' });
    const refused = expect(failing).rejects.toThrow('refused');
    await answerAll();
    await refused;
    await next;
    expect(row).toMatchObject({ count: null, lossReasons: 'price' });
  });
});
