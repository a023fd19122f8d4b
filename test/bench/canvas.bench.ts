// Benchmark of the canvas against a bare React Flow page with the same nodes (DESIGN.md section 5,
// "Speed"). In one run, same Chromium, same 1400x900 viewport, production builds of both pages, for
// each map size and each of several fresh loads per page:
//   - open: navigation to the first interactive frame, the longest main-thread task until then (no
//     input is taken while it runs), and the JS heap after open;
//   - interactions: input event to the paint that shows the result, for selecting a card, committing
//     a title edit, adding a card, undo and switching the funnel overlay on (editor only);
//   - drag: main-thread time per pointer step (DevTools Performance metrics: script, style, layout,
//     the rest), p50 and p95 — work done, not frame intervals, which floor at the display rate.
// Every figure is printed as min / median / max over the loads, with the editor/bare ratio of the
// medians. It prints and asserts nothing. Optionally a CPU profile of a drag and of click-selects.
//
// Headless Chromium with --disable-gpu rasterises in software on a shared machine: absolute numbers
// say little about a desktop with a GPU; read the editor/bare ratios, which share those costs.
// Run with `npm run bench` (all benchmarks) or `npx tsx test/bench/canvas.bench.ts [options]`:
//   --sizes 100,1000,5000   map sizes in cards (BENCH_CANVAS_SIZES)
//   --runs 3                fresh loads per page and size (BENCH_CANVAS_RUNS)
//   --throttle 4            DevTools CPU throttling of both pages (BENCH_CANVAS_CPU_SLOWDOWN)
//   --profile 1000          sizes to CPU-profile; builds unminified to keep names (BENCH_CANVAS_PROFILE)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { mapUrl, seedMapOverHttp } from '../e2e/pages/editor-page';
import { makeLargeMap } from '../../shared/document/test-map';
import { buildBarePage, buildEditor } from './canvas/build-pages';
import { dragWork } from './canvas/drag-work';
import {
  BARE_UI,
  EDITOR_UI,
  INTERACTIONS,
  measureInteractions,
  selectCards,
  type InteractionWrapper,
  type PageUi,
} from './canvas/interactions';
import { type CardPoint, heapMb, hitTestMs, openProbe, pickCards, timeOpen } from './canvas/measure-page';
import { readOptions, type CanvasBenchOptions } from './canvas/options';
import { inclusiveFunctions, profileAction, profileRaw } from './canvas/profile';
import { traceAction } from './canvas/trace';
import {
  printProfiles,
  printReport,
  printTargets,
  type PageRun,
  type ProfileResult,
  type SizeResult,
} from './canvas/report';
import { median, percentile } from './canvas/stats';
import { serveStatic, type StaticServer } from './canvas/static-server';
import { startWebHostProcess, type RunningWebHost } from './canvas/web-host';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Target {
  name: 'editor' | 'bare';
  url: string;
  ui: PageUi;
}

/**
 * The JS heap after a fresh load of `target` has opened, in a page of its own: the full garbage
 * collection that reading it takes also flushes compiled code, and in the measured page it made the
 * next interaction (a title commit at 1,000 cards: 40 -> 86 ms) pay for recompiling.
 */
async function heapAfterOpen(browser: Browser, target: Target, options: CanvasBenchOptions): Promise<number> {
  const probe = await openProbe(browser, options.cpuSlowdown);
  try {
    await timeOpen(probe.page, target.url);
    return await heapMb(probe.cdp);
  } finally {
    await probe.page.close();
  }
}

/** One fresh load of `target` (after one for the heap): open, every interaction, then a drag. */
async function measureRun(
  browser: Browser,
  target: Target,
  options: CanvasBenchOptions,
  run: number,
): Promise<PageRun> {
  const heap = await heapAfterOpen(browser, target, options);
  const probe = await openProbe(browser, options.cpuSlowdown);
  try {
    const open = await timeOpen(probe.page, target.url);
    const cards = await pickCards(probe.page, 3);
    const hitTest = await hitTestMs(probe, cards);
    const latencies = await measureInteractions(probe.page, target.ui, cards, run);
    const steps = await dragWork(probe, (await pickCards(probe.page, 1))[0] as CardPoint);
    // Let the editor commit and autosave the drop before the page closes.
    await probe.page.waitForTimeout(1_000);
    const latency: PageRun['latency'] = {};
    for (const name of INTERACTIONS) {
      const values = latencies.get(name) ?? [];
      if (values.length > 0) latency[name] = median(values);
    }
    return {
      openMs: open.ms,
      cardsAtOpen: open.cards,
      longestTaskMs: open.longestTask,
      heapMb: heap,
      hitTestMs: hitTest,
      stepP50: percentile(
        steps.map((s) => s.total),
        0.5,
      ),
      stepP95: percentile(
        steps.map((s) => s.total),
        0.95,
      ),
      scriptP50: median(steps.map((s) => s.script)),
      styleP50: median(steps.map((s) => s.style)),
      layoutP50: median(steps.map((s) => s.layout)),
      otherP50: median(steps.map((s) => s.other)),
      latency,
    };
  } finally {
    await probe.page.close();
  }
}

