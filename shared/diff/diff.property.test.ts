import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyMapSchema, MapChangeSetSchema, MetricPeriodSchema, StageMetricSchema } from '../domain';
import { alignByLineage, compareDocuments } from './align-by-lineage';
import { applyChangeSet } from './test-apply-change-set';
import { applyDiff } from './test-apply-diff';
import type { FullMapDocument } from './types';
import { canonicalMapDocument } from './canonical';
import { changeSetFromDiff } from './change-set';
import { describeDiff } from './describe-diff';
import { diffMaps, isReorderOnly } from './diff-maps';
import { isEmptyDiff } from './empty-diff';
import { editedPairArb, mapDocumentArb, unrelatedPairArb } from './test-arbitraries';

const RUNS = { numRuns: 300 };
const pairArb = fc.oneof(editedPairArb, unrelatedPairArb);
/** A card change the change list leaves out on purpose (see `isReorderOnly`). */
const isUnlisted = (change: object): boolean =>
  'moved' in change && isReorderOnly(change as Parameters<typeof isReorderOnly>[0]);

describe('map document arbitraries', () => {
  it('generate valid maps, periods and metrics, also after random edits', () => {
    fc.assert(
      fc.property(editedPairArb, ([a, b]) => {
        for (const doc of [a, b]) {
          expect(JourneyMapSchema.parse(doc.map)).toEqual(doc.map);
          for (const p of doc.periods) expect(MetricPeriodSchema.parse(p)).toEqual(p);
          for (const m of doc.metrics) expect(StageMetricSchema.parse(m)).toEqual(m);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('diffMaps properties', () => {
  it('the diff of a document with itself (or a copy of it) is empty', () => {
    fc.assert(
      fc.property(mapDocumentArb, (a) => {
        expect(isEmptyDiff(diffMaps(a, a))).toBe(true);
        expect(isEmptyDiff(diffMaps(a, JSON.parse(JSON.stringify(a)) as typeof a))).toBe(true);
      }),
      RUNS,
    );
  });

  it('applying diff(a, b) to a gives b (canonical form)', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffMaps(a, b);
        expect(canonicalMapDocument(applyDiff(a, diff))).toEqual(canonicalMapDocument(b));
        // Stage and lane order is content, so it is exact without canonicalisation.
        expect(applyDiff(a, diff).map.stages).toEqual(b.map.stages);
        expect(applyDiff(a, diff).map.lanes).toEqual(b.map.lanes);
      }),
      RUNS,
    );
  });

  it('a non-empty diff exactly when the documents differ', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const same = JSON.stringify(canonicalMapDocument(a)) === JSON.stringify(canonicalMapDocument(b));
        expect(isEmptyDiff(diffMaps(a, b))).toBe(same);
      }),
      RUNS,
    );
  });

  it('the change set from diff(a, b), applied with change-set semantics, turns a.map into b.map', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const changes = changeSetFromDiff(diffMaps(a, b), b.map);
        expect(MapChangeSetSchema.parse(changes)).toEqual(changes);
        const result = { map: { ...applyChangeSet(a.map, changes), updatedAt: b.map.updatedAt } };
        expect(canonicalMapDocument(result).map).toEqual(canonicalMapDocument({ map: b.map }).map);
      }),
      RUNS,
    );
  });

  it('the change set of an edit sends only the rows that changed', () => {
    fc.assert(
      fc.property(editedPairArb, ([a, b]) => {
        const diff = diffMaps(a, b);
        const changes = changeSetFromDiff(diff, b.map);
        const upserted = changes.upsert?.cards?.length ?? 0;
        expect(upserted).toBe(diff.cards.added.length + diff.cards.changed.length);
        const before = new Map(a.map.cards.map((c) => [c.id, c]));
        for (const card of changes.upsert?.cards ?? []) expect(before.get(card.id)).not.toEqual(card);
      }),
      RUNS,
    );
  });

  it('the change list names every added, removed and changed item, grouped by stage', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffMaps(a, b);
        const entries = describeDiff(diff, a, b);
        const named = new Set(entries.map((e) => `${e.itemType}:${e.itemId}`));
        const expectNamed = (type: string, ids: string[]) => {
          for (const id of ids) expect(named.has(`${type}:${id}`)).toBe(true);
        };
        for (const [type, c] of [
          ['stage', diff.stages],
          ['lane', diff.lanes],
          ['card', diff.cards],
          ['connection', diff.connections],
          ['period', diff.periods],
        ] as const) {
          expectNamed(
            type,
            [...c.added, ...c.removed].map((row) => row.id),
          );
          expectNamed(
            type,
            c.changed.filter((change) => !isUnlisted(change)).map((change) => change.id),
          );
        }
        expectNamed(
          'metric',
          [...diff.metrics.added, ...diff.metrics.removed].map((m) => `${m.periodId}/${m.stageId}`),
        );
        expectNamed(
          'metric',
          diff.metrics.changed.map((change) => change.id),
        );
        // Groups come in order: no stage first, then b's stages, then stages only a has; never revisited.
        const groups = entries.map((e) => e.stageId);
        const seen = new Set<string | null>();
        groups.forEach((g, i) => {
          if (i > 0 && groups[i - 1] !== g) expect(seen.has(g)).toBe(false);
          seen.add(g);
        });
        if (groups.includes(null)) expect(groups[0]).toBeNull();
        // Only cards shifted within their cell are left out of the list (not a change people make).
        const listed = {
          ...diff,
          cards: { ...diff.cards, changed: diff.cards.changed.filter((c) => !isReorderOnly(c)) },
        };
        expect(isEmptyDiff(listed)).toBe(entries.length === 0);
      }),
      RUNS,
    );
  });
});

