import type { Handlers } from '../../../shared/api';
import { withCardFields, type Card, type MapChangeSet } from '../../../shared/domain';
import type { Db } from '../db/open-database';
import { cardOwner, deleteCard, getCard, upsertCard } from '../repositories/card-repository';
import { connectionOwner, deleteConnection, upsertConnection } from '../repositories/connection-repository';
import {
  deleteLane,
  laneIds,
  laneOwner,
  nextLanePosition,
  setLanePosition,
  upsertLane,
} from '../repositories/lane-repository';
import { getMapInfo, setMapPersonaIds, updateMap } from '../repositories/map-repository';
import { personaExists } from '../repositories/persona-repository';
import {
  deleteStage,
  nextStagePosition,
  setStagePosition,
  stageIds,
  stageOwner,
  upsertStage,
} from '../repositories/stage-repository';
import { invalidField, notFound } from './service-errors';
import { nextTimestamp } from './timestamps';

type Owner = (db: Db, id: string) => string | undefined;

/**
 * Saves one incremental edit of a map in one transaction, writing only the rows named in the change
 * set (and of an upserted card that names its changed fields, only those columns): removals first
 * (stages and lanes take their cards, cards take their connections, by
 * cascade; a stage's funnel numbers stay, so that undo, which saves the stage again with the same id,
 * finds them: migration 0020), then upserts, then the new order, then the map's `updatedAt`. Every reference is checked
 * against this map after the removals and earlier upserts of the same set, so a card may go into a
 * stage created in the same save. Any refusal throws, and the transaction leaves nothing written.
 */
export function createApplyChangesHandler(db: Db): Handlers['maps.applyChanges'] {
  return ({ id, changes }) => db.transaction(() => applyChanges(db, id, changes)).immediate();
}

