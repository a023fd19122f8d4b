import type { SessionRecord } from '../../../shared/api';
import type { Ballot, VoteScope } from '../../../shared/workshop';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';

interface SessionRow {
  id: string;
  map_id: string;
  name: string;
  started_at: string;
  ended_at: string | null;
  participant_count: number;
  vote_results: string;
  version_id: string | null;
}

const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  mapId: row.map_id,
  name: row.name,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  participantCount: row.participant_count,
  voteResults: JSON.parse(row.vote_results) as SessionRecord['voteResults'],
  versionId: row.version_id,
});

export function insertSession(
  db: Db,
  s: { id: string; mapId: string; name: string; startedAt: string },
): void {
  statement(db, 'INSERT INTO workshop_sessions (id, map_id, name, started_at) VALUES (?, ?, ?, ?)').run(
    s.id,
    s.mapId,
    s.name,
    s.startedAt,
  );
}

/** Sessions a host that died never ended: recorded as ended when they were last known to run. */
export function endStaleSessions(db: Db, at: string): void {
  statement(
    db,
    `UPDATE workshop_sessions SET ended_at = ?,
       participant_count = (SELECT count(*) FROM workshop_participants p WHERE p.session_id = workshop_sessions.id)
     WHERE ended_at IS NULL`,
  ).run(at);
}

export function finishSession(db: Db, id: string, endedAt: string, versionId: string | null): void {
  statement(
    db,
    `UPDATE workshop_sessions SET ended_at = ?, version_id = ?,
       participant_count = (SELECT count(*) FROM workshop_participants p WHERE p.session_id = ?)
     WHERE id = ?`,
  ).run(endedAt, versionId, id, id);
}

export function appendVoteResult(db: Db, id: string, result: SessionRecord['voteResults'][number]): void {
  const row = statement(db, 'SELECT vote_results FROM workshop_sessions WHERE id = ?').get(id) as
    { vote_results: string } | undefined;
  if (!row) return;
  const list = (JSON.parse(row.vote_results) as SessionRecord['voteResults']).filter(
    (r) => r.voteId !== result.voteId,
  );
  list.push(result);
  statement(db, 'UPDATE workshop_sessions SET vote_results = ? WHERE id = ?').run(JSON.stringify(list), id);
}

export function getSessionRecord(db: Db, id: string): SessionRecord | undefined {
  const row = statement(db, 'SELECT * FROM workshop_sessions WHERE id = ?').get(id) as SessionRow | undefined;
  return row ? toRecord(row) : undefined;
}

export function listSessionRecords(db: Db, mapId: string): SessionRecord[] {
  const rows = statement(
    db,
    'SELECT * FROM workshop_sessions WHERE map_id = ? ORDER BY started_at DESC, rowid DESC',
  ).all(mapId) as SessionRow[];
  return rows.map(toRecord);
}

export function insertParticipant(
  db: Db,
  p: { id: string; sessionId: string; displayName: string; joinedAt: string },
): void {
  statement(
    db,
    'INSERT INTO workshop_participants (id, session_id, display_name, joined_at) VALUES (?, ?, ?, ?)',
  ).run(p.id, p.sessionId, p.displayName, p.joinedAt);
}

export function markParticipantRemoved(db: Db, id: string, at: string): void {
  statement(db, 'UPDATE workshop_participants SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(
    at,
    id,
  );
}

export function insertCardOwner(db: Db, cardId: string, sessionId: string, participantId: string): void {
  statement(
    db,
    'INSERT OR REPLACE INTO workshop_card_owners (card_id, session_id, participant_id) VALUES (?, ?, ?)',
  ).run(cardId, sessionId, participantId);
}

/** Writes one participant's dots on one card of a vote (0 removes the row). */
export function writeBallot(db: Db, sessionId: string, voteId: string, ballot: Ballot): void {
  if (ballot.dots <= 0) {
    statement(
      db,
      'DELETE FROM workshop_ballots WHERE vote_id = ? AND participant_id = ? AND card_id = ?',
    ).run(voteId, ballot.participantId, ballot.cardId);
    return;
  }
  statement(
    db,
    `INSERT INTO workshop_ballots (vote_id, session_id, participant_id, card_id, dots) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (vote_id, participant_id, card_id) DO UPDATE SET dots = excluded.dots`,
  ).run(voteId, sessionId, ballot.participantId, ballot.cardId, ballot.dots);
}

export function deleteBallots(db: Db, voteId: string): void {
  statement(db, 'DELETE FROM workshop_ballots WHERE vote_id = ?').run(voteId);
}

export function listBallots(db: Db, voteId: string): Ballot[] {
  return (
    statement(db, 'SELECT participant_id, card_id, dots FROM workshop_ballots WHERE vote_id = ?').all(
      voteId,
    ) as {
      participant_id: string;
      card_id: string;
      dots: number;
    }[]
  ).map((r) => ({ participantId: r.participant_id, cardId: r.card_id, dots: r.dots }));
}

/** Whether a card of the map is in a vote of `scope` (one row read, not the whole map: a dot is cheap). */
export function isCardInVote(db: Db, mapId: string, cardId: string, scope: VoteScope): boolean {
  const row = statement(
    db,
    'SELECT l.kind AS laneKind FROM cards c LEFT JOIN lanes l ON l.id = c.lane_id WHERE c.id = ? AND c.map_id = ?',
  ).get(cardId, mapId) as { laneKind: string | null } | undefined;
  if (!row) return false;
  return scope.kind === 'all' || row.laneKind === scope.laneKind;
}
