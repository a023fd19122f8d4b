// A CPU profile (DevTools protocol `Profiler`) of one action in a page, reduced to the functions
// with the most self time: where the main thread spends a drag or a click, by function.
import type { CDPSession } from 'playwright-core';

export interface HotFunction {
  /** `name (file:line)`, the file without its folder. */
  where: string;
  selfMs: number;
  /** Share of all sampled time, idle included. */
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

function label(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.split('/').pop()?.split('?')[0] ?? frame.url;
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

/** Self time by function; `(idle)` and `(program)` stay in, so the shares add up to the wall time. */
export function hotFunctions(profile: CpuProfile, top: number): HotFunction[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, label(n.callFrame)]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  // Each sample's time is the delta to the next sample; the last one has none.
  for (let i = 0; i + 1 < samples.length; i += 1) {
    const ms = (deltas[i + 1] ?? 0) / 1_000;
    const where = byNode.get(samples[i] as number) ?? '?';
    self.set(where, (self.get(where) ?? 0) + ms);
    all += ms;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, selfMs]) => ({ where, selfMs, share: all > 0 ? selfMs / all : 0 }));
}

const NOT_WORK = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Total time by function (its own and its callees'), counted once per sample however deep it
 * recurs, for the functions of the page's own bundle: which component or store function a click
 * spends its script time in, which self time (spread over React's internals) hides. `selfMs` holds
 * the total; `share` is of the sampled busy time (idle and native work left out).
 */
export function inclusiveFunctions(profile: CpuProfile, top: number, ownUrl: RegExp): HotFunction[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  for (let i = 0; i + 1 < samples.length; i += 1) {
    const ms = (deltas[i + 1] ?? 0) / 1_000;
    let id: number | undefined = samples[i];
    const leaf = id === undefined ? undefined : byId.get(id);
    if (!leaf || NOT_WORK.has(leaf.callFrame.functionName)) continue;
    busy += ms;
    const seen = new Set<string>();
    while (id !== undefined) {
      const node = byId.get(id);
      if (!node) break;
      const { functionName, url } = node.callFrame;
      if (functionName && ownUrl.test(url)) {
        const where = label(node.callFrame);
        if (!seen.has(where)) {
          seen.add(where);
          total.set(where, (total.get(where) ?? 0) + ms);
        }
      }
      id = parent.get(id);
    }
  }
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, selfMs]) => ({ where, selfMs, share: busy > 0 ? selfMs / busy : 0 }));
}

/** Runs `action` under the sampling profiler (100 µs) and returns its raw profile. */
export async function profileRaw(cdp: CDPSession, action: () => Promise<void>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  try {
    await action();
  } catch (error) {
    await cdp.send('Profiler.stop');
    throw error;
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as CpuProfile;
}

/** Runs `action` under the sampling profiler (100 µs) and returns its hottest functions. */
export async function profileAction(
  cdp: CDPSession,
  action: () => Promise<void>,
  top = 12,
): Promise<HotFunction[]> {
  return hotFunctions(await profileRaw(cdp, action), top);
}
