// Benchmark of the canvas against a bare React Flow page with the same nodes (DESIGN.md section 5,
// "Speed"): in one run, same Chromium, same 1400x900 viewport, production builds of both pages:
//   - open: navigation to every card node rendered (median of several loads);
//   - drag: frame times while a card is dragged in 60 pointer steps (p50 and p95);
// for maps of 250 to 2,000 cards. Targets at 1,000 cards: drag <= 1.25x bare (p50), <= 1.5x (p95),
// open <= 1.5x; costs grow linearly with map size. It prints ratios and asserts nothing.
//
// Headless Chromium with --disable-gpu rasterises in software on a shared 2-core machine: absolute
// numbers say little about a desktop with a GPU; read the editor/bare ratios, which share those costs.
// Run with `npm run bench` (all benchmarks) or `npx tsx test/bench/canvas.bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mapUrl, seedMapOverHttp } from '../e2e/pages/editor-page';
import { makeLargeMap } from '../helpers/map-factory';
import { buildBarePage, buildEditor } from './canvas/build-pages';
import { dragFrameTimes, openPage, timeOpen } from './canvas/measure-page';
import { printReport, type PageStats, type SizeResult } from './canvas/report';
import { serveStatic, type StaticServer } from './canvas/static-server';
import { startWebHostProcess, type RunningWebHost } from './canvas/web-host';

const SIZES = (process.env.BENCH_CANVAS_SIZES ?? '250,500,1000,2000').split(',').map(Number);
// Optional: BENCH_CANVAS_CPU_SLOWDOWN=4 throttles both pages' CPU so sub-frame work becomes visible.
const CPU_SLOWDOWN = Number(process.env.BENCH_CANVAS_CPU_SLOWDOWN ?? '1');
const OPEN_RUNS = 5;
const DRAGS = 3;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
/** Nearest-rank percentile. */
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
};

interface Target {
  name: 'editor' | 'bare';
  url: string;
}

/** Opens `target` once in a fresh page; returns the time and the page (the caller closes it). */
async function openOnce(
  browser: Browser,
  target: Target,
  cards: number,
): Promise<{ ms: number; page: Page }> {
  const page = await openPage(browser, CPU_SLOWDOWN);
  try {
    return { ms: await timeOpen(page, target.url, cards), page };
  } catch (error) {
    await page.close();
    throw error;
  }
}

async function measureSize(browser: Browser, cards: number, targets: Target[]): Promise<SizeResult> {
  const opens = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  const frames = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  const moveFrames = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  const steps = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  // One warm-up load each (disk cache, JIT), then interleaved loads so drift hits both pages alike.
  for (const target of targets) await (await openOnce(browser, target, cards)).page.close();
  const last = new Map<string, Page>();
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    for (const target of targets) {
      const { ms, page } = await openOnce(browser, target, cards);
      opens.get(target.name)?.push(ms);
      await last.get(target.name)?.close();
      last.set(target.name, page);
    }
  }
  for (let drag = 0; drag < DRAGS; drag += 1) {
    for (const target of targets) {
      const page = last.get(target.name) as Page;
      await page.bringToFront();
      const sample = await dragFrameTimes(page);
      frames.get(target.name)?.push(...sample.frames);
      moveFrames.get(target.name)?.push(...sample.moveFrames);
      steps.get(target.name)?.push(sample.stepMs);
      // Let the editor commit and autosave the drop (the bare page just idles) before the next drag.
      await page.waitForTimeout(1_000);
    }
  }
  for (const page of last.values()) await page.close();
  const stats = (name: string): PageStats => {
    const f = frames.get(name) ?? [];
    const m = moveFrames.get(name) ?? [];
    return {
      open: median(opens.get(name) ?? []),
      p50: percentile(m, 0.5),
      p95: percentile(m, 0.95),
      allP50: percentile(f, 0.5),
      allP95: percentile(f, 0.95),
      stepMs: median(steps.get(name) ?? []),
      frames: m.length,
    };
  };
  return { cards, editor: stats('editor'), bare: stats('bare') };
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-bench-canvas-'));
  let host: RunningWebHost | null = null;
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    const editorDir = path.join(tmp, 'editor');
    const bareDir = path.join(tmp, 'bare');
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    console.log('Building the editor and the bare React Flow page (production)...');
    await buildEditor(editorDir);
    await buildBarePage(bareDir);
    const maps = new Map(SIZES.map((n) => [n, makeLargeMap(n, `bench${n}`)]));
    for (const [n, map] of maps) fs.writeFileSync(path.join(bareDir, `map-${n}.json`), JSON.stringify(map));

    host = await startWebHostProcess(editorDir, dataDir);
    server = await serveStatic(bareDir);
    const ids = new Map<number, string>();
    for (const [n, map] of maps) ids.set(n, await seedMapOverHttp(host.url, map));

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const results: SizeResult[] = [];
    for (const n of SIZES) {
      console.log(`Measuring ${n} cards...`);
      results.push(
        await measureSize(browser, n, [
          { name: 'editor', url: mapUrl(host.url, ids.get(n) as string) },
          { name: 'bare', url: `${server.url}/index.html?map=map-${n}.json` },
        ]),
      );
    }
    if (CPU_SLOWDOWN > 1) console.log(`(CPU throttled ${CPU_SLOWDOWN}x in both pages)`);
    printReport(results);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await host?.stop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