/**
 * What duplicating does to a document: new ids for stages, lanes, cards and connections, each
 * copied row remembering its original in `originId`. The map keeps its id, so that a rename of the
 * map is still compared (two maps' names are not, see the unit tests). Returns the copy and new id ->
 * old id.
 */
function lineageCopy(doc: FullMapDocument): [FullMapDocument, Map<string, string>] {
  const back = new Map<string, string>();
  const fresh = new Map<string, string>();
  const id = (old: string): string => {
    let next = fresh.get(old);
    if (next === undefined) {
      next = `copy${fresh.size}`;
      fresh.set(old, next);
      back.set(next, old);
    }
    return next;
  };
  const { map } = doc;
  const copy: FullMapDocument = {
    map: {
      ...map,
      stages: map.stages.map((s) => ({ ...s, id: id(s.id), originId: s.id })),
      lanes: map.lanes.map((l) => ({ ...l, id: id(l.id), originId: l.id })),
      cards: map.cards.map((c) => ({
        ...c,
        id: id(c.id),
        originId: c.id,
        stageId: c.stageId === null ? null : id(c.stageId),
        laneId: c.laneId === null ? null : id(c.laneId),
      })),
      connections: map.connections.map((k) => ({
        ...k,
        id: id(k.id),
        originId: k.id,
        sourceId: id(k.sourceId),
        targetId: id(k.targetId),
      })),
    },
    periods: doc.periods,
    metrics: doc.metrics.map((m) => ({ ...m, stageId: id(m.stageId) })),
  };
  return [copy, back];
}

/** Every string in `value` that is a key of `ids`, replaced by its value. */
function translateIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    // Metric item ids are `periodId/stageId`.
    return value
      .split('/')
      .map((part) => ids.get(part) ?? part)
      .join('/');
  }
  if (Array.isArray(value)) return value.map((v) => translateIds(v, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'originId')
        .map(([k, v]) => [k, translateIds(v, ids)]),
    );
  }
  return value;
}

describe('comparing by lineage (alignByLineage, compareDocuments)', () => {
  it('a document and its duplicate compare as equal', () => {
    fc.assert(
      fc.property(mapDocumentArb, (a) => {
        const [copy] = lineageCopy(a);
        const { diff, b } = compareDocuments(a, copy);
        expect(describeDiff(diff, a, b)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('comparing with an edited duplicate lists what comparing with the edited map itself lists', () => {
    fc.assert(
      fc.property(editedPairArb, ([a, b]) => {
        const [copy, back] = lineageCopy(b);
        const byLineage = compareDocuments(a, copy);
        const byId = compareDocuments(a, b);
        expect(translateIds(describeDiff(byLineage.diff, a, byLineage.b), back)).toEqual(
          translateIds(describeDiff(byId.diff, a, byId.b), back),
        );
      }),
      RUNS,
    );
  });

  it('aligning never merges rows: every row of b is still there, under distinct ids', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const aligned = alignByLineage(a, b);
        for (const key of ['stages', 'lanes', 'cards', 'connections'] as const) {
          const ids = aligned.map[key].map((row) => row.id);
          expect(new Set(ids).size).toBe(b.map[key].length);
        }
        expect(aligned.map.cards.map((c) => c.title)).toEqual(b.map.cards.map((c) => c.title));
      }),
      RUNS,
    );
  });
});