async function measureSize(
  browser: Browser,
  cards: number,
  targets: Target[],
  options: CanvasBenchOptions,
): Promise<SizeResult> {
  // One warm-up load each (disk cache, JIT), then interleaved loads so drift hits both pages alike.
  for (const target of targets) {
    const probe = await openProbe(browser, options.cpuSlowdown);
    await timeOpen(probe.page, target.url);
    await probe.page.close();
  }
  const runs = new Map<string, PageRun[]>(targets.map((t) => [t.name, []]));
  for (let run = 0; run < options.runs; run += 1) {
    for (const target of targets) {
      const began = performance.now();
      const result = await measureRun(browser, target, options, run);
      runs.get(target.name)?.push(result);
      // Progress, so a slow machine shows it is still working (and what one load took).
      console.log(
        `  ${target.name} load ${run + 1}: open ${result.openMs.toFixed(0)} ms, drag step p50 ` +
          `${result.stepP50.toFixed(1)} ms, select ${result.latency.select?.toFixed(0) ?? '-'} ms ` +
          `(${((performance.now() - began) / 1_000).toFixed(0)} s)`,
      );
    }
  }
  return { cards, editor: runs.get('editor') ?? [], bare: runs.get('bare') ?? [] };
}

/** CPU profiles and traces of a drag and of three click-selects in a fresh load of each page. */
async function profileSize(
  browser: Browser,
  cards: number,
  targets: Target[],
  options: CanvasBenchOptions,
): Promise<ProfileResult[]> {
  const out: ProfileResult[] = [];
  for (const target of targets) {
    const probe = await openProbe(browser, options.cpuSlowdown);
    try {
      await timeOpen(probe.page, target.url);
      // Cards picked before the profiler starts: picking hit-tests, which is not the action's cost.
      const [start] = await pickCards(probe.page, 1);
      const drag = await profileAction(
        probe.cdp,
        async () => void (await dragWork(probe, start as CardPoint)),
      );
      out.push({ cards, page: target.name, action: 'drag (60 pointer steps)', hot: drag });
      await probe.page.waitForTimeout(1_000);
      const points = await pickCards(probe.page, 3);
      const select = await profileAction(probe.cdp, async () => void (await selectCards(probe.page, points)));
      out.push({ cards, page: target.name, action: 'click-select (3 cards)', hot: select });
      // The CPU profile sees only JavaScript; traces of another drag and other selects split the
      // rest (paint, style, compositing) by rendering step.
      const traced = async (action: string, run: () => Promise<void>): Promise<void> => {
        await probe.page.waitForTimeout(1_000);
        const slices = await traceAction(probe.cdp, run);
        const busy = slices.reduce((sum, s) => sum + s.selfMs, 0);
        const hot = slices
          .slice(0, 14)
          .map((s) => ({ where: `${s.name} (x${s.count})`, selfMs: s.selfMs, share: s.selfMs / busy }));
        out.push({ cards, page: target.name, action, hot, kind: 'trace' });
      };
      const [again] = await pickCards(probe.page, 1);
      await traced('drag (60 pointer steps)', async () => void (await dragWork(probe, again as CardPoint)));
      const others = await pickCards(probe.page, 3);
      await traced('click-select (3 cards)', async () => void (await selectCards(probe.page, others)));
      // Each interaction under the profiler on its own, by total time per function: which component
      // or store function the click or key spends its script time in.
      await probe.page.waitForTimeout(1_000);
      const wrap: InteractionWrapper = async (name, run) => {
        let result: Awaited<ReturnType<typeof run>> | undefined;
        const profile = await profileRaw(probe.cdp, async () => {
          result = await run();
        });
        const hot = inclusiveFunctions(profile, 24, /./);
        out.push({ cards, page: target.name, action: `${name}: total time by function`, hot, kind: 'total' });
        return result as Awaited<ReturnType<typeof run>>;
      };
      await measureInteractions(probe.page, target.ui, await pickCards(probe.page, 1), 99, wrap);
    } finally {
      await probe.page.close();
    }
  }
  return out;
}

async function main(): Promise<void> {
  const options = readOptions();
  const allSizes = [...new Set([...(options.runs > 0 ? options.sizes : []), ...options.profileSizes])].sort(
    (a, b) => a - b,
  );
  const minify = options.profileSizes.length === 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-bench-canvas-'));
  let host: RunningWebHost | null = null;
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    const editorDir = path.join(tmp, 'editor');
    const bareDir = path.join(tmp, 'bare');
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    console.log(
      `Building the editor and the bare React Flow page (production${minify ? '' : ', not minified'})...`,
    );
    await buildEditor(editorDir, { minify });
    await buildBarePage(bareDir, { minify });
    const maps = new Map(allSizes.map((n) => [n, makeLargeMap(n, `bench${n}`)]));
    for (const [n, map] of maps) fs.writeFileSync(path.join(bareDir, `map-${n}.json`), JSON.stringify(map));

    host = await startWebHostProcess(editorDir, dataDir);
    server = await serveStatic(bareDir);
    const ids = new Map<number, string>();
    for (const [n, map] of maps) ids.set(n, await seedMapOverHttp(host.url, map));
    const targetsFor = (n: number): Target[] => [
      { name: 'editor', url: mapUrl((host as RunningWebHost).url, ids.get(n) as string), ui: EDITOR_UI },
      { name: 'bare', url: `${(server as StaticServer).url}/index.html?map=map-${n}.json`, ui: BARE_UI },
    ];

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const results: SizeResult[] = [];
    for (const n of options.runs > 0 ? options.sizes : []) {
      console.log(`Measuring ${n} cards (${options.runs} loads per page)...`);
      results.push(await measureSize(browser, n, targetsFor(n), options));
    }
    const profiles: ProfileResult[] = [];
    for (const n of options.profileSizes) {
      console.log(`Profiling ${n} cards...`);
      profiles.push(...(await profileSize(browser, n, targetsFor(n), options)));
    }
    if (results.length > 0) {
      printReport(results, options.runs, options.cpuSlowdown);
      printTargets(results);
    }
    printProfiles(profiles);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await host?.stop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
