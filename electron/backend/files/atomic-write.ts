import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type ErrorParams, type ErrorReason } from '../../../shared/api';

/** Why a file could not be written, for the message and for tests. */
export type WriteFailure = 'disk_full' | 'read_only' | 'not_a_folder' | 'target_is_folder' | 'other';

/** The error reason (shared/api/error-reasons.ts) of each failure, which the UI translates. */
export const WRITE_FAILURE_REASONS = {
  disk_full: 'write_disk_full',
  read_only: 'write_read_only',
  not_a_folder: 'write_no_folder',
  target_is_folder: 'write_target_is_folder',
  other: 'write_failed',
} as const satisfies Record<WriteFailure, ErrorReason>;

/** A failed save, with a sentence saying what happened and what to do. The target is unchanged. */
export class FileWriteError extends Error {
  readonly reason: WriteFailure;
  readonly errno: string | undefined;
  /** The names the message uses (`file`, `folder`, `target`, `errno`), for the translated message. */
  readonly params: ErrorParams;

  constructor(reason: WriteFailure, message: string, errno?: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'FileWriteError';
    this.reason = reason;
    this.errno = errno;
    this.params = params;
  }

  /** The same failure as an API error the UI can say in its language. */
  toApiError(): ApiError {
    return new ApiError('internal', this.message, {
      reason: WRITE_FAILURE_REASONS[this.reason],
      params: this.params,
    });
  }
}

const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Turns a Node file-system error into a {@link FileWriteError} naming the folder or file. */
export function describeWriteError(error: unknown, target: string): FileWriteError {
  const code = errnoOf(error);
  const folder = path.dirname(target);
  const params = { file: path.basename(target), folder, target, errno: code ?? 'unknown error' };
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileWriteError(
        'disk_full',
        `The disk is full: "${path.basename(target)}" was not saved. Free some space or choose another drive.`,
        code,
        params,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new FileWriteError(
        'read_only',
        `The folder is read-only: "${folder}" cannot be written to. Choose another folder.`,
        code,
        params,
      );
    case 'ENOTDIR':
    case 'ENOENT':
      return new FileWriteError(
        'not_a_folder',
        `The folder "${folder}" does not exist. Choose another folder.`,
        code,
        params,
      );
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return new FileWriteError(
        'target_is_folder',
        `"${target}" is a folder, not a file. Choose another name.`,
        code,
        params,
      );
    default:
      return new FileWriteError(
        'other',
        `"${path.basename(target)}" could not be saved (${code ?? 'unknown error'}).`,
        code,
        params,
      );
  }
}

/**
 * Writes a file so that it is either entirely the old content or entirely the new one, even if the
 * app, the OS or the power fails midway: the bytes go to a temporary file in the same folder (same
 * file system, so the rename is atomic), are flushed to disk, and the temporary file is renamed over
 * the target; the folder is then flushed so the rename itself survives a crash. On any failure the
 * temporary file is removed and the target is untouched.
 *
 * @throws FileWriteError with `disk_full`, `read_only`, ... and a message for people.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  const temp = path.join(folder, `.${path.basename(absolute)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o644);
    let offset = 0;
    while (offset < bytes.byteLength) {
      offset += fs.writeSync(fd, bytes, offset, bytes.byteLength - offset);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, absolute);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    removeQuietly(temp);
    throw describeWriteError(error, absolute);
  }
  syncFolder(folder);
}

/** Removes a file if it is there; a folder that cannot even be listed has no temp file to remove. */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // ENOTDIR / EACCES: nothing was created there.
  }
}

/** Flushes a folder's entry list (POSIX); Windows cannot open folders for this and needs no flush. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already flushed.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
