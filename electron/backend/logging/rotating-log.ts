import fs from 'node:fs';
import path from 'node:path';

export interface RotatingLogOptions {
  /** The folder of the log files; created when missing. */
  dir: string;
  /** Base name: the current file is `<name>.log`, older ones `<name>.1.log` (newest) ... `<name>.<keep>.log`. */
  name?: string;
  /** Size cap of one file in bytes; the file is rotated before a line would exceed it. */
  maxBytes?: number;
  /** How many rotated files to keep besides the current one. */
  keep?: number;
  /** Injected clock, for the timestamps. */
  now?: () => Date;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface RotatingLog {
  readonly dir: string;
  readonly file: string;
  write(level: LogLevel, message: string, error?: unknown): void;
}

/** One line per entry: ISO time, level, message, then the error's stack (indented) if any. */
export function formatLogEntry(time: Date, level: LogLevel, message: string, error?: unknown): string {
  let text = `${time.toISOString()} ${level.toUpperCase()} ${message}`;
  if (error !== undefined) {
    const detail =
      error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    text += `\n  ${detail.replaceAll('\n', '\n  ')}`;
  }
  return `${text}\n`;
}

/**
 * A size-capped log in the app-data folder that keeps the newest `keep` older files, so a crash loop
 * can never fill the disk. Synchronous appends: the main process logs rarely (errors, start-up), and
 * a line written right before a crash must not be lost in a buffer. Logging never throws.
 */
export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const dir = path.resolve(options.dir);
  const name = options.name ?? 'main';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const now = options.now ?? (() => new Date());
  const file = path.join(dir, `${name}.log`);
  const rotated = (n: number) => path.join(dir, `${name}.${n}.log`);

  const rotate = (): void => {
    fs.rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (fs.existsSync(rotated(n))) fs.renameSync(rotated(n), rotated(n + 1));
    }
    if (keep >= 1) fs.renameSync(file, rotated(1));
    else fs.rmSync(file, { force: true });
  };

  return {
    dir,
    file,
    write(level, message, error) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        const entry = formatLogEntry(now(), level, message, error);
        const bytes = Buffer.byteLength(entry);
        const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
        if (size > 0 && size + bytes > maxBytes) rotate();
        // One entry bigger than the cap is cut rather than lost entirely.
        fs.appendFileSync(file, bytes > maxBytes ? Buffer.from(entry).subarray(0, maxBytes) : entry);
      } catch {
        // A full or read-only disk must not turn a logged error into a crash.
      }
    },
  };
}
