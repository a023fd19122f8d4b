import type { TFunction } from 'i18next';
import {
  cardDisplayTitle,
  type CardKind,
  type MapSnapshot,
  type PersonaNameLookup,
} from '../../shared/domain';
import type { CardPlace, ChangeEntry } from '../../shared/diff';
import { overlayKey } from './diff-overlay';

/** Names the change list needs from both sides: stages, lanes, personas and cards by id. */
export interface ChangeContext {
  stageName(id: string): string;
  laneName(id: string): string;
  personaName(id: string): string;
  /** A card's display title (a persona card: its persona's name), or `fallback` for an unknown id. */
  cardTitle(id: string, fallback: string): string;
  /** The display titles of a connection's two cards, or null for an unknown connection. */
  connectionEnds(id: string): { source: string; target: string } | null;
}

/**
 * Stage, lane, persona and card names from both sides; B's name wins when both have the item.
 * `library` (the persona library as it is now) names personas before either snapshot does, so a
 * persona card reads with its persona's current name, as on the canvas.
 */
export function changeContext(a: MapSnapshot, b: MapSnapshot, library?: PersonaNameLookup): ChangeContext {
  const stages = new Map<string, string>();
  const lanes = new Map<string, string>();
  const personas = new Map<string, string>();
  for (const side of [a, b]) {
    for (const s of side.map.stages) stages.set(s.id, s.name);
    for (const l of side.map.lanes) lanes.set(l.id, l.name);
    for (const p of side.personas) personas.set(p.id, p.name);
  }
  const personaName: PersonaNameLookup = (id) => library?.(id) ?? personas.get(id);
  const cards = new Map<string, string>();
  const connections = new Map<string, { sourceId: string; targetId: string }>();
  for (const side of [a, b]) {
    for (const c of side.map.cards) cards.set(c.id, cardDisplayTitle(c, personaName));
    for (const k of side.map.connections) connections.set(k.id, k);
  }
  return {
    stageName: (id) => stages.get(id) ?? id,
    laneName: (id) => lanes.get(id) ?? id,
    personaName: (id) => personaName(id) ?? id,
    cardTitle: (id, fallback) => cards.get(id) ?? fallback,
    connectionEnds(id) {
      const k = connections.get(id);
      if (!k) return null;
      return { source: cards.get(k.sourceId) ?? k.sourceId, target: cards.get(k.targetId) ?? k.targetId };
    },
  };
}

const MAX_VALUE_CHARS = 60;

/** A field value as short readable text. */
function valueText(t: TFunction, ctx: ChangeContext, field: string | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('compare.entry.empty');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('compare.entry.empty');
    const items = field === 'personaIds' ? value.map((v) => ctx.personaName(String(v))) : value.map(String);
    return items.join(', ');
  }
  if (field === 'personaId') return ctx.personaName(String(value));
  if (typeof value === 'object') return JSON.stringify(value).slice(0, MAX_VALUE_CHARS);
  const text = String(value as string | number | boolean);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function placeText(t: TFunction, ctx: ChangeContext, place: CardPlace): string {
  if (place.stageId === null || place.laneId === null) return t('compare.entry.free');
  return `${ctx.stageName(place.stageId)} · ${ctx.laneName(place.laneId)}`;
}

/**
 * The item the entry is about, e.g. "Touchpoint 'Live chat'". `title` overrides the entry's title;
 * without it a card is called by its display title (a persona card by its persona's current name).
 */
function whatText(t: TFunction, ctx: ChangeContext, entry: ChangeEntry, title?: string): string {
  switch (entry.itemType) {
    case 'card':
      return t('compare.what.card', {
        kind: t(`cardKind.${entry.cardKind ?? ('note' satisfies CardKind)}`),
        title: title ?? ctx.cardTitle(entry.itemId, entry.title),
      });
    case 'connection': {
      const ends = ctx.connectionEnds(entry.itemId) ?? entry.endpoints;
      return t('compare.what.connection', { source: ends?.source ?? '', target: ends?.target ?? '' });
    }
    default:
      return t(`compare.what.${entry.itemType}`, { title: title ?? entry.title });
  }
}

