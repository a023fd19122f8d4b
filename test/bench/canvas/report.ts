// Prints the canvas benchmark: per map size, each figure for the editor and the bare page as
// min / median / max over the runs, and the editor/bare ratio of the medians. It asserts nothing.
import type { InteractionName } from './interactions';
import type { HotFunction } from './profile';
import { spread, type Spread } from './stats';

/** One page's figures from one run (a fresh load). */
export interface PageRun {
  openMs: number;
  cardsAtOpen: number;
  /** Longest main-thread task during the open (ms): no input is taken while it runs. */
  longestTaskMs: number;
  heapMb: number;
  /** Mean ms of one hit test at a card centre (the browser does one per pointer event). */
  hitTestMs: number;
  /** Main-thread ms per drag step. */
  stepP50: number;
  stepP95: number;
  /** Medians over the steps of the parts of a step. */
  scriptP50: number;
  styleP50: number;
  layoutP50: number;
  otherP50: number;
  /** Median latency (ms) of each interaction in this run; missing where the page has none. */
  latency: Partial<Record<InteractionName, number>>;
}

export interface SizeResult {
  cards: number;
  editor: PageRun[];
  bare: PageRun[];
}

export interface ProfileResult {
  cards: number;
  page: 'editor' | 'bare';
  action: string;
  hot: HotFunction[];
  /**
   * `trace`: `hot` holds main-thread trace events by self time (see trace.ts), not JS functions;
   * `total`: JS functions by total (inclusive) time, as a share of the busy time.
   */
  kind?: 'cpu' | 'trace' | 'total';
}

interface Row {
  label: string;
  value: (run: PageRun) => number | undefined;
  digits: number;
}

const ROWS: Row[] = [
  { label: 'open: first interactive frame (ms)', value: (r) => r.openMs, digits: 0 },
  { label: 'card nodes in the DOM at open', value: (r) => r.cardsAtOpen, digits: 0 },
  { label: 'open: longest main-thread task (ms)', value: (r) => r.longestTaskMs, digits: 0 },
  { label: 'JS heap after open, after GC (MB)', value: (r) => r.heapMb, digits: 1 },
  { label: 'hit test at a card (ms per point)', value: (r) => r.hitTestMs, digits: 3 },
  { label: 'drag: main thread per step p50 (ms)', value: (r) => r.stepP50, digits: 2 },
  { label: 'drag: main thread per step p95 (ms)', value: (r) => r.stepP95, digits: 2 },
  { label: '  of p50 step: script (ms)', value: (r) => r.scriptP50, digits: 2 },
  { label: '  of p50 step: style (ms)', value: (r) => r.styleP50, digits: 2 },
  { label: '  of p50 step: layout (ms)', value: (r) => r.layoutP50, digits: 2 },
  { label: '  of p50 step: paint and other (ms)', value: (r) => r.otherP50, digits: 2 },
  { label: 'select a card -> painted (ms)', value: (r) => r.latency.select, digits: 1 },
  { label: 'commit a title edit -> painted (ms)', value: (r) => r.latency.title, digits: 1 },
  { label: 'add a card -> painted (ms)', value: (r) => r.latency.add, digits: 1 },
  { label: 'undo -> painted (ms)', value: (r) => r.latency.undo, digits: 1 },
  { label: 'funnel overlay on -> painted (ms)', value: (r) => r.latency.funnel, digits: 1 },
];

const LABEL = 38;
const CELL = 24;

