// The canvas benchmark's pure parts: its options, its statistics and its CPU-profile reduction.
import { describe, expect, it } from 'vitest';
import { readOptions } from '../bench/canvas/options';
import { hotFunctions } from '../bench/canvas/profile';
import { percentile, spread } from '../bench/canvas/stats';
import { selfTimeByName } from '../bench/canvas/trace';

describe('canvas bench options', () => {
  it('defaults to 100, 1,000 and 5,000 cards, 3 runs, no throttle and no profile', () => {
    expect(readOptions([], {})).toEqual({
      sizes: [100, 1_000, 5_000],
      runs: 3,
      cpuSlowdown: 1,
      profileSizes: [],
    });
  });

  it('takes arguments over the environment, in both argument spellings', () => {
    const env = { BENCH_CANVAS_SIZES: '250', BENCH_CANVAS_RUNS: '5', BENCH_CANVAS_CPU_SLOWDOWN: '2' };
    expect(readOptions(['--sizes', '100,1000', '--throttle=4', '--profile', '1000'], env)).toEqual({
      sizes: [100, 1_000],
      runs: 5,
      cpuSlowdown: 4,
      profileSizes: [1_000],
    });
  });

  it('accepts 0 runs (profile only) and falls back to 3 for nonsense', () => {
    expect(readOptions(['--runs', '0'], {}).runs).toBe(0);
    expect(readOptions(['--runs', 'many'], {}).runs).toBe(3);
  });
});

describe('canvas bench statistics', () => {
  it('takes nearest-rank percentiles and the min / median / max spread', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 0.5)).toBe(3);
    expect(percentile(values, 0.95)).toBe(5);
    expect(spread([7, Number.NaN, 3, 5])).toEqual({ min: 3, median: 5, max: 7 });
    expect(spread([]).median).toBeNaN();
  });
});

describe('canvas bench CPU profile reduction', () => {
  it('adds each sample to the function it landed in, heaviest first, with its share', () => {
    const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 9 });
    const hot = hotFunctions(
      {
        nodes: [
          { id: 1, callFrame: frame('(idle)') },
          { id: 2, callFrame: frame('render', 'http://127.0.0.1:1/assets/index.js?v=1') },
        ],
        // The time of a sample is the delta to the next one (in µs).
        samples: [2, 1, 2, 2],
        timeDeltas: [0, 3_000, 1_000, 4_000],
      },
      5,
    );
    expect(hot).toEqual([
      { where: 'render (index.js:10)', selfMs: 7, share: 0.875 },
      { where: '(idle)', selfMs: 1, share: 0.125 },
    ]);
  });
});

describe('canvas bench trace reduction', () => {
  it('sums self thread time by event name on the busiest renderer main thread', () => {
    const main = { pid: 1, tid: 10 };
    const events = [
      { name: 'thread_name', ph: 'M', ...main, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 2, tid: 20, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 1, tid: 11, ts: 0, args: { name: 'Compositor' } },
      // A task (wall 10 ms, thread 8 ms) holding a paint (thread 3 ms) holding a layerization (1 ms).
      { name: 'RunTask', ph: 'X', ...main, ts: 0, dur: 10_000, tdur: 8_000 },
      { name: 'Paint', ph: 'X', ...main, ts: 1_000, dur: 4_000, tdur: 3_000 },
      { name: 'Layerize', ph: 'X', ...main, ts: 2_000, dur: 1_000, tdur: 1_000 },
      // A later task without thread time counts its wall time.
      { name: 'RunTask', ph: 'X', ...main, ts: 20_000, dur: 2_000 },
      // Another renderer's less busy main thread, and another thread of this renderer: left out.
      { name: 'RunTask', ph: 'X', pid: 2, tid: 20, ts: 0, dur: 1_000 },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 11, ts: 0, dur: 50_000 },
    ];
    expect(selfTimeByName(events, 10)).toEqual([
      { name: 'RunTask', selfMs: 7, count: 2 },
      { name: 'Paint', selfMs: 2, count: 1 },
      { name: 'Layerize', selfMs: 1, count: 1 },
    ]);
  });
});
