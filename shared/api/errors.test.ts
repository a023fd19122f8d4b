import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, invalidInputFromZod, toErrorData } from './errors';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return invalidInputFromZod(result.error).issues ?? [];
};

describe('error data', () => {
  it('keeps reason and params through the transport shape', () => {
    const error = new ApiError('invalid_input', 'The file is not valid JSON.', {
      path: '(root)',
      reason: 'map_file_not_json_at',
      params: { line: 3, column: 7 },
    });
    const data = JSON.parse(JSON.stringify(toErrorData(error))) as ReturnType<typeof toErrorData>;
    expect(data).toEqual({
      code: 'invalid_input',
      message: 'The file is not valid JSON.',
      path: '(root)',
      reason: 'map_file_not_json_at',
      params: { line: 3, column: 7 },
    });
    const back = ApiError.fromData(data);
    expect(back.reason).toBe('map_file_not_json_at');
    expect(back.params).toEqual({ line: 3, column: 7 });
  });
});

describe('zod issues get stable reasons with their values', () => {
  it('names empty, too long, missing, wrong type, not a whole number, out of range', () => {
    const schema = z.object({
      name: z.string().trim().min(1, 'must not be empty').max(5),
      title: z.string().max(3),
      score: z.number().int().min(-2).max(2),
      severity: z.number().int(),
      kind: z.enum(['note', 'emotion']),
      tags: z.array(z.string()).max(1),
      text: z.string(),
    });
    const issues = issuesOf(schema, {
      name: '   ',
      title: 'long text',
      score: 3,
      severity: 1.5,
      kind: 'other',
      tags: ['a', 'b'],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, { reason: i.reason, params: i.params }]));
    expect(byPath).toEqual({
      name: { reason: 'empty', params: undefined },
      title: { reason: 'too_long', params: { maximum: 3 } },
      score: { reason: 'at_most', params: { maximum: 2 } },
      severity: { reason: 'not_integer', params: undefined },
      kind: { reason: 'not_one_of', params: { values: '"note", "emotion"' } },
      tags: { reason: 'too_many', params: { maximum: 1 } },
      text: { reason: 'required', params: undefined },
    });
  });

  it('recognises ids, dates and unknown fields', () => {
    const schema = z
      .object({ id: z.string().regex(/^[A-Za-z0-9_-]+$/), at: z.iso.datetime(), day: z.iso.date() })
      .strict();
    const issues = issuesOf(schema, { id: 'a b', at: 'noon', day: 'monday', extra: 1 });
    expect(issues.map((i) => [i.path, i.reason, i.params])).toEqual([
      ['id', 'bad_id', undefined],
      ['at', 'bad_datetime', undefined],
      ['day', 'bad_date', undefined],
      ['(root)', 'unknown_fields', { keys: 'extra' }],
    ]);
  });

  it('keeps the English message for logs and the first path on the error', () => {
    const error = invalidInputFromZod(
      z.object({ name: z.string().min(1, 'must not be empty') }).safeParse({ name: '' }).error!,
      'input for personas.create',
    );
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('name');
    expect(error.message).toBe('Invalid input for personas.create: name must not be empty');
  });
});
