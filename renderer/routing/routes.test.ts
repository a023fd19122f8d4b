import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './routes';

describe('parseRoute', () => {
  it('reads the library and map routes', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/map/abc_123-X')).toEqual({ name: 'map', id: 'abc_123-X' });
    expect(parseRoute('#/map/abc/')).toEqual({ name: 'map', id: 'abc' });
  });

  it('refuses ids that are not ids', () => {
    expect(parseRoute('#/map/')).toEqual({ name: 'notFound', hash: '#/map/' });
    expect(parseRoute('#/map/a%2Fb').name).toBe('notFound');
    expect(parseRoute('#/map/<img>').name).toBe('notFound');
    expect(parseRoute(`#/map/${'a'.repeat(65)}`).name).toBe('notFound');
  });

  it('round-trips through routeHash', () => {
    for (const hash of ['#/', '#/map/xyz']) expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});
