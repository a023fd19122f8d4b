import { z } from 'zod';
import { ApiError } from '../api/errors';
import { CardSchema, ConnectionSchema, LaneKindSchema } from '../domain/journey-map';
import { IdSchema, LIMITS } from '../domain/primitives';
import { invalidEdit, parseOrThrow } from './guards';

/** The `type` tag of clipboard payloads, so that other apps' JSON on the clipboard is recognised. */
export const CLIPBOARD_TYPE = 'journey-map-cards';
/** The payload format version this build writes and reads. */
export const CLIPBOARD_VERSION = 1;
/**
 * The longest clipboard text we try to read. A full map of 20,000 short cards fits; a 10 MB blob from
 * elsewhere is refused before JSON.parse spends time and memory on it.
 */
export const CLIPBOARD_MAX_CHARS = 8_000_000;
/** Deeper than any real payload (payload > cards > card > tags > tag is 4). */
const MAX_DEPTH = 12;
/** Keys that could reach an object's prototype if some later code merged the payload carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const AxisRefSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(LIMITS.name),
  index: z.number().int().min(0).max(LIMITS.stagesPerMap),
});
const LaneRefSchema = AxisRefSchema.extend({ kind: LaneKindSchema });

/**
 * The cards on the clipboard, self-contained so they can be pasted into another map or another
 * window: the cards as they were, the connections among them, and the stages and lanes (id, name,
 * index) they sat in, so that paste can find matching cells by name or position.
 */
export const ClipboardPayloadSchema = z
  .strictObject({
    type: z.literal(CLIPBOARD_TYPE),
    version: z.literal(CLIPBOARD_VERSION),
    sourceMapId: IdSchema,
    stages: z.array(AxisRefSchema).max(LIMITS.stagesPerMap),
    lanes: z.array(LaneRefSchema).max(LIMITS.lanesPerMap),
    cards: z.array(CardSchema).min(1).max(LIMITS.cardsPerMap),
    connections: z.array(ConnectionSchema).max(LIMITS.connectionsPerMap),
  })
  .superRefine((payload, ctx) => {
    const cardIds = new Set<string>();
    const stageIds = new Set(payload.stages.map((s) => s.id));
    const laneIds = new Set(payload.lanes.map((l) => l.id));
    payload.cards.forEach((card, i) => {
      if (cardIds.has(card.id))
        ctx.addIssue({
          code: 'custom',
          path: ['cards', i, 'id'],
          message: 'is repeated',
          params: { reason: 'repeated' },
        });
      cardIds.add(card.id);
      if (card.stageId !== null && !stageIds.has(card.stageId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cards', i, 'stageId'],
          message: 'names no listed stage',
          params: { reason: 'no_listed_stage' },
        });
      }
      if (card.laneId !== null && !laneIds.has(card.laneId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cards', i, 'laneId'],
          message: 'names no listed lane',
          params: { reason: 'no_listed_lane' },
        });
      }
    });
    payload.connections.forEach((connection, i) => {
      for (const end of ['sourceId', 'targetId'] as const) {
        if (!cardIds.has(connection[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['connections', i, end],
            message: 'names no copied card',
            params: { reason: 'no_copied_card' },
          });
        }
      }
    });
  });
/** Validated clipboard content; build one with `copySelection`, read one with {@link parseClipboardText}. */
export type ClipboardPayload = z.infer<typeof ClipboardPayloadSchema>;

/**
 * Refuses prototype-reaching keys and absurd nesting anywhere in `value`, iteratively so that a deeply
 * nested array cannot overflow the stack.
 */
function checkShape(value: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '(root)', depth: 0 }];
  while (stack.length > 0) {
    const { value: node, path, depth } = stack.pop() as (typeof stack)[number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH)
      invalidEdit('The clipboard content is nested too deeply.', path, 'clipboard_too_deep');
    const prefix = path === '(root)' ? '' : `${path}.`;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key))
        invalidEdit(
          `The clipboard content has a forbidden key "${key}".`,
          prefix + key,
          'clipboard_forbidden_key',
          {
            key,
          },
        );
      stack.push({ value: (node as Record<string, unknown>)[key], path: prefix + key, depth: depth + 1 });
    }
  }
}

/**
 * Validates a clipboard payload from anywhere (the system clipboard, another window, a drop).
 *
 * @throws ApiError `unsupported_version` for our type with another version; `invalid_input` naming the
 * bad field for anything else that is not a valid payload (including `__proto__` keys, unknown card
 * kinds, over-long text, connections to cards that were not copied).
 */
export function parseClipboardPayload(value: unknown): ClipboardPayload {
  checkShape(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { type, version } = value as { type?: unknown; version?: unknown };
    if (type === CLIPBOARD_TYPE && version !== CLIPBOARD_VERSION) {
      throw new ApiError(
        'unsupported_version',
        `These cards were copied by a different version of the app (format ${String(version)}); this version reads format ${CLIPBOARD_VERSION}.`,
        {
          path: 'version',
          reason: 'clipboard_other_version',
          params: { version: String(version), supported: CLIPBOARD_VERSION },
        },
      );
    }
  }
  return parseOrThrow(ClipboardPayloadSchema, value, 'clipboard content');
}

/**
 * Reads clipboard text. Returns null when the text is plainly not ours (not JSON, or JSON without our
 * type tag), so the caller can paste it as plain text instead; throws when it claims to be ours but is
 * broken or hostile.
 *
 * @throws ApiError `too_large` past {@link CLIPBOARD_MAX_CHARS}; otherwise as {@link parseClipboardPayload}.
 */
export function parseClipboardText(text: string): ClipboardPayload | null {
  if (typeof text !== 'string')
    invalidEdit('The clipboard content must be text.', '(root)', 'clipboard_not_text');
  if (text.length > CLIPBOARD_MAX_CHARS) {
    throw new ApiError(
      'too_large',
      `The clipboard holds ${text.length} characters; at most ${CLIPBOARD_MAX_CHARS} can be pasted.`,
      { reason: 'clipboard_too_large', params: { length: text.length, max: CLIPBOARD_MAX_CHARS } },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== CLIPBOARD_TYPE) {
    return null;
  }
  return parseClipboardPayload(value);
}

/** The clipboard text for a payload (JSON). */
export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}