function applyChanges(db: Db, mapId: string, changes: MapChangeSet): { updatedAt: string } {
  const row = getMapInfo(db, mapId);
  if (!row) throw notFound('map', mapId);
  const at = (path: string) => `changes.${path}`;

  const { remove = {}, upsert = {} } = changes;
  for (const cid of remove.connectionIds ?? []) deleteConnection(db, mapId, cid);
  for (const cid of remove.cardIds ?? []) deleteCard(db, mapId, cid);
  for (const sid of remove.stageIds ?? []) deleteStage(db, mapId, sid);
  for (const lid of remove.laneIds ?? []) deleteLane(db, mapId, lid);

  const personaIds = changes.map?.personaIds;
  personaIds?.forEach((pid, i) => {
    if (!personaExists(db, pid))
      throw invalidField(
        at(`map.personaIds.${i}`),
        `refers to persona "${pid}", which is not in this library`,
        'not_in_library',
        { what: 'persona', id: pid },
      );
  });

  // An id that another map already uses cannot be taken over: ids are unique across the library.
  const ensureOwnId = (owner: Owner, id: string, path: string, what: string) => {
    const current = owner(db, id);
    if (current !== undefined && current !== mapId) {
      throw invalidField(at(path), `is the id of a ${what} in another map; use a new id`, 'id_in_other_map', {
        what,
      });
    }
  };
  const ensureInMap = (owner: Owner, id: string | null, path: string, what: string) => {
    if (id !== null && owner(db, id) !== mapId) {
      throw invalidField(at(path), `refers to ${what} "${id}", which is not in this map`, 'not_in_map', {
        what,
        id,
      });
    }
  };

  let stagePosition = nextStagePosition(db, mapId);
  upsert.stages?.forEach((stage, i) => {
    ensureOwnId(stageOwner, stage.id, `upsert.stages.${i}.id`, 'stage');
    upsertStage(db, mapId, stage, stagePosition++);
  });
  let lanePosition = nextLanePosition(db, mapId);
  upsert.lanes?.forEach((lane, i) => {
    ensureOwnId(laneOwner, lane.id, `upsert.lanes.${i}.id`, 'lane');
    upsertLane(db, mapId, lane, lanePosition++);
  });
  const upsertedCards = new Set((upsert.cards ?? []).map((card) => card.id));
  for (const cardId of Object.keys(upsert.cardFields ?? {})) {
    if (!upsertedCards.has(cardId))
      throw invalidField(
        at(`upsert.cardFields.${cardId}`),
        'names a card that upsert.cards does not hold',
        'invalid',
      );
  }
  upsert.cards?.forEach((sent, i) => {
    const card = patchedCard(db, mapId, sent, upsert.cardFields?.[sent.id]);
    ensureOwnId(cardOwner, card.id, `upsert.cards.${i}.id`, 'card');
    ensureInMap(stageOwner, card.stageId, `upsert.cards.${i}.stageId`, 'stage');
    ensureInMap(laneOwner, card.laneId, `upsert.cards.${i}.laneId`, 'lane');
    if (card.kind === 'persona' && card.personaId !== null && !personaExists(db, card.personaId)) {
      throw invalidField(
        at(`upsert.cards.${i}.personaId`),
        `refers to persona "${card.personaId}", which is not in this library`,
        'not_in_library',
        { what: 'persona', id: card.personaId },
      );
    }
    upsertCard(db, mapId, card);
  });
  upsert.connections?.forEach((connection, i) => {
    ensureOwnId(connectionOwner, connection.id, `upsert.connections.${i}.id`, 'connection');
    ensureInMap(cardOwner, connection.sourceId, `upsert.connections.${i}.sourceId`, 'card');
    ensureInMap(cardOwner, connection.targetId, `upsert.connections.${i}.targetId`, 'card');
    upsertConnection(db, mapId, connection);
  });

  if (changes.stageOrder) {
    reorder(stageIds(db, mapId), changes.stageOrder, at('stageOrder'), 'stage', (sid, p) =>
      setStagePosition(db, mapId, sid, p),
    );
  }
  if (changes.laneOrder) {
    reorder(laneIds(db, mapId), changes.laneOrder, at('laneOrder'), 'lane', (lid, p) =>
      setLanePosition(db, mapId, lid, p),
    );
  }

  const updatedAt = nextTimestamp(row.updatedAt);
  const { name, description, language } = changes.map ?? {};
  updateMap(db, mapId, { name, description, language, updatedAt });
  if (personaIds) setMapPersonaIds(db, mapId, personaIds);
  return { updatedAt };
}

/**
 * What an upserted card writes: only its listed fields over the stored row when the save says which
 * fields it changed (issue 12: the last write of a field wins, and a field this save did not touch
 * keeps what a workshop participant wrote meanwhile); the whole card when it names none, when the card
 * is not stored in this map, or when its kind differs from the stored one.
 */
function patchedCard(db: Db, mapId: string, sent: Card, fields: readonly string[] | undefined): Card {
  if (!fields) return sent;
  const stored = getCard(db, mapId, sent.id);
  return stored ? withCardFields(stored, sent, fields) : sent;
}

/**
 * Applies a complete new order: the listed ids first, then any of the map's others (e.g. upserted
 * but not listed) in their current order. Only rows whose position changes are written.
 */
function reorder(
  current: string[],
  order: string[],
  path: string,
  what: string,
  setPosition: (id: string, position: number) => void,
): void {
  const known = new Set(current);
  const seen = new Set<string>();
  order.forEach((id, i) => {
    if (!known.has(id))
      throw invalidField(
        `${path}.${i}`,
        `refers to ${what} "${id}", which is not in this map`,
        'not_in_map',
        {
          what,
          id,
        },
      );
    if (seen.has(id))
      throw invalidField(`${path}.${i}`, `lists ${what} "${id}" twice`, 'listed_twice', { what, id });
    seen.add(id);
  });
  const final = [...order, ...current.filter((id) => !seen.has(id))];
  final.forEach((id, position) => setPosition(id, position));
}
