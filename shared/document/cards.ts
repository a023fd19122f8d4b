import type { z } from 'zod';
import {
  ActionCardSchema,
  type Card,
  type CardKind,
  type CardOf,
  EmotionCardSchema,
  type JourneyMap,
  NoteCardSchema,
  OpportunityCardSchema,
  PainPointCardSchema,
  PersonaCardSchema,
  ThoughtCardSchema,
  TouchpointCardSchema,
} from '../domain/journey-map';
import { LIMITS, newId } from '../domain/primitives';
import { removeCardsWhere } from './cells';
import { cardIndexOrThrow, checkLimit, idSetOrThrow, invalidEdit, parseOrThrow, replaceAt } from './guards';
import { type CardPlacement, insertNewCard } from './placement';

/** The zod schema of each card kind. */
export const CARD_SCHEMAS = {
  persona: PersonaCardSchema,
  touchpoint: TouchpointCardSchema,
  emotion: EmotionCardSchema,
  painPoint: PainPointCardSchema,
  opportunity: OpportunityCardSchema,
  note: NoteCardSchema,
  action: ActionCardSchema,
  thought: ThoughtCardSchema,
} as const satisfies { [K in CardKind]: z.ZodType<CardOf<K>> };

/** Fields a user edits on every card. */
const COMMON_FIELDS = ['title', 'text', 'tags'] as const;

/** Fields a user edits per kind, on top of {@link COMMON_FIELDS}. */
export const KIND_FIELDS = {
  persona: ['personaId'],
  touchpoint: ['channel'],
  emotion: ['score'],
  painPoint: ['severity'],
  opportunity: ['impact', 'effort'],
  note: [],
  action: [],
  thought: [],
} as const satisfies { [K in CardKind]: readonly (keyof CardOf<K>)[] };

type EditableField<K extends CardKind> = (typeof COMMON_FIELDS)[number] | (typeof KIND_FIELDS)[K][number];

/** The fields of a card of kind `K` that {@link updateCard} changes; placement has its own operations. */
export type CardPatch<K extends CardKind = CardKind> = K extends CardKind
  ? Partial<Pick<CardOf<K>, EditableField<K> & keyof CardOf<K>>>
  : never;

/** What {@link createCard} needs: a title (translated by the caller) and any field to override. */
export type CardInit<K extends CardKind> = { title: string } & Partial<Omit<CardOf<K>, 'kind' | 'title'>>;

/**
 * Builds a valid card of `kind` with the kind's defaults (emotion score 0, severity 2, channel web, ...)
 * and a new id unless one is given. The card is not yet in a map: pass it to {@link addCard}.
 *
 * @example
 * ```ts
 * const card = createCard('emotion', { title: t('palette.emotion'), score: -1 });
 * map = addCard(map, card, { stageId, laneId });
 * ```
 * @throws ApiError `invalid_input` naming the bad field.
 */
export function createCard<K extends CardKind>(kind: K, init: CardInit<K>): CardOf<K> {
  const schema: z.ZodType<CardOf<K>> = CARD_SCHEMAS[kind] as unknown as z.ZodType<CardOf<K>>;
  if (schema === undefined)
    invalidEdit(`Unknown card kind "${String(kind)}".`, 'kind', 'edit_unknown_card_kind', {
      kind: String(kind),
    });
  return parseOrThrow(schema, { stageId: null, laneId: null, id: newId(), ...init, kind }, 'card');
}

/**
 * Adds a card to the map: into a cell (at `index`, appended by default; the cell is renumbered 0..n-1)
 * or free on the canvas at x/y. The placement wins over any stageId/laneId/x/y on the card.
 *
 * @throws ApiError `invalid_input` for an invalid card, a taken id, an unknown stage or lane or a bad
 * index; `too_large` past {@link LIMITS.cardsPerMap}.
 */
export function addCard(map: JourneyMap, card: Card, placement: CardPlacement): JourneyMap {
  const kind = (card as { kind?: unknown } | null)?.kind;
  const schema = CARD_SCHEMAS[kind as CardKind] as z.ZodType<Card> | undefined;
  if (schema === undefined)
    invalidEdit(`Unknown card kind "${String(kind)}".`, 'card.kind', 'edit_unknown_card_kind', {
      kind: String(kind),
    });
  const parsed = parseOrThrow(schema, card, 'card');
  if (map.cards.some((c) => c.id === parsed.id))
    invalidEdit(`A card with id "${parsed.id}" exists.`, 'card.id', 'edit_id_exists', {
      what: 'card',
      id: parsed.id,
    });
  checkLimit(map.cards.length + 1, LIMITS.cardsPerMap, 'cards');
  return insertNewCard(map, parsed, placement);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/**
 * Changes the content of a card: title, text, tags and its kind's own fields (touchpoint channel,
 * emotion score -2..2, pain point severity 1..3, opportunity impact and effort 1..3, persona id).
 * Out-of-range values are refused, not clamped, so a broken control cannot silently save something
 * else. Returns the same map when nothing changes.
 *
 * @throws ApiError `invalid_input` for an unknown card, a field the kind does not have (or a
 * placement field: use moveCard) or a value the schema refuses.
 */
export function updateCard(map: JourneyMap, cardId: string, patch: CardPatch): JourneyMap {
  const index = cardIndexOrThrow(map, cardId);
  const current = map.cards[index] as Card;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    invalidEdit('The card change must be an object of fields.', 'patch', 'edit_patch_not_object');
  }
  const allowed: readonly string[] = [...COMMON_FIELDS, ...KIND_FIELDS[current.kind]];
  // An undefined value means "leave as is", not "reset to the default".
  const keys = Object.keys(patch).filter((key) => (patch as Record<string, unknown>)[key] !== undefined);
  for (const key of keys) {
    if (!allowed.includes(key)) {
      invalidEdit(
        `A ${current.kind} card has no editable field "${key}".`,
        `patch.${key}`,
        'edit_field_not_editable',
        {
          kind: current.kind,
          key,
        },
      );
    }
  }
  const schema = CARD_SCHEMAS[current.kind] as z.ZodType<Card>;
  const changes = Object.fromEntries(keys.map((key) => [key, (patch as Record<string, unknown>)[key]]));
  const next = parseOrThrow(schema, { ...current, ...changes }, 'card change');
  const record = current as Record<string, unknown>;
  const nextRecord = next as Record<string, unknown>;
  if (keys.every((key) => sameValue(record[key], nextRecord[key]))) return map;
  return { ...map, cards: replaceAt(map.cards, index, next) };
}

/**
 * Deletes cards and every connection touching them; the cells they leave are renumbered. One unknown
 * id refuses the whole edit (a stale selection must not half-delete).
 */
export function removeCards(map: JourneyMap, cardIds: readonly string[]): JourneyMap {
  const ids = idSetOrThrow(map.cards, cardIds, 'card', 'cardIds');
  return removeCardsWhere(map, (card) => ids.has(card.id));
}
