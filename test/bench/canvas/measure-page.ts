// What the canvas benchmark measures when a page opens, the same way for the editor and the bare
// page: the time from navigation to the first interactive frame, and the JS heap after open.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { metricMs, readMetrics } from './thread-time';

/** Both pages give card nodes the React Flow type `card`, so this selector finds them in either. */
export const CARD_SELECTOR = '.react-flow__node-card';
const VIEWPORT = { width: 1400, height: 900 };

/** A page under measurement and its DevTools protocol session. */
export interface Probe {
  page: Page;
  cdp: CDPSession;
}

/**
 * A fresh page at the benchmark's viewport with a DevTools session. `cpuSlowdown` > 1 throttles the
 * page's CPU (DevTools' emulation); both pages get the same.
 */
export async function openProbe(browser: Browser, cpuSlowdown = 1): Promise<Probe> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(60_000);
  const cdp = await page.context().newCDPSession(page);
  // Thread time leaves out the time other processes on the machine take the core away; DevTools'
  // throttle works by pausing the thread, which only wall time sees.
  await cdp.send('Performance.enable', { timeDomain: cpuSlowdown > 1 ? 'timeTicks' : 'threadTicks' });
  await page.addInitScript(LONGEST_TASK);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { page, cdp };
}

// A string, not a function: tsx compiles functions with a `__name` helper that the page lacks.
// The longest main-thread task since the document began (Long Tasks API: tasks over 50 ms; 0 when
// none was that long): while it runs the page takes no input, so the canvas cannot be panned,
// zoomed or clicked while a large map loads.
const LONGEST_TASK = `(() => {
  window.__longestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;

// The first interactive frame: the first animation frame that shows card nodes on screen with the
// cards and viewport the page then keeps for 3 more frames (React Flow measures nodes, then fits the
// view, in the frames after the first render), and the time is taken in a task after that frame's
// paint, i.e. when the main thread can take input. Counting the cards in the DOM (not the map's)
// keeps this working if the canvas stops rendering off-screen cards. Frame gaps are not held
// against the page: on a shared machine they come from other processes as often as from the page.
const FIRST_INTERACTIVE_FRAME = `new Promise((resolve) => {
  const STABLE_FRAMES = 3;
  let state = '';
  let frames = 0;
  let ready = null;
  const tick = () => {
    const cards = document.querySelectorAll('${CARD_SELECTOR}');
    const visible = cards.length > 0 && cards[0].checkVisibility({ visibilityProperty: true });
    const viewport = document.querySelector('.react-flow__viewport');
    const now = visible ? cards.length + '|' + (viewport ? viewport.style.transform : '') : '';
    if (now !== state) {
      state = now;
      frames = 0;
      const mine = { ms: null, cards: cards.length };
      ready = now === '' ? null : mine;
      if (ready) setTimeout(() => { mine.ms = performance.now(); }, 0);
    } else if (ready !== null) {
      frames += 1;
      if (frames >= STABLE_FRAMES && ready.ms !== null) return resolve({ ...ready, longestTask: window.__longestTask ?? 0 });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export interface OpenSample {
  /** ms from navigation start (the page's clock) to the first interactive frame. */
  ms: number;
  /** Card nodes in the DOM at that frame. */
  cards: number;
  /** The longest main-thread task (ms) up to that frame, or 0 if none took over 50 ms. */
  longestTask: number;
}

/** Loads `url` (a fresh document: a hash change alone would not reload) and times its opening. */
export async function timeOpen(page: Page, url: string): Promise<OpenSample> {
  await page.goto(url, { waitUntil: 'commit' });
  // Evaluating before the app's script runs is fine: the loop waits for card nodes.
  return (await page.evaluate(FIRST_INTERACTIVE_FRAME)) as OpenSample;
}

/** The JS heap in use (MB) after a full garbage collection, so it counts what the page keeps. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

// The cards nearest the middle of the canvas, nearest first, so repeated clicks hit different cards.
// Boxes first (cheap), hit tests only for the nearest: a hit test can cost milliseconds in a big DOM.
const PICK_SCRIPT = (count: number) => `(() => {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return [];
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  const boxes = [];
  for (const el of document.querySelectorAll('${CARD_SELECTOR}')) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    boxes.push({ el, id: el.getAttribute('data-id'), x, y, d: (x - cx) ** 2 + (y - cy) ** 2 });
  }
  boxes.sort((a, b) => a.d - b.d);
  const hits = [];
  for (const box of boxes) {
    if (hits.length >= ${count}) break;
    // Skip cards under a panel or toolbar: the pointer must land on the card itself.
    if (document.elementFromPoint(box.x, box.y)?.closest('${CARD_SELECTOR}') !== box.el) continue;
    hits.push({ id: box.id, x: box.x, y: box.y });
  }
  return hits;
})()`;

export interface CardPoint {
  id: string;
  x: number;
  y: number;
}

/** The `count` cards nearest the middle of the canvas that the pointer can really hit. */
export async function pickCards(page: Page, count: number): Promise<CardPoint[]> {
  const points = (await page.evaluate(PICK_SCRIPT(count))) as CardPoint[];
  if (points.length === 0) throw new Error('No card node can be hit in the visible canvas.');
  return points;
}

/**
 * Mean main-thread ms of one hit test (`document.elementFromPoint`) at the given points: the browser
 * does the same for every pointer event, so its cost is part of every move, press and click.
 */
export async function hitTestMs({ page, cdp }: Probe, points: CardPoint[]): Promise<number> {
  const rounds = 10;
  const script = `(() => {
    const points = ${JSON.stringify(points.map(({ x, y }) => ({ x, y })))};
    for (let i = 0; i < ${rounds}; i += 1) for (const p of points) document.elementFromPoint(p.x, p.y);
  })()`;
  const before = await readMetrics(cdp);
  await page.evaluate(script);
  // The evaluation is itself a DevTools command: its time is the hit tests' (and a little script).
  const ms = metricMs(before, await readMetrics(cdp), 'DevToolsCommandDuration');
  return ms / (rounds * points.length);
}
