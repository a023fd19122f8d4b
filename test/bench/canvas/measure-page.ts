// What the canvas benchmark measures in a page, the same way for the editor and the bare page:
// time from navigation to every card node rendered, and frame times while a card is dragged.
import type { Browser, Page } from 'playwright-core';

/** Both pages give card nodes the React Flow type `card`, so this selector counts them in either. */
const CARD_SELECTOR = '.react-flow__node-card';
const VIEWPORT = { width: 1400, height: 900 };

export const openPage = async (browser: Browser): Promise<Page> => {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(180_000);
  return page;
};

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

/**
 * Grabs a card at its centre, moves the pointer in 60 steps (150 px right, 90 px down) and releases
 * it, recording the time between animation frames during the moves. Returns those frame times (ms).
 */
export async function dragFrameTimes(page: Page): Promise<number[]> {
  const start = await pickCard(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => {
    const w = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
    w.__benchFrames = [];
    w.__benchRecording = true;
    let last: number | null = null;
    const tick = (time: number): void => {
      if (last !== null) w.__benchFrames.push(time - last);
      last = time;
      if (w.__benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const steps = 60;
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(start.x + (150 * i) / steps, start.y + (90 * i) / steps);
  }
  // One more frame so the last move's render is inside the recording.
  const frames = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) =>
        requestAnimationFrame(() => {
          const w = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
          w.__benchRecording = false;
          resolve(w.__benchFrames);
        }),
      ),
  );
  await page.mouse.up();
  return frames;
}
