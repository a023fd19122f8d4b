import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend';
import { makeMap } from '../../shared/document/test-map';
import { participantCall, participantValue } from '../helpers/participant-client';
import { seedMap } from '../helpers/seed-map';
import { callOperation, useTempDir } from '../helpers/temp-library';

const tmp = useTempDir('jm-workshop-crash-');
const host = fileURLToPath(new URL('./workshop-crash-host.ts', import.meta.url));

it('loses no acknowledged contribution when the host is killed mid-session', async () => {
  const library = openLibrary({ dataDir: tmp.dir() });
  const mapId = await seedMap(
    library.handlers,
    makeMap({ idPrefix: 'crash', stages: 3, lanes: 2, cardsPerCell: 1 }),
  );
  const map = await callOperation(library.handlers, 'maps.get', { id: mapId });
  library.close();

  // A real process running the real backend and listener, killed with SIGKILL (no close(), no end).
  const child = spawn(process.execPath, ['--import', 'tsx', host, tmp.dir(), mapId], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const started = await new Promise<{ joinUrl: string; homeUrl: string }>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) resolve(JSON.parse(line) as { joinUrl: string; homeUrl: string });
    });
    child.once('exit', (code) => reject(new Error(`host exited early (${code}): ${stderr}`)));
  });
  const base = started.homeUrl;
  const secret = started.joinUrl.split('/join/')[1]!;

  const acknowledgedCards = new Map<string, string>();
  const acknowledgedDots = new Map<string, number>();
  let killed = false;
  // Three participants send cards and dots at once until the host dies under them.
  const participant = async (name: string) => {
    const { token } = await participantValue(base, 'join', {
      via: { kind: 'link', secret },
      displayName: name,
    });
    for (let i = 0; !killed; i++) {
      const stage = map.stages[i % map.stages.length]!;
      const lane = map.lanes[i % map.lanes.length]!;
      try {
        const card = await participantCall(
          base,
          'addCard',
          { kind: 'note', title: `${name} ${i}`, stageId: stage.id, laneId: lane.id },
          token,
        );
        if (card.result.ok) acknowledgedCards.set(card.result.value.card.id, `${name} ${i}`);
        const target = map.cards[i % map.cards.length]!.id;
        const dot = await participantCall(base, 'castVote', { cardId: target }, token);
        if (dot.result.ok)
          acknowledgedDots.set(
            `${name}|${target}`,
            dot.result.value.you.myVotes.find((v) => v.cardId === target)!.dots,
          );
      } catch {
        return; // the connection died with the host
      }
      if (acknowledgedCards.size >= 45 && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(['Ana', 'Ben', 'Chen'].map(participant));
  await exited;
  expect(acknowledgedCards.size).toBeGreaterThanOrEqual(45);

  const reopened = openLibrary({ dataDir: tmp.dir() });
  const after = await callOperation(reopened.handlers, 'maps.get', { id: mapId });
  reopened.close();
  for (const [id, title] of acknowledgedCards) {
    const card = after.cards.find((c) => c.id === id);
    expect(card, title).toMatchObject({ title, author: title.split(' ')[0] });
  }
  const db = new Database(path.join(tmp.dir(), 'library.sqlite'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db
      .prepare(
        `SELECT p.display_name AS name, b.card_id AS cardId, b.dots AS dots FROM workshop_ballots b
         JOIN workshop_participants p ON p.id = b.participant_id`,
      )
      .all() as { name: string; cardId: string; dots: number }[];
    for (const [key, dots] of acknowledgedDots) {
      const [name, cardId] = key.split('|');
      const row = rows.find((r) => r.name === name && r.cardId === cardId);
      expect(row?.dots ?? 0, key).toBeGreaterThanOrEqual(dots);
    }
  } finally {
    db.close();
  }
});
