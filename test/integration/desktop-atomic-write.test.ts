import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FileWriteError,
  describeWriteError,
  writeFileAtomic,
} from '../../electron/backend/files/atomic-write';
import { useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('atomic-write-');

const leftovers = () => fs.readdirSync(tmp.dir()).filter((name) => name.endsWith('.tmp'));

function failure(fn: () => void): FileWriteError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FileWriteError);
    return error as FileWriteError;
  }
  throw new Error('expected the write to fail');
}

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an existing file, and leaves no temporary file', () => {
    const target = path.join(tmp.dir(), 'Checkout flow.journeymap');
    writeFileAtomic(target, '{"old":true}');
    writeFileAtomic(target, '{"new":"旅程"}');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"new":"旅程"}');
    const png = path.join(tmp.dir(), 'map.png');
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    writeFileAtomic(png, bytes);
    expect(Buffer.compare(fs.readFileSync(png), Buffer.from(bytes))).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it('reports a folder that is a file (ENOTDIR) and writes nothing', () => {
    const file = path.join(tmp.dir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const error = failure(() => writeFileAtomic(path.join(file, 'map.journeymap'), 'data'));
    expect(error).toMatchObject({ reason: 'not_a_folder', errno: 'ENOTDIR' });
    expect(error.message).toContain('does not exist');
  });

  it('keeps the target untouched and removes the temporary file when the final rename fails', () => {
    // The target is a non-empty folder: the temp file is fully written, then rename refuses.
    const target = path.join(tmp.dir(), 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'keep me');
    const error = failure(() => writeFileAtomic(target, 'new content'));
    expect(error.reason).toBe('target_is_folder');
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('keep me');
    expect(leftovers()).toEqual([]);
  });

  it('says "The folder is read-only" when the folder refuses new files', () => {
    // Tests run as root, where chmod 0o555 does not stop writes; sysfs refuses file creation even
    // to root (EACCES), which is the same failure a read-only folder gives a normal user.
    const error = failure(() => writeFileAtomic('/sys/journey-map-test.journeymap', 'data'));
    expect(error.reason).toBe('read_only');
    expect(['EACCES', 'EPERM', 'EROFS']).toContain(error.errno);
    expect(error.message).toMatch(/^The folder is read-only: "\/sys"/);
  });
});

describe('describeWriteError', () => {
  it('says "The disk is full" for a real ENOSPC', () => {
    // /dev/full answers every write with ENOSPC: a real disk-full error from the kernel.
    let enospc: unknown;
    try {
      fs.writeFileSync('/dev/full', 'x');
    } catch (error) {
      enospc = error;
    }
    expect((enospc as NodeJS.ErrnoException).code).toBe('ENOSPC');
    const error = describeWriteError(enospc, '/home/ana/map.png');
    expect(error).toMatchObject({ reason: 'disk_full', errno: 'ENOSPC' });
    expect(error.message).toMatch(/^The disk is full: "map.png" was not saved/);
  });

  it('names read-only file systems and unknown errors', () => {
    const erofs = Object.assign(new Error('read-only'), { code: 'EROFS' });
    expect(describeWriteError(erofs, '/mnt/cd/a.pdf')).toMatchObject({ reason: 'read_only' });
    expect(describeWriteError(new Error('odd'), '/x/a.pdf')).toMatchObject({ reason: 'other' });
  });
});
