import type { Card, CardKind, Channel } from '../../../shared/domain';
import { originOf } from './origin-id';

/** A `cards` row as better-sqlite3 returns it and as the upsert binds it. */
export interface CardRow {
  id: string;
  map_id: string;
  stage_id: string | null;
  lane_id: string | null;
  kind: CardKind;
  ord: number;
  x: number | null;
  y: number | null;
  title: string;
  text: string;
  tags: string;
  persona_id: string | null;
  channel: string | null;
  score: number | null;
  severity: number | null;
  impact: number | null;
  effort: number | null;
  /** Lineage (migration 0030): the card this one was copied from. */
  origin_id: string | null;
  /** The workshop participant who added it (migration 0070). */
  author: string | null;
}

/** Flattens a card into its row; the fields of other kinds are NULL. */
export function cardToRow(mapId: string, card: Card): CardRow {
  return {
    id: card.id,
    map_id: mapId,
    stage_id: card.stageId,
    lane_id: card.laneId,
    kind: card.kind,
    ord: card.order,
    x: card.x,
    y: card.y,
    title: card.title,
    text: card.text,
    tags: JSON.stringify(card.tags),
    persona_id: card.kind === 'persona' ? card.personaId : null,
    channel: card.kind === 'touchpoint' ? card.channel : null,
    score: card.kind === 'emotion' ? card.score : null,
    severity: card.kind === 'painPoint' ? card.severity : null,
    impact: card.kind === 'opportunity' ? card.impact : null,
    effort: card.kind === 'opportunity' ? card.effort : null,
    origin_id: card.originId ?? null,
    author: card.author ?? null,
  };
}

/**
 * Builds a card from its row without a zod parse: rows were validated on the way in, and a
 * 2,000-card map must open fast. Missing kind fields fall back to the schema defaults.
 */
export function rowToCard(row: CardRow): Card {
  const base = {
    id: row.id,
    ...originOf(row),
    stageId: row.stage_id,
    laneId: row.lane_id,
    order: row.ord,
    x: row.x,
    y: row.y,
    title: row.title,
    text: row.text,
    tags: parseTags(row.tags),
    ...(row.author ? { author: row.author } : {}),
  };
  switch (row.kind) {
    case 'persona':
      return { ...base, kind: 'persona', personaId: row.persona_id };
    case 'touchpoint':
      return { ...base, kind: 'touchpoint', channel: (row.channel ?? 'web') as Channel };
    case 'emotion':
      return { ...base, kind: 'emotion', score: row.score ?? 0 };
    case 'painPoint':
      return { ...base, kind: 'painPoint', severity: row.severity ?? 2 };
    case 'opportunity':
      return { ...base, kind: 'opportunity', impact: row.impact ?? 2, effort: row.effort ?? 2 };
    case 'note':
      return { ...base, kind: 'note' };
  }
}

function parseTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
