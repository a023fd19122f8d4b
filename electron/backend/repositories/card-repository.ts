import type { Card } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { statement } from '../db/statement-cache';
import { cardToRow, rowToCard, type CardRow } from './card-rows';

const COLUMNS = [
  'stage_id',
  'lane_id',
  'kind',
  'ord',
  'x',
  'y',
  'title',
  'text',
  'tags',
  'persona_id',
  'channel',
  'score',
  'severity',
  'impact',
  'effort',
] as const;

// The WHERE clause makes re-sending an unchanged card a no-op: no row is rewritten, no page dirtied.
// `origin_id` is written on insert only: what a card was copied from never changes. `author` (a
// workshop participant, migration 0070) is kept when a save leaves it out, so an editor that does not
// carry it never erases who added the card.
const UPSERT = `
  INSERT INTO cards (id, map_id, origin_id, author, ${COLUMNS.join(', ')})
  VALUES (@id, @map_id, @origin_id, @author, ${COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')},
    author = coalesce(excluded.author, cards.author)
  WHERE cards.map_id = excluded.map_id
    AND (${COLUMNS.map((c) => `cards.${c} IS NOT excluded.${c}`).join(' OR ')}
      OR (excluded.author IS NOT NULL AND cards.author IS NOT excluded.author))`;

/** Cards of a map ordered by stage position, lane position, then order in the cell; free cards last. */
export function listCards(db: Db, mapId: string): Card[] {
  const rows = statement(
    db,
    `SELECT c.* FROM cards c
       LEFT JOIN stages s ON s.id = c.stage_id
       LEFT JOIN lanes l ON l.id = c.lane_id
     WHERE c.map_id = ?
     ORDER BY s.position IS NULL, s.position, l.position IS NULL, l.position, c.ord, c.rowid`,
  ).all(mapId) as CardRow[];
  return rows.map(rowToCard);
}

export function upsertCard(db: Db, mapId: string, card: Card): void {
  statement(db, UPSERT).run(cardToRow(mapId, card));
}

export function deleteCard(db: Db, mapId: string, id: string): number {
  return statement(db, 'DELETE FROM cards WHERE id = ? AND map_id = ?').run(id, mapId).changes;
}

/** The map a card id belongs to, or undefined when no map has it. */
export function cardOwner(db: Db, id: string): string | undefined {
  const row = statement(db, 'SELECT map_id FROM cards WHERE id = ?').get(id) as
    { map_id: string } | undefined;
  return row?.map_id;
}

export function countCards(db: Db, mapId: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM cards WHERE map_id = ?').get(mapId) as { n: number }).n;
}

/** One card of a map, or undefined. */
export function getCard(db: Db, mapId: string, id: string): Card | undefined {
  const row = statement(db, 'SELECT * FROM cards WHERE id = ? AND map_id = ?').get(id, mapId) as
    CardRow | undefined;
  return row ? rowToCard(row) : undefined;
}

/** The number of cards in one stage x lane cell: where a card added at the end of it goes. */
export function countCardsInCell(db: Db, mapId: string, stageId: string, laneId: string): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM cards WHERE map_id = ? AND stage_id = ? AND lane_id = ?').get(
      mapId,
      stageId,
      laneId,
    ) as { n: number }
  ).n;
}
