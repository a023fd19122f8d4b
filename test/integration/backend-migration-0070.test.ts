import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLibrary } from '../../electron/backend';
import { migration0070 } from '../../electron/backend/db/migrations/0070-workshop-sessions';
import { makeMap } from '../../shared/document/test-map';
import { copyRowsIntoOlderSchema } from './older-library';
import { seedMap } from '../helpers/seed-map';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('jm-migration-0070-');

describe('migration 0070: workshop sessions', () => {
  it('upgrades a 0040 library: every card kept, none with an author, sessions recordable, and a participant card keeps its author through a version restore', async () => {
    const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-migration-0070-source-'));
    let mapId: string;
    let before;
    try {
      const current = openLibrary({ dataDir: sourceDir });
      mapId = await seedMap(current.handlers, makeMap({ idPrefix: 'm70', stages: 2, lanes: 2 }));
      before = await callOperation(current.handlers, 'maps.get', { id: mapId });
      current.close();
      const old = openLibrary({ dataDir: tmp.dir(), migrations: MIGRATIONS.filter((m) => m.version < 70) });
      expect(old.schemaVersion).toBe(40);
      old.close();
      copyRowsIntoOlderSchema(current.path, old.path);
    } finally {
      fs.rmSync(sourceDir, { recursive: true, force: true });
    }

    const library = openLibrary({ dataDir: tmp.dir() });
    try {
      expect(library.migratedFrom).toBe(40);
      expect(library.schemaVersion).toBe(migration0070.version);
      expect(library.backupPath).not.toBeNull();
      const after = await callOperation(library.handlers, 'maps.get', { id: mapId });
      expect(after.cards).toEqual(before.cards);
      expect(after.cards.every((c) => c.author === undefined)).toBe(true);

      // An authored card keeps its author when a later save leaves the field out (an editor that
      // does not carry it), and through a version and its restore.
      const card = { ...after.cards[0]!, author: 'Ana' };
      await callOperation(library.handlers, 'maps.applyChanges', {
        id: mapId,
        changes: { upsert: { cards: [card] } },
      });
      const { author: _dropped, ...withoutAuthor } = card;
      await callOperation(library.handlers, 'maps.applyChanges', {
        id: mapId,
        changes: { upsert: { cards: [{ ...withoutAuthor, title: 'Renamed' }] } },
      });
      const version = await callOperation(library.handlers, 'versions.save', { mapId, name: 'v' });
      await callOperation(library.handlers, 'maps.applyChanges', {
        id: mapId,
        changes: { remove: { cardIds: [card.id] } },
      });
      await callOperation(library.handlers, 'versions.restore', { id: version.id });
      const restored = await callOperation(library.handlers, 'maps.get', { id: mapId });
      expect(restored.cards.find((c) => c.id === card.id)).toMatchObject({ title: 'Renamed', author: 'Ana' });
      expect(await callOperation(library.handlers, 'workshop.history', { mapId })).toEqual([]);
    } finally {
      library.close();
    }
  });
});
