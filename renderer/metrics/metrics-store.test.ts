import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyRow, oneStageMetrics } from './test-metrics';

/** Each API call waits until the test resolves it, so the test decides the order of the answers. */
const pending: { name: string; resolve: (value: unknown) => void }[] = [];
vi.mock('../api', () => ({
  api: {
    call: (name: string) => new Promise((resolve) => pending.push({ name, resolve })),
  },
  errorMessage: (error: unknown) => String(error),
}));

const { useMetricsStore } = await import('./metrics-store');

const metrics = (count: number) => oneStageMetrics({ ...emptyRow(), count });
const shownCount = () => useMetricsStore.getState().data?.periods[0]?.metrics[0]?.count;

async function loaded(count: number) {
  const loading = useMetricsStore.getState().load('m');
  pending.shift()?.resolve(metrics(count));
  await loading;
}

beforeEach(() => {
  pending.length = 0;
  useMetricsStore.getState().close();
});

describe('metrics store refresh', () => {
  it('takes the numbers read again, keeping the overlay choice', async () => {
    await loaded(1);
    useMetricsStore.getState().setOverlay(false);
    const refreshing = useMetricsStore.getState().refresh('m');
    expect(pending.map((p) => p.name)).toEqual(['metrics.listPeriods']);
    pending.shift()?.resolve(metrics(2));
    await refreshing;
    expect(shownCount()).toBe(2);
    expect(useMetricsStore.getState().overlay).toBe(false);
  });

  it('drops a refresh that answers after a change was stored', async () => {
    await loaded(1);
    const refreshing = useMetricsStore.getState().refresh('m');
    const changing = useMetricsStore
      .getState()
      .change('metrics.setStageMetrics', { periodId: 'p', rows: [] });
    const [refresh, change] = [pending.shift(), pending.shift()];
    change?.resolve(metrics(3));
    await changing;
    refresh?.resolve(metrics(2));
    await refreshing;
    expect(shownCount()).toBe(3);
  });

  it('does nothing for a map that is not open', async () => {
    await loaded(1);
    await useMetricsStore.getState().refresh('other');
    expect(pending).toHaveLength(0);
    expect(shownCount()).toBe(1);
  });
});