function cell(s: Spread, digits: number): string {
  if (!Number.isFinite(s.median)) return '-'.padStart(CELL);
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`.padStart(CELL);
}

function ratio(editor: Spread, bare: Spread): string {
  if (!Number.isFinite(editor.median) || !Number.isFinite(bare.median) || bare.median === 0) return '-';
  return `${(editor.median / bare.median).toFixed(2)}x`;
}

export function printReport(results: SizeResult[], runs: number, cpuSlowdown: number): void {
  console.log('\nCanvas: editor vs bare React Flow page (same nodes, production builds, one Chromium)');
  console.log(
    `Each figure: min / median / max over ${runs} fresh loads per page; ratio = editor median / bare median.` +
      (cpuSlowdown > 1 ? ` CPU throttled ${cpuSlowdown}x in both pages.` : ''),
  );
  console.log(
    'Drag steps: main-thread task time (DevTools Performance metrics) from a pointer move to the paint of ' +
      'its frame, not frame intervals (which floor at the display rate).',
  );
  for (const r of results) {
    console.log(`\n${r.cards} cards`);
    console.log(
      `${'figure'.padEnd(LABEL)} ${'editor min/med/max'.padStart(CELL)} ${'bare min/med/max'.padStart(CELL)}  ratio`,
    );
    for (const row of ROWS) {
      const values = (runs: PageRun[]) =>
        runs.map(row.value).filter((v): v is number => v !== undefined && Number.isFinite(v));
      const e = spread(values(r.editor));
      const b = spread(values(r.bare));
      console.log(`${row.label.padEnd(LABEL)} ${cell(e, row.digits)} ${cell(b, row.digits)}  ${ratio(e, b)}`);
    }
  }
  const growth = (a: SizeResult, b: SizeResult, name: string, value: (run: PageRun) => number) => {
    const g = (side: 'editor' | 'bare') =>
      spread(b[side].map(value)).median / spread(a[side].map(value)).median;
    return `${name} editor ${g('editor').toFixed(2)}x, bare ${g('bare').toFixed(2)}x`;
  };
  for (let i = 1; i < results.length; i += 1) {
    const a = results[i - 1] as SizeResult;
    const b = results[i] as SizeResult;
    console.log(
      `growth ${b.cards}/${a.cards} cards (${(b.cards / a.cards).toFixed(0)}x the cards; linear is at most that): ` +
        `${growth(a, b, 'open', (r) => r.openMs)}; ${growth(a, b, 'drag step p50', (r) => r.stepP50)}; ` +
        `${growth(a, b, 'select', (r) => r.latency.select ?? NaN)}`,
    );
  }
}

// DESIGN.md section 5: the editor's cost over the bare page at 1,000 cards, and at 5,000.
const TARGETS: { cards: number; label: string; value: (run: PageRun) => number | undefined; max: number }[] =
  [
    { cards: 1_000, label: 'drag step p50', value: (r) => r.stepP50, max: 1.25 },
    { cards: 1_000, label: 'drag step p95', value: (r) => r.stepP95, max: 1.5 },
    ...[1_000, 5_000].flatMap((cards) => {
      const max = cards === 1_000 ? 1.5 : 2;
      const rows = [
        { cards, label: 'open', value: (r: PageRun) => r.openMs, max },
        { cards, label: 'select', value: (r: PageRun) => r.latency.select, max },
        { cards, label: 'title edit', value: (r: PageRun) => r.latency.title, max },
        { cards, label: 'add', value: (r: PageRun) => r.latency.add, max },
        { cards, label: 'undo', value: (r: PageRun) => r.latency.undo, max },
      ];
      return cards === 5_000
        ? [
            { cards, label: 'drag step p50', value: (r: PageRun) => r.stepP50, max },
            { cards, label: 'drag step p95', value: (r: PageRun) => r.stepP95, max },
            ...rows,
          ]
        : rows;
    }),
  ];

/** The editor/bare ratios DESIGN.md bounds, beside their bounds (printed, never asserted). */
export function printTargets(results: SizeResult[]): void {
  const lines: string[] = [];
  for (const t of TARGETS) {
    const r = results.find((result) => result.cards === t.cards);
    if (!r) continue;
    const med = (runs: PageRun[]) =>
      spread(runs.map(t.value).filter((v): v is number => v !== undefined && Number.isFinite(v)));
    lines.push(`  ${t.cards} cards, ${t.label}: ${ratio(med(r.editor), med(r.bare))} (target <= ${t.max}x)`);
  }
  if (lines.length === 0) return;
  console.log('\nRatios against the DESIGN.md section 5 targets (editor median / bare median):');
  for (const line of lines) console.log(line);
}

export function printProfiles(profiles: ProfileResult[]): void {
  for (const p of profiles) {
    const heading = {
      trace: `Trace, ${p.cards} cards, ${p.page}, ${p.action}: main-thread self time by event (share of busy time)`,
      total: `CPU profile, ${p.cards} cards, ${p.page}, ${p.action} (share of the busy script time)`,
      cpu: `CPU profile, ${p.cards} cards, ${p.page}, ${p.action}: top self time (share of the sampled wall time)`,
    }[p.kind ?? 'cpu'];
    console.log(`\n${heading}`);
    for (const h of p.hot) {
      console.log(
        `  ${h.selfMs.toFixed(1).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.where}`,
      );
    }
  }
}
