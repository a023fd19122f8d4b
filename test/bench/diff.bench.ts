// Benchmark of diffMaps: shows that comparing two maps costs time linear in their size and that two
// 10,000-card maps compare well under a second. Run with `npx tsx test/bench/diff.bench.ts`.
// A benchmark, not a timed test: the numbers depend on the machine, the ratios should not.
import type { Card, JourneyMap, Lane, Stage, StageMetric } from '../../shared/domain';
import { canonicalMapDocument, changeSetFromDiff, diffMaps, type FullMapDocument } from '../../shared/diff';
import { applyDiff } from '../../shared/diff/test-apply-diff';

const SIZES = [1_000, 2_000, 5_000, 10_000, 20_000];
const RUNS = 31;
const TIME = '2026-01-01T00:00:00.000Z';

/** A map of `cards` cards over 20 stages x 8 lanes, with half as many connections and one period. */
function buildDocument(cards: number): FullMapDocument {
  const stages: Stage[] = Array.from({ length: 20 }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i}`,
    description: '',
    goal: '',
    width: 320,
  }));
  const lanes: Lane[] = Array.from({ length: 8 }, (_, i) => ({
    id: `l${i}`,
    name: `Lane ${i}`,
    kind: 'custom',
    height: 180,
  }));
  const cardRows: Card[] = Array.from({ length: cards }, (_, i) => ({
    id: `c${i}`,
    kind: 'painPoint',
    severity: 1 + (i % 3),
    stageId: `s${i % 20}`,
    laneId: `l${i % 8}`,
    order: Math.floor(i / 160),
    x: null,
    y: null,
    title: `Card ${i}`,
    text: 'Customers wait too long for the delivery date',
    tags: ['b2b', 'vip'],
  }));
  const map: JourneyMap = {
    id: 'bench',
    name: 'Benchmark',
    description: '',
    language: 'en',
    personaIds: [],
    stages,
    lanes,
    cards: cardRows,
    connections: Array.from({ length: cards / 2 }, (_, i) => ({
      id: `k${i}`,
      sourceId: `c${i}`,
      targetId: `c${i + 1}`,
      label: '',
    })),
    createdAt: TIME,
    updatedAt: TIME,
  };
  const metrics: StageMetric[] = stages.map((s, i) => ({
    periodId: 'q1',
    stageId: s.id,
    metricLabel: 'visits',
    count: 100_000 - i * 1_000,
    targetConversion: null,
    avgDaysInStage: null,
    lossReasons: '',
  }));
  return { map, periods: [], metrics };
}

/**
 * A separately built copy (no shared objects, as when two versions are read from the database) with
 * 10% of the cards edited, 5% moved, 2% removed and 2% added, and two stages swapped.
 */
function editedCopy(doc: FullMapDocument): FullMapDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as FullMapDocument;
  const n = copy.map.cards.length;
  copy.map.cards.forEach((card, i) => {
    if (i % 10 === 0) card.title = `${card.title} (edited)`;
    if (i % 20 === 1) card.stageId = `s${(i + 1) % 20}`;
  });
  const removed = new Set(copy.map.cards.filter((_, i) => i % 50 === 2).map((c) => c.id));
  copy.map.cards = copy.map.cards.filter((c) => !removed.has(c.id));
  copy.map.connections = copy.map.connections.filter(
    (k) => !removed.has(k.sourceId) && !removed.has(k.targetId),
  );
  for (let i = 0; i < n / 50; i++) {
    copy.map.cards.push({ ...(copy.map.cards[0] as Card), id: `new${i}`, title: `New ${i}` });
  }
  const [first, second] = copy.map.stages;
  if (first && second) copy.map.stages.splice(0, 2, second, first);
  return copy;
}

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// Sizes are timed in interleaved rounds, so that load from other processes on a shared machine falls
// on every size alike; the best run is the estimate least disturbed by that load (the median is shown
// too). Wall time is from performance.now().
const cases = SIZES.map((size) => {
  const a = buildDocument(size);
  const b = editedCopy(a);
  // Check the result once, so the benchmark times a correct diff.
  const diff = diffMaps(a, b);
  if (JSON.stringify(canonicalMapDocument(applyDiff(a, diff))) !== JSON.stringify(canonicalMapDocument(b))) {
    throw new Error(`applyDiff(a, diffMaps(a, b)) differs from b at ${size} cards`);
  }
  for (let i = 0; i < 10; i++) diffMaps(a, b); // warm up the JIT
  return { size, a, b, diff, times: [] as number[] };
});
for (let round = 0; round < RUNS; round++) {
  for (const c of cases) {
    const start = performance.now();
    diffMaps(c.a, c.b);
    c.times.push(performance.now() - start);
  }
}

const results = cases.map((c) => ({ cards: c.size, best: Math.min(...c.times), median: median(c.times) }));
for (const [i, c] of cases.entries()) {
  const r = results[i] as (typeof results)[number];
  const changes = changeSetFromDiff(c.diff, c.b.map);
  console.log(
    `${String(c.size).padStart(6)} cards: diffMaps best ${r.best.toFixed(2)} ms, median ${r.median.toFixed(2)} ms ` +
      `over ${RUNS} runs, ${((r.best * 1_000_000) / c.size).toFixed(0)} ns/card ` +
      `(${c.diff.cards.changed.length} changed, ${c.diff.cards.added.length} added, ${c.diff.cards.removed.length} ` +
      `removed; change set upserts ${changes.upsert?.cards?.length ?? 0} cards)`,
  );
}
const base = results[0];
if (base) {
  for (const r of results.slice(1)) {
    console.log(
      `${r.cards / 1_000}k/${base.cards / 1_000}k = ${(r.best / base.best).toFixed(1)}x time (best; median ` +
        `${(r.median / base.median).toFixed(1)}x) for ${(r.cards / base.cards).toFixed(0)}x cards`,
    );
  }
}
const tenK = results.find((r) => r.cards === 10_000);
if (tenK) {
  const verdict = tenK.median < 1_000 ? 'well under' : 'OVER';
  console.log(`two 10,000-card maps: ${tenK.median.toFixed(1)} ms (median), ${verdict} one second`);
}