/**
 * One change as a sentence in the current language, e.g. "Touchpoint 'Live chat' added in
 * Consideration", "Pain point 'Slow delivery' severity 2 → 3", "Stage 'Intent' renamed to 'Decision'".
 */
export function changeText(t: TFunction, ctx: ChangeContext, entry: ChangeEntry): string {
  const inStage = entry.itemType === 'card' || entry.itemType === 'connection';
  const stage = inStage && entry.stageId ? ctx.stageName(entry.stageId) : null;
  switch (entry.kind) {
    case 'added':
      return stage
        ? t('compare.entry.addedIn', { what: whatText(t, ctx, entry), stage })
        : t('compare.entry.added', { what: whatText(t, ctx, entry) });
    case 'removed':
      return stage
        ? t('compare.entry.removedFrom', { what: whatText(t, ctx, entry), stage })
        : t('compare.entry.removed', { what: whatText(t, ctx, entry) });
    case 'renamed':
      return t('compare.entry.renamed', {
        what: whatText(t, ctx, entry, typeof entry.before === 'string' ? entry.before : entry.title),
        after: valueText(t, ctx, entry.field, entry.after),
      });
    case 'changed': {
      const field = entry.field ?? '';
      const label = Object.hasOwn(FIELD_KEYS, field) ? t(`compare.field.${field as FieldKey}`) : field;
      return t('compare.entry.changed', {
        what: whatText(t, ctx, entry),
        field: label,
        before: valueText(t, ctx, field, entry.before),
        after: valueText(t, ctx, field, entry.after),
      });
    }
    case 'moved':
      return t('compare.entry.moved', {
        what: whatText(t, ctx, entry),
        from: placeText(t, ctx, entry.before as CardPlace),
        to: placeText(t, ctx, entry.after as CardPlace),
      });
    case 'reordered':
      return t('compare.entry.reordered', {
        what: whatText(t, ctx, entry),
        before: Number(entry.before) + 1,
        after: Number(entry.after) + 1,
      });
  }
}

const FIELD_KEYS = {
  name: 1,
  description: 1,
  language: 1,
  personaIds: 1,
  goal: 1,
  width: 1,
  height: 1,
  kind: 1,
  title: 1,
  text: 1,
  tags: 1,
  personaId: 1,
  channel: 1,
  score: 1,
  severity: 1,
  impact: 1,
  effort: 1,
  label: 1,
  startDate: 1,
  endDate: 1,
  source: 1,
  provenance: 1,
  metricLabel: 1,
  count: 1,
  targetConversion: 1,
  avgDaysInStage: 1,
  lossReasons: 1,
} as const;
type FieldKey = keyof typeof FIELD_KEYS;

/**
 * The compare-canvas node an entry focuses: the item itself (its ghost when removed), a connection's
 * source card, a metric's stage; null for the map and periods (nothing to point at).
 */
export function focusKeyOf(
  entry: ChangeEntry,
  cardSourceOf: (connectionId: string) => string | null,
): string | null {
  const ghost = entry.kind === 'removed';
  switch (entry.itemType) {
    case 'stage':
    case 'lane':
    case 'card':
      return overlayKey(ghost, entry.itemType, entry.itemId);
    case 'connection': {
      const source = cardSourceOf(entry.itemId);
      return source ? overlayKey(false, 'card', source) : null;
    }
    case 'metric':
      return entry.stageId ? overlayKey(false, 'stage', entry.stageId) : null;
    default:
      return null;
  }
}

/** Entries grouped by stage, keeping describeDiff's order (no-stage group first). */
export function groupEntries(
  entries: readonly ChangeEntry[],
): { stageId: string | null; entries: ChangeEntry[] }[] {
  const groups: { stageId: string | null; entries: ChangeEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.stageId === entry.stageId) last.entries.push(entry);
    else groups.push({ stageId: entry.stageId, entries: [entry] });
  }
  return groups;
}
