import { describe, expect, it } from 'vitest';
import { ApiError, dispatchOperation, OPERATION_NAMES, parseOperationInput, type Handlers } from './index';

/** Handlers that echo their parsed input, so the tests see exactly what the contract let through. */
const echo = new Proxy({} as Handlers, {
  get: (_target, name: string) => (input: unknown) => ({ operation: name, input }),
});

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('the API contract', () => {
  it('declares every operation once, named domain.verb', () => {
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
    for (const name of OPERATION_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    expect(OPERATION_NAMES).toEqual(
      expect.arrayContaining(['maps.list', 'maps.create', 'maps.applyChanges']),
    );
  });

  it.each([
    ['maps.rename', { id: 'm1', name: '' }, 'name'],
    ['maps.rename', { id: 'm1', name: '   ' }, 'name'],
    ['maps.rename', { id: 'bad id!', name: 'Ok' }, 'id'],
    ['maps.get', {}, 'id'],
    ['maps.create', { name: 'x'.repeat(201), language: 'en' }, 'name'],
    ['maps.create', { name: 'Map', language: 'fr' }, 'language'],
    ['maps.list', { query: 42 }, 'query'],
    [
      'maps.applyChanges',
      { id: 'm1', changes: { upsert: { stages: [{ id: 's1', name: '' }] } } },
      'changes.upsert.stages.0.name',
    ],
    [
      'maps.applyChanges',
      {
        id: 'm1',
        changes: {
          upsert: {
            cards: [{ id: 'c1', kind: 'emotion', score: 3, stageId: null, laneId: null, title: 'Hm' }],
          },
        },
      },
      'changes.upsert.cards.0.score',
    ],
  ])('%s refuses %j with invalid_input on %s', (name, input, path) => {
    const error = thrown(() => parseOperationInput(name as 'maps.get', input));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
  });

  it('fills defaults and trims names', () => {
    expect(parseOperationInput('maps.create', { name: '  Q3 funnel ', language: 'zh-CN' })).toEqual({
      name: 'Q3 funnel',
      templateId: 'blank',
      language: 'zh-CN',
    });
  });

  it('dispatch turns bad names and bad input into error results, never throws', async () => {
    expect(await dispatchOperation(echo, 'maps.nope', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect(await dispatchOperation(echo, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect(await dispatchOperation(echo, 'maps.rename', { id: 'm1', name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'name' },
    });
    expect(await dispatchOperation(echo, 'maps.get', { id: 'm1' })).toEqual({
      ok: true,
      value: { operation: 'maps.get', input: { id: 'm1' } },
    });
  });

  it('hides unexpected errors behind an internal error and reports them', async () => {
    const failing = new Proxy({} as Handlers, {
      get: () => () => {
        throw new Error('SQLITE_CORRUPT at /home/secret/library.sqlite');
      },
    });
    const seen: unknown[] = [];
    const result = await dispatchOperation(failing, 'maps.list', {}, (error) => seen.push(error));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(seen).toHaveLength(1);
  });
});
