// Child process for backend-crash.test.ts: saves one card edit after another and prints the number
// of each save once `maps.applyChanges` has returned (i.e. the edit was acknowledged), until killed.
import { openLibrary } from '../../electron/backend';
import type { Card } from '../../shared/domain';
import { callOperation } from '../helpers/seed-map';

const [dataDir, mapId, cardJson] = process.argv.slice(2);
if (!dataDir || !mapId || !cardJson) throw new Error('usage: backend-crash-writer <dataDir> <mapId> <card>');
const library = openLibrary({ dataDir });
const card = JSON.parse(cardJson) as Card;

for (let n = 1; ; n += 1) {
  // Through the contract's dispatch, as the app's transports save.
  await callOperation(library.handlers, 'maps.applyChanges', {
    id: mapId,
    changes: { upsert: { cards: [{ ...card, title: `save ${n}` }] } },
  });
  process.stdout.write(`${n}\n`);
}
