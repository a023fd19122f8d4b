import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-library';
import { createRotatingLog, formatLogEntry } from '../../electron/backend/logging/rotating-log';

const tmp = useTempDir('rotating-log-');
/** The log folder does not exist yet: the log must create it. */
const logDir = () => path.join(tmp.dir(), 'logs');

const clock = () => new Date('2026-01-02T03:04:05.000Z');

describe('rotating log', () => {
  it('creates the folder and appends timestamped lines with error stacks', () => {
    const log = createRotatingLog({ dir: logDir(), now: clock });
    log.write('info', 'started');
    log.write('error', 'ipc failed', new Error('boom'));
    const text = fs.readFileSync(path.join(logDir(), 'main.log'), 'utf8');
    expect(
      text.startsWith(
        '2026-01-02T03:04:05.000Z INFO started\n2026-01-02T03:04:05.000Z ERROR ipc failed\n  Error: boom',
      ),
    ).toBe(true);
  });

  it('caps each file and keeps only the newest N rotated files', () => {
    const log = createRotatingLog({ dir: logDir(), maxBytes: 200, keep: 2, now: clock });
    for (let i = 0; i < 40; i += 1)
      log.write('warn', `entry ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`);
    expect(fs.readdirSync(logDir()).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of fs.readdirSync(logDir()))
      expect(fs.statSync(path.join(logDir(), name)).size).toBeLessThanOrEqual(200);
    // The newest entry is in main.log, the ones before it in main.1.log, then main.2.log.
    expect(fs.readFileSync(path.join(logDir(), 'main.log'), 'utf8')).toContain('entry 039');
    const newer = fs.readFileSync(path.join(logDir(), 'main.1.log'), 'utf8');
    const older = fs.readFileSync(path.join(logDir(), 'main.2.log'), 'utf8');
    expect(Number(/entry (\d+)/.exec(older)?.[1])).toBeLessThan(Number(/entry (\d+)/.exec(newer)?.[1]));
    expect(fs.readFileSync(path.join(logDir(), 'main.log'), 'utf8')).not.toContain('entry 000');
  });

  it('cuts an entry larger than the cap rather than losing it, and never throws', () => {
    const log = createRotatingLog({ dir: logDir(), maxBytes: 100, keep: 1, now: clock });
    log.write('error', 'y'.repeat(1_000));
    expect(fs.statSync(path.join(logDir(), 'main.log')).size).toBe(100);
    const blocked = createRotatingLog({ dir: path.join(logDir(), 'main.log', 'sub'), now: clock });
    expect(() => blocked.write('error', 'cannot be written')).not.toThrow();
  });

  it('formats non-Error values', () => {
    expect(formatLogEntry(clock(), 'warn', 'odd', 'a\nb')).toBe(
      '2026-01-02T03:04:05.000Z WARN odd\n  a\n  b\n',
    );
  });
});
