import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend';
import { makeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('jm-crash-');

const writer = fileURLToPath(new URL('./backend-crash-writer.ts', import.meta.url));

it('loses no acknowledged edit when the process is killed mid-save', async () => {
  const library = openLibrary({ dataDir: tmp.dir() });
  const mapId = await seedMap(library.handlers, makeMap({ stages: 3, lanes: 3, cardsPerCell: 3 }));
  const card = (await callOperation(library.handlers, 'maps.get', { id: mapId })).cards[4];
  library.close();

  // A real process running the real backend, killed with SIGKILL (no exit handlers, no close()).
  const child = spawn(process.execPath, ['--import', 'tsx', writer, tmp.dir(), mapId, JSON.stringify(card)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lastAcknowledged = 0;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) lastAcknowledged = Number(line);
      if (lastAcknowledged >= 200) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
  });
  await new Promise((resolve) => child.once('exit', resolve));

  // The WAL still holds the last commits; the next open must see every acknowledged one.
  const reopened = openLibrary({ dataDir: tmp.dir() });
  const saved = (await callOperation(reopened.handlers, 'maps.get', { id: mapId })).cards.find(
    (c) => c.id === card?.id,
  );
  reopened.close();
  const savedNumber = Number(saved?.title.replace('save ', ''));
  expect(savedNumber).toBeGreaterThanOrEqual(lastAcknowledged);

  const db = new Database(path.join(tmp.dir(), 'library.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
});
