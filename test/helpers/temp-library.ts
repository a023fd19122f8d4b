import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import {
  dispatchOperation,
  type ApiResult,
  type Handlers,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../shared/api';
import { openLibrary, type OpenedLibrary, type OpenLibraryOptions } from '../../electron/backend';
import { closeAndCheckLibrary } from './library-checks';
import { callOperation } from './seed-map';

export { callOperation };

/** A fresh folder in the system temp dir per test, removed after it. */
export interface TempDir {
  dir(): string;
}

/**
 * Registers beforeEach/afterEach that give every test its own empty temp folder (for tests that
 * open libraries themselves, e.g. with older migrations) and remove it afterwards.
 */
export function useTempDir(prefix: string): TempDir {
  let dir: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return {
    dir: () => {
      if (!dir) throw new Error('useTempDir: only inside a test');
      return dir;
    },
  };
}

export interface ReopenOptions extends Omit<OpenLibraryOptions, 'dataDir'> {
  /** Runs while the library is closed, e.g. to edit the file with raw SQL as an older app would. */
  beforeOpen?: (dataDir: string) => void;
}

/** The library of the running test and ways to call it. */
export interface TempLibrary {
  library(): OpenedLibrary;
  dataDir(): string;
  /** The raw handlers, for tests that are about a handler itself (no input parsing, no defaults). */
  h(): Handlers;
  /**
   * Calls an operation the way the transports do (name check, input parsing with defaults, error
   * shape) and returns its value, or throws the {@link ApiError} it answered with.
   */
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  /** Like {@link TempLibrary.call} but returns the raw result, for error assertions (`errorOf`). */
  callResult(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Closes the library and opens it again on the same folder (what a restart of the app does). */
  reopen(options?: ReopenOptions): OpenedLibrary;
}

/**
 * Registers beforeEach/afterEach that open a new library in a fresh temp folder for every test and,
 * after it, close it, prove the file is sound (`closeAndCheckLibrary`) and remove the folder.
 */
export function useTempLibrary(prefix: string): TempLibrary {
  const dirs = useTempDir(prefix);
  let current: OpenedLibrary | undefined;
  beforeEach(() => {
    current = openLibrary({ dataDir: dirs.dir() });
  });
  // Runs before useTempDir's afterEach (vitest runs afterEach hooks in reverse order).
  afterEach(() => {
    if (current) closeAndCheckLibrary(current, dirs.dir());
    current = undefined;
  });
  const library = (): OpenedLibrary => {
    if (!current) throw new Error('useTempLibrary: only inside a test');
    return current;
  };
  return {
    library,
    dataDir: () => dirs.dir(),
    h: () => library().handlers,
    call: (name, input) => callOperation(library().handlers, name, input),
    callResult: (name, input) => dispatchOperation(library().handlers, name, input),
    reopen: ({ beforeOpen, ...options } = {}) => {
      library().close();
      current = undefined;
      beforeOpen?.(dirs.dir());
      current = openLibrary({ ...options, dataDir: dirs.dir() });
      return current;
    },
  };
}
