import { type Connection, ConnectionSchema, type JourneyMap } from '../domain/journey-map';
import { LIMITS, newId } from '../domain/primitives';
import {
  cardIndexOrThrow,
  checkLimit,
  connectionIndexOrThrow,
  idSetOrThrow,
  invalidEdit,
  parseOrThrow,
  replaceAt,
} from './guards';

/**
 * Connects two cards with a directed connection (source -> target), optionally labelled.
 *
 * @param id - The connection id; a new one by default. Pass one when the caller needs to select it.
 * @throws ApiError `invalid_input` for an unknown card, a card connected to itself, a connection that
 * already exists in that direction, or a label longer than the limit; `too_large` past
 * {@link LIMITS.connectionsPerMap}.
 */
export function addConnection(
  map: JourneyMap,
  sourceId: string,
  targetId: string,
  label = '',
  id: string = newId(),
): JourneyMap {
  cardIndexOrThrow(map, sourceId, 'sourceId');
  cardIndexOrThrow(map, targetId, 'targetId');
  if (sourceId === targetId)
    invalidEdit('A card cannot be connected to itself.', 'targetId', 'edit_self_connection');
  if (map.connections.some((c) => c.sourceId === sourceId && c.targetId === targetId)) {
    invalidEdit(
      'These two cards are already connected in this direction.',
      'targetId',
      'edit_already_connected',
    );
  }
  if (map.connections.some((c) => c.id === id))
    invalidEdit(`A connection with id "${id}" exists.`, 'id', 'edit_id_exists', { what: 'connection', id });
  const connection = parseOrThrow(ConnectionSchema, { id, sourceId, targetId, label }, 'connection');
  checkLimit(map.connections.length + 1, LIMITS.connectionsPerMap, 'connections');
  return { ...map, connections: map.connections.concat(connection) };
}

/** Sets (or clears, with '') a connection's label. Returns the same map when it does not change. */
export function updateConnectionLabel(map: JourneyMap, connectionId: string, label: string): JourneyMap {
  const index = connectionIndexOrThrow(map, connectionId);
  const current = map.connections[index] as Connection;
  const next = parseOrThrow(ConnectionSchema, { ...current, label }, 'connection label');
  if (next.label === current.label) return map;
  return { ...map, connections: replaceAt(map.connections, index, next) };
}

/** Deletes connections; one unknown id refuses the whole edit. */
export function removeConnections(map: JourneyMap, connectionIds: readonly string[]): JourneyMap {
  const ids = idSetOrThrow(map.connections, connectionIds, 'connection', 'connectionIds');
  if (ids.size === 0) return map;
  return { ...map, connections: map.connections.filter((c) => !ids.has(c.id)) };
}

/** The connections that start or end at any of the given cards (e.g. to highlight them). */
export function connectionsOfCards(map: JourneyMap, cardIds: ReadonlySet<string>): Connection[] {
  return map.connections.filter((c) => cardIds.has(c.sourceId) || cardIds.has(c.targetId));
}
