import type { ServerResponse } from 'node:http';
import type { ApiResult } from '../../shared/api/errors';

/** Answers an `ApiResult` as JSON, never cached (the loopback host and the workshop listener both). */
export function sendJsonResult(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
