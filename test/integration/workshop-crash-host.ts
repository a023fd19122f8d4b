// Child process for workshop-crash.test.ts: opens the library, starts a workshop session on
// 127.0.0.1 and prints its join link, then serves participants until it is killed.
import { openLibrary } from '../../electron/backend';
import { callOperation } from '../helpers/seed-map';

const [dataDir, mapId] = process.argv.slice(2);
if (!dataDir || !mapId) throw new Error('usage: workshop-crash-host <dataDir> <mapId>');
const library = openLibrary({ dataDir });
const info = await callOperation(library.handlers, 'workshop.start', { mapId, bindAddress: '127.0.0.1' });
await callOperation(library.handlers, 'workshop.startVote', {
  sessionId: info.state.sessionId,
  settings: { dotsPerPerson: 20, maxPerCard: 20 },
});
process.stdout.write(`${JSON.stringify({ joinUrl: info.joinUrl, homeUrl: info.homeUrl })}\n`);
