// What the canvas benchmark measures in a page, the same way for the editor and the bare page:
// time from navigation to every card node rendered, and frame times while a card is dragged.
import type { Browser, Page } from 'playwright-core';

/** Both pages give card nodes the React Flow type `card`, so this selector counts them in either. */
const CARD_SELECTOR = '.react-flow__node-card';
const VIEWPORT = { width: 1400, height: 900 };

/**
 * A fresh page at the benchmark's viewport. `cpuSlowdown` > 1 throttles the page's CPU (DevTools'
 * emulation) so that frame work shows above the 16.7 ms display-rate floor; both pages get the same.
 */
export async function openPage(browser: Browser, cpuSlowdown = 1): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(180_000);
  if (cpuSlowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return page;
}

/**
 * Loads `url` in `page` (a fresh document: a hash change alone would not reload) and returns the
 * page's `performance.now()` at the first animation frame in which `cards` card nodes exist. That
 * clock starts at navigation, so the number covers network, parsing, the API call (editor) and render.
 */
export async function timeOpen(page: Page, url: string, cards: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ({ selector, n }) => (document.querySelectorAll(selector).length >= n ? performance.now() : false),
    { selector: CARD_SELECTOR, n: cards },
    { polling: 'raf', timeout: 180_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The screen centre of the card nearest the middle of the canvas that the pointer can really hit. */
async function pickCard(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((selector) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (best !== null && d >= best.d) continue;
      // Skip cards under a panel or toolbar: the drag must start on the card itself.
      if (document.elementFromPoint(x, y)?.closest(selector) !== el) continue;
      best = { x, y, d };
    }
    return best;
  }, CARD_SELECTOR);
  if (!point) throw new Error('No card node can be grabbed in the visible canvas.');
  return point;
}

// A string, not a function: tsx compiles functions with a `__name` helper that the page lacks.
// A pointer move is handled either in the frame interval it arrives in (events the driver sends are
// not always aligned to frames) or, when Chrome aligns it, in the next one; both intervals count as
// "move frames" (each once). Idle frames (the driver sends moves slower than the display rate) are
// kept apart, since they would pull the percentiles towards 16.7 ms whatever the page costs.
const FRAME_RECORDER = `(() => {
  const rec = { all: [], moves: [], on: true };
  window.__benchFrames = rec;
  let last = null;
  let moved = false;
  let carry = false;
  window.addEventListener('pointermove', () => { moved = true; }, { capture: true, passive: true });
  const tick = (time) => {
    if (last !== null) {
      rec.all.push(time - last);
      if (moved || carry) rec.moves.push(time - last);
    }
    carry = moved;
    moved = false;
    last = time;
    if (rec.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * Grabs a card at its centre, moves the pointer in 60 steps (150 px right, 90 px down) and releases
 * it, recording the time between animation frames during the moves. Frame times are capped below by
 * the display rate (16.7 ms at 60 Hz) when a frame's work fits in it, so the time per pointer step
 * is returned too: it keeps showing the cost of a move when frames do not slip.
 */
export interface DragSample {
  /** Time between animation frames during the moves (ms), idle frames included. */
  frames: number[];
  /** Only the frames that rendered a pointer move (ms). */
  moveFrames: number[];
  /** Wall time per pointer step as the driver sees it (dispatch until the page handled the move). */
  stepMs: number;
}

export async function dragFrameTimes(page: Page): Promise<DragSample> {
  const start = await pickCard(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(FRAME_RECORDER);
  const steps = 60;
  const began = performance.now();
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(start.x + (150 * i) / steps, start.y + (90 * i) / steps);
  }
  const stepMs = (performance.now() - began) / steps;
  // Two more frames, so the frame that renders the last move is closed inside the recording.
  const recorded = await page.evaluate(
    () =>
      new Promise<{ all: number[]; moves: number[] }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const w = window as unknown as { __benchFrames: { all: number[]; moves: number[]; on: boolean } };
            w.__benchFrames.on = false;
            resolve(w.__benchFrames);
          }),
        ),
      ),
  );
  await page.mouse.up();
  return { frames: recorded.all, moveFrames: recorded.moves, stepMs };
}
