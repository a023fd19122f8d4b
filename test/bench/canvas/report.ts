// Prints the canvas benchmark: a table per map size, then the DESIGN.md section 5 targets as ratios.

export interface PageStats {
  /** Median ms from navigation to all card nodes rendered. */
  open: number;
  /** Percentiles (ms) of the frames that rendered a pointer move of the drag. */
  p50: number;
  p95: number;
  /** Percentiles (ms) of every frame during the drag, idle ones included (floored at 16.7 ms). */
  allP50: number;
  allP95: number;
  /** Median wall time per pointer step of a drag (ms). */
  stepMs: number;
  /** How many move frames the percentiles come from. */
  frames: number;
}

export interface SizeResult {
  cards: number;
  editor: PageStats;
  bare: PageStats;
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const x = (v: number): string => `${v.toFixed(2)}x`;
const pad = (s: string, n: number): string => s.padStart(n);

export function printReport(results: SizeResult[]): void {
  console.log('\nCanvas: editor vs bare React Flow page (same nodes, production builds, one Chromium)');
  console.log(
    `${pad('cards', 6)} | ${pad('open editor', 12)} ${pad('open bare', 11)} ${pad('ratio', 6)}` +
      ` | ${pad('move p50 e/b', 17)} ${pad('ratio', 6)} | ${pad('move p95 e/b', 17)} ${pad('ratio', 6)}` +
      ` | ${pad('step e/b', 15)} ${pad('ratio', 6)} | move frames e/b`,
  );
  for (const r of results) {
    console.log(
      `${pad(String(r.cards), 6)} | ${pad(ms(r.editor.open), 12)} ${pad(ms(r.bare.open), 11)} ${pad(x(r.editor.open / r.bare.open), 6)}` +
        ` | ${pad(`${r.editor.p50.toFixed(1)} / ${r.bare.p50.toFixed(1)}`, 17)} ${pad(x(r.editor.p50 / r.bare.p50), 6)}` +
        ` | ${pad(`${r.editor.p95.toFixed(1)} / ${r.bare.p95.toFixed(1)}`, 17)} ${pad(x(r.editor.p95 / r.bare.p95), 6)}` +
        ` | ${pad(`${r.editor.stepMs.toFixed(1)} / ${r.bare.stepMs.toFixed(1)}`, 15)} ${pad(x(r.editor.stepMs / r.bare.stepMs), 6)}` +
        ` | ${r.editor.frames} / ${r.bare.frames}`,
    );
  }
  const at = (n: number) => results.find((r) => r.cards === n);
  const k = at(1000);
  if (k) {
    console.log('');
    console.log(
      `open 1000: editor ${ms(k.editor.open)}, bare ${ms(k.bare.open)}, ratio ${x(k.editor.open / k.bare.open)} (target <= 1.5x)`,
    );
    console.log(
      `drag 1000 p50 (frames rendering a move): editor ${ms(k.editor.p50)}, bare ${ms(k.bare.p50)}, ratio ${x(k.editor.p50 / k.bare.p50)} (target <= 1.25x)`,
    );
    console.log(
      `drag 1000 p95 (frames rendering a move): editor ${ms(k.editor.p95)}, bare ${ms(k.bare.p95)}, ratio ${x(k.editor.p95 / k.bare.p95)} (target <= 1.5x)`,
    );
    console.log(
      `drag 1000 every frame incl. idle: p50 editor ${ms(k.editor.allP50)}, bare ${ms(k.bare.allP50)}, ratio ${x(k.editor.allP50 / k.bare.allP50)}; ` +
        `p95 editor ${ms(k.editor.allP95)}, bare ${ms(k.bare.allP95)}, ratio ${x(k.editor.allP95 / k.bare.allP95)}`,
    );
    console.log(
      `drag 1000 per pointer step (not a target; frame times floor at the display rate): editor ${ms(k.editor.stepMs)}, bare ${ms(k.bare.stepMs)}, ratio ${x(k.editor.stepMs / k.bare.stepMs)}`,
    );
  }
  const small = at(250);
  if (k && small) {
    // 4x the cards: linear growth means at most about 4x the cost (less where fixed costs dominate).
    const g = (a: number, b: number) => x(a / b);
    console.log(
      `growth 1000/250 (4x cards, linear <= ~4x): open editor ${g(k.editor.open, small.editor.open)}, ` +
        `bare ${g(k.bare.open, small.bare.open)}; drag p50 editor ${g(k.editor.p50, small.editor.p50)}, ` +
        `bare ${g(k.bare.p50, small.bare.p50)}; drag p95 editor ${g(k.editor.p95, small.editor.p95)}, ` +
        `bare ${g(k.bare.p95, small.bare.p95)}`,
    );
  }
  const big = at(2000);
  if (k && big) {
    console.log(
      `growth 2000/1000 (2x cards, linear <= ~2x): open editor ${x(big.editor.open / k.editor.open)}, ` +
        `drag p50 editor ${x(big.editor.p50 / k.editor.p50)}, drag p95 editor ${x(big.editor.p95 / k.editor.p95)}`,
    );
  }
}
