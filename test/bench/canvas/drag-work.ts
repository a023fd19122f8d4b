// Main-thread work per pointer step while a card is dragged, from the DevTools protocol's
// `Performance` metrics read before and after each step. Unlike frame intervals, these do not floor
// at the display rate: a step that costs 3 ms reads 3 ms.
import type { CardPoint, Probe } from './measure-page';
import { metricMs, readMetrics, taskMs, type Metrics } from './thread-time';

/** Main-thread time (ms) one pointer step cost, split as Chromium accounts it. */
export interface StepWork {
  /** Every task on the main thread, without the benchmark's own DevTools commands. */
  total: number;
  script: number;
  style: number;
  layout: number;
  /** The rest: paint, compositing commit, parsing, garbage collection outside script. */
  other: number;
}

function stepWork(before: Metrics, after: Metrics): StepWork {
  const total = taskMs(before, after);
  const script = metricMs(before, after, 'ScriptDuration');
  const style = metricMs(before, after, 'RecalcStyleDuration');
  const layout = metricMs(before, after, 'LayoutDuration');
  return { total, script, style, layout, other: Math.max(0, total - script - style - layout) };
}

// After the move was handled: the next frame (which renders it) and a task after its paint.
const NEXT_PAINT = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))';

export const DRAG_STEPS = 60;

/**
 * Grabs the card at `start`, moves it in 60 pointer steps (150 px right, 90 px
 * down) and drops it; returns the main-thread work of each step, from the move's dispatch to the
 * paint of the frame that shows it.
 */
export async function dragWork({ page, cdp }: Probe, start: CardPoint): Promise<StepWork[]> {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(NEXT_PAINT);
  const steps: StepWork[] = [];
  for (let i = 1; i <= DRAG_STEPS; i += 1) {
    const before = await readMetrics(cdp);
    await page.mouse.move(start.x + (150 * i) / DRAG_STEPS, start.y + (90 * i) / DRAG_STEPS);
    await page.evaluate(NEXT_PAINT);
    steps.push(stepWork(before, await readMetrics(cdp)));
  }
  await page.mouse.up();
  return steps;
}
