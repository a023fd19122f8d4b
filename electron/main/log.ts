import path from 'node:path';
import { createRotatingLog, type LogLevel, type RotatingLog } from '../backend/logging/rotating-log';

/** The main process's log: a rotating file in `<userData>/logs`, and the console in development. */
export interface MainLog {
  readonly dir: string;
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createMainLog(userData: string, isPackaged: boolean): MainLog {
  const file: RotatingLog = createRotatingLog({ dir: path.join(userData, 'logs'), name: 'main' });
  const write = (level: LogLevel, message: string, error?: unknown): void => {
    file.write(level, message, error);
    if (!isPackaged) {
      if (level === 'error') console.error(message, error ?? '');
      else console.log(message);
    }
  };
  return {
    dir: file.dir,
    info: (message) => write('info', message),
    error: (message, error) => write('error', message, error),
  };
}
