// Main-thread time from the DevTools protocol's `Performance` metrics (thread time unless the CPU is
// throttled, see `openProbe`): it counts the page's own work and not the time other processes on a
// shared machine take the core away, which wall-clock timings in the page cannot tell apart.
import type { CDPSession } from 'playwright-core';

export type Metrics = Record<string, number>;

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** ms of metric `name` between two readings (the metrics are in seconds). */
export const metricMs = (before: Metrics, after: Metrics, name: string): number =>
  ((after[name] ?? 0) - (before[name] ?? 0)) * 1_000;

/** ms of main-thread tasks between two readings, without the benchmark's own DevTools commands. */
export const taskMs = (before: Metrics, after: Metrics): number =>
  metricMs(before, after, 'TaskDuration') - metricMs(before, after, 'DevToolsCommandDuration');
