// Benchmark of saving: one edited card in a 2,000-card map should cost about what it costs in a
// 20-card map (DESIGN.md section 5), because autosave sends only the changed rows and the backend
// writes only those. It measures the whole save path the editor uses: diff of the last saved and the
// current document -> change set -> `maps.applyChanges` on a real SQLite file.
// Run with `npm run bench` (all benchmarks) or `npx tsx test/bench/save.bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../../electron/backend';
import { changeSetFromDiff, diffMaps } from '../../shared/diff';
import { updateCard } from '../../shared/document';
import type { JourneyMap } from '../../shared/domain';
import { makeLargeMap } from '../../shared/document/test-map';
import { seedMap } from '../helpers/seed-map';

const SIZES = [20, 200, 2_000];
const RUNS = 200;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;

interface Timing {
  p50: number;
  p95: number;
  writeP50: number;
}

async function measure(cards: number): Promise<Timing> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-bench-save-'));
  const library = openLibrary({ dataDir });
  try {
    const id = await seedMap(library.handlers, makeLargeMap(cards, `b${cards}`));
    let saved: JourneyMap = await library.handlers['maps.get']({ id });
    const target = saved.cards[Math.floor(saved.cards.length / 2)]!;
    const times: number[] = [];
    const writes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const edited = updateCard(saved, target.id, { title: `Edit ${run}` });
      const start = performance.now();
      const changes = changeSetFromDiff(diffMaps({ map: saved }, { map: edited }), edited);
      const diffed = performance.now();
      await library.handlers['maps.applyChanges']({ id, changes });
      const end = performance.now();
      times.push(end - start);
      writes.push(end - diffed);
      saved = edited;
    }
    return { p50: median(times), p95: p95(times), writeP50: median(writes) };
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = new Map<number, Timing>();
for (const size of SIZES) results.set(size, await measure(size));
const base = results.get(SIZES[0]!)!;
console.log('Save one edited card (diff -> change set -> applyChanges on a real SQLite file)');
for (const [size, r] of results) {
  console.log(
    `  ${String(size).padStart(6)} cards: whole save p50 ${r.p50.toFixed(3)} ms (p95 ${r.p95.toFixed(3)}), ` +
      `ratio ${(r.p50 / base.p50).toFixed(2)}x; database write p50 ${r.writeP50.toFixed(3)} ms, ` +
      `ratio ${(r.writeP50 / base.writeP50).toFixed(2)}x (target: about 1x)`,
  );
}
