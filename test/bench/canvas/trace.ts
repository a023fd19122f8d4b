// A DevTools trace of one action in a page, reduced to the renderer main thread's self time by trace
// event (Paint, PrePaint, Layerize, UpdateLayoutTree, FunctionCall, ...). A CPU profile only sees
// JavaScript: the rest of the main thread's time is one `(program)` entry there. The trace splits
// it into the rendering steps Chromium accounts separately, so a paint or compositing cost shows
// where it is spent.
import type { CDPSession } from 'playwright-core';

/** Main-thread self time of one trace event name over the action. */
export interface TraceSlice {
  name: string;
  selfMs: number;
  count: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: leaves out the time other processes took the core away. */
  tdur?: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'toplevel',
  'blink',
  'cc',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
].join(',');

/** The renderer main threads (`CrRendererMain`) of the trace, as `pid:tid`. */
function mainThreads(events: TraceEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      out.add(`${e.pid}:${e.tid}`);
    }
  }
  return out;
}

/**
 * Self time by event name of complete (`X`) events on the busiest renderer main thread: an event's
 * duration less that of the events nested in it, so the slices add up to the thread's busy time.
 */
export function selfTimeByName(events: TraceEvent[], top: number): TraceSlice[] {
  const threads = mainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !threads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const busiest = [...byThread.values()].sort(
    (a, b) => b.reduce((s, e) => s + (e.dur ?? 0), 0) - a.reduce((s, e) => s + (e.dur ?? 0), 0),
  )[0];
  if (!busiest) return [];
  // Outer events first when two start together, so a child never becomes its parent's parent.
  const sorted = [...busiest].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, { us: number; count: number }>();
  const stack: { end: number; name: string; children: number; dur: number }[] = [];
  const close = (frame: { name: string; children: number; dur: number }): void => {
    const slot = self.get(frame.name) ?? { us: 0, count: 0 };
    slot.us += Math.max(0, frame.dur - frame.children);
    slot.count += 1;
    self.set(frame.name, slot);
  };
  for (const e of sorted) {
    // Events nest by wall time; their cost counts in thread time where the trace has it, which
    // leaves out the time other processes took the core away.
    const cost = e.tdur ?? e.dur ?? 0;
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= e.ts) close(stack.pop() as never);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += cost;
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, children: 0, dur: cost });
  }
  while (stack.length > 0) close(stack.pop() as never);
  return [...self.entries()]
    .map(([name, s]) => ({ name, selfMs: s.us / 1_000, count: s.count }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** Runs `action` under a DevTools trace and returns the main thread's self time by event name, most first. */
export async function traceAction(
  cdp: CDPSession,
  action: () => Promise<void>,
  top = Number.POSITIVE_INFINITY,
): Promise<TraceSlice[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }): void => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return selfTimeByName(events, top);
}
