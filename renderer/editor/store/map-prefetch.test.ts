import { describe, expect, it, vi } from 'vitest';

// A plain stand-in for the API client: what each call answers, and which calls were made.
let answer: () => Promise<unknown> = () => Promise.resolve(null);
const calls: unknown[][] = [];
vi.mock('../../api', () => ({
  api: {
    call: (...args: unknown[]) => {
      calls.push(args);
      return answer();
    },
  },
}));

const { prefetchMap, takePrefetchedMap } = await import('./map-prefetch');

describe('the map prefetched at start-up', () => {
  it('is read once, for its own map only', async () => {
    answer = () => Promise.resolve({ id: 'm1' });
    prefetchMap('m1');
    expect(calls.at(-1)).toEqual(['maps.get', { id: 'm1' }]);
    expect(takePrefetchedMap('m2')).toBeNull();
    await expect(takePrefetchedMap('m1')).resolves.toEqual({ id: 'm1' });
    // Reopening the map reads it afresh.
    expect(takePrefetchedMap('m1')).toBeNull();
  });

  it('keeps a failure for the load that takes it, without an unhandled rejection meanwhile', async () => {
    answer = () => Promise.reject(new Error('not found'));
    prefetchMap('gone');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takePrefetchedMap('gone')).rejects.toThrow('not found');
  });
});
