import type { IncomingMessage } from 'node:http';
import type { ApiErrorData } from '../../shared/api/errors';
import { exceedsJsonDepth, jsonErrorPosition, stripBom } from '../../shared/api/json-text';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length over the limit is refused
 * before reading; a body that grows past the limit stops being buffered (the rest is drained and
 * discarded so the client can finish sending and read our 413 instead of a reset connection).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve({ ok: false, reason: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(tooLarge ? { ok: false, reason: 'too_large' } : { ok: true, body: Buffer.concat(chunks) }),
    );
    req.on('aborted', () => resolve({ ok: false, reason: 'aborted' }));
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }));
  });
}

export type ParsedBody = { ok: true; input: unknown } | { ok: false; error: ApiErrorData };

/**
 * The JSON input of a request body (`undefined` when empty). A UTF-8 byte-order mark is skipped (some
 * tools write one); a body nested deeper than `maxDepth` or not JSON is refused with a typed error
 * that never quotes the body.
 */
export function parseJsonBody(body: Buffer, maxDepth: number): ParsedBody {
  if (body.length === 0) return { ok: true, input: undefined };
  const text = stripBom(body.toString('utf8'));
  const root = { path: '(root)' };
  if (exceedsJsonDepth(text, maxDepth)) {
    const message = `is nested more than ${maxDepth} levels deep`;
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `The request body nests lists and objects more than ${maxDepth} levels deep.`,
        reason: 'request_too_deep',
        params: { maxDepth },
        ...root,
        issues: [{ ...root, message }],
      },
    };
  }
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch (error) {
    const at = jsonErrorPosition(error);
    const where = at ? ` (error at line ${at.line}, column ${at.column})` : '';
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `The request body is not valid JSON${where}.`,
        ...(at ? { reason: 'request_not_json_at', params: at } : { reason: 'request_not_json' }),
        ...root,
        issues: [{ ...root, message: 'is not valid JSON' }],
      },
    };
  }
}
