import { describe, expect, it } from 'vitest';
import { planPort, rememberedPortOf } from '../../electron/web-host/port-choice';

describe('the web host’s port', () => {
  it('takes --port N as given, even over a remembered port, and never swaps it', () => {
    expect(planPort(5000, 6000)).toEqual({ first: 5000, fallBackToAnyPort: false });
    expect(planPort(0, 6000)).toEqual({ first: 0, fallBackToAnyPort: false });
  });

  it('reuses the last launch’s port, or any free one if it is taken', () => {
    expect(planPort(undefined, 6000)).toEqual({ first: 6000, fallBackToAnyPort: true });
  });

  it('picks any free port on a first launch', () => {
    expect(planPort(undefined, undefined)).toEqual({ first: 0, fallBackToAnyPort: false });
  });

  it.each([
    [{ port: 6000 }, 6000],
    [{ port: 0 }, undefined],
    [{ port: 70000 }, undefined],
    [{ port: 1.5 }, undefined],
    [{ port: '6000' }, undefined],
    [null, undefined],
    [[6000], undefined],
  ])('reads %j from web-host.json as %s', (stored, port) => {
    expect(rememberedPortOf(stored)).toBe(port);
  });
});
