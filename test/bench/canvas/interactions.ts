// Interaction latency, from the input event to the paint of the first frame that shows its result:
// selecting a card, committing a title edit, adding a card, undo, and switching the funnel overlay
// on. The start is the input event's own timestamp (taken by the browser when the input arrives, on
// the page's clock), so the driver's round trips do not count; the end is a task after the paint of
// the first animation frame in which the DOM shows the result.
import type { Locator, Page } from 'playwright-core';
import { CARD_SELECTOR, type CardPoint } from './measure-page';

export type InteractionName = 'select' | 'title' | 'add' | 'undo' | 'funnel';
export const INTERACTIONS: InteractionName[] = ['select', 'title', 'add', 'undo', 'funnel'];

/** Where each page keeps the controls an interaction needs (the bare page has no funnel overlay). */
export interface PageUi {
  addButton(page: Page): Locator;
  /** Whatever the page does right after adding a card, untimed (the editor opens the title). */
  afterAdd(page: Page): Promise<void>;
  /** The funnel band's root (on the map while the funnel is shown), or null for a page without one. */
  funnelBand: string | null;
}

export const EDITOR_UI: PageUi = {
  addButton: (page) =>
    page
      .getByRole('complementary', { name: 'Add to map' })
      .getByRole('button', { name: 'Touchpoint', exact: true }),
  // A new card's title opens for typing; Escape keeps the default, as a user who only adds would.
  afterAdd: async (page) => {
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Card title' }).waitFor({ state: 'detached' });
  },
  // Shown by Show Funnel on Map (Ctrl/Cmd+Shift+M): the band, or its "how to add numbers" state.
  funnelBand: '[data-testid="funnel-band-empty"], .funnel-band__legend',
};

export const BARE_UI: PageUi = {
  addButton: (page) => page.getByRole('button', { name: 'Add card', exact: true }),
  afterAdd: async () => undefined,
  funnelBand: null,
};

type StartEvent = 'pointerdown' | 'click' | 'keydown';

type Check =
  | { kind: 'selected'; id: string }
  | { kind: 'text'; id: string; text: string; present: boolean }
  | { kind: 'added' }
  | { kind: 'gone'; id: string }
  | { kind: 'exists'; selector: string };

// A string, not a function: tsx compiles functions with a `__name` helper that the page lacks.
// Arms a one-shot recorder: the first `start` event after it (the event the page acts on:
// `pointerdown` for selecting, as React Flow selects a draggable node when it is pressed; `click` for
// buttons, so the driver's gap between press and release does not count; `keydown` for keys)
// is the start; each animation frame checks the DOM; once it shows the result, a task after that
// frame's paint is the end.
const arm = (check: Check, start: StartEvent): string => `(() => {
  const check = ${JSON.stringify(check)};
  const CARD = '${CARD_SELECTOR}';
  const node = (id) => document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
  let t0 = null;
  // A shortcut starts at its key, not at the modifiers a person pressed before it: Ctrl and Shift
  // go down through the driver one by one, with its round trips between them.
  const MODIFIERS = ['Control', 'Shift', 'Alt', 'Meta'];
  const onInput = (e) => { if (t0 === null && !MODIFIERS.includes(e.key)) t0 = e.timeStamp; };
  const START = '${start}';
  window.addEventListener(START, onInput, { capture: true, passive: true });
  let added = null;
  let observer = null;
  if (check.kind === 'added') {
    const known = new Set([...document.querySelectorAll(CARD)].map((el) => el.getAttribute('data-id')));
    observer = new MutationObserver((records) => {
      for (const record of records)
        for (const el of record.addedNodes)
          if (el.nodeType === 1 && el.matches(CARD) && !known.has(el.getAttribute('data-id')))
            added = el.getAttribute('data-id');
    });
    observer.observe(document.querySelector('.react-flow__nodes') || document.body, { childList: true, subtree: true });
  }
  const shown = () => {
    switch (check.kind) {
      case 'selected': return node(check.id)?.classList.contains('selected') === true;
      case 'text': { const el = node(check.id); return !!el && el.textContent.includes(check.text) === check.present; }
      case 'added': return added !== null;
      case 'gone': return node(check.id) === null;
      case 'exists': return document.querySelector(check.selector) !== null;
    }
  };
  const cleanup = () => {
    window.removeEventListener(START, onInput, { capture: true });
    observer?.disconnect();
  };
  window.__benchLatency = new Promise((resolve, reject) => {
    const timer = setTimeout(() => { cleanup(); reject(new Error('No result within 60 s: ' + check.kind)); }, 60000);
    const tick = () => {
      if (t0 !== null && shown()) {
        setTimeout(() => { clearTimeout(timer); cleanup(); resolve({ ms: performance.now() - t0, added }); }, 0);
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
})()`;

/** Arms the recorder, runs `input` (the user's action) and returns the latency and any new card id. */
async function timed(
  page: Page,
  check: Check,
  start: StartEvent,
  input: () => Promise<void>,
): Promise<{ ms: number; added: string | null }> {
  await page.evaluate(arm(check, start));
  await input();
  return (await page.evaluate('window.__benchLatency')) as { ms: number; added: string | null };
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('A control the benchmark clicks is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

// Edits go through autosave (500 ms debounce in the editor): let it finish before the next sample, so
// one interaction's save is not billed to the next. The bare page gets the same pause.
const settle = (page: Page) => page.waitForTimeout(1_000);

/** Clicks the cards one by one; their select latencies. */
export async function selectCards(page: Page, cards: CardPoint[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const card of cards) {
    const { ms } = await timed(page, { kind: 'selected', id: card.id }, 'pointerdown', () =>
      page.mouse.click(card.x, card.y),
    );
    latencies.push(ms);
    await page.waitForTimeout(200);
  }
  return latencies;
}

/** Runs one timed interaction; the profiler wraps it to profile each interaction on its own. */
export type InteractionWrapper = <T>(name: InteractionName, run: () => Promise<T>) => Promise<T>;
const unwrapped: InteractionWrapper = (_name, run) => run();

/**
 * One pass of every interaction the page has, on `cards` (picked beforehand); latencies in ms.
 * `wrap` runs around each timed interaction (and nothing else), e.g. a CPU profiler.
 */
export async function measureInteractions(
  page: Page,
  ui: PageUi,
  cards: CardPoint[],
  pass: number,
  wrap: InteractionWrapper = unwrapped,
): Promise<Map<InteractionName, number[]>> {
  const out = new Map<InteractionName, number[]>(INTERACTIONS.map((n) => [n, []]));
  out.set('select', await wrap('select', () => selectCards(page, cards)));

  const [target] = cards;
  if (!target) throw new Error('No card to edit.');
  const title = `Bench title ${pass}`;
  await page.mouse.dblclick(target.x, target.y);
  const field = page.getByRole('textbox', { name: 'Card title' });
  await field.fill(title);
  const commit = await wrap('title', () =>
    timed(page, { kind: 'text', id: target.id, text: title, present: true }, 'keydown', () =>
      field.press('Enter'),
    ),
  );
  out.get('title')?.push(commit.ms);
  await settle(page);
  const undoTitle = await wrap('undo', () =>
    timed(page, { kind: 'text', id: target.id, text: title, present: false }, 'keydown', () =>
      page.keyboard.press('Control+Z'),
    ),
  );
  out.get('undo')?.push(undoTitle.ms);
  await settle(page);

  const addAt = await centre(ui.addButton(page));
  const add = await wrap('add', () =>
    timed(page, { kind: 'added' }, 'click', () => page.mouse.click(addAt.x, addAt.y)),
  );
  out.get('add')?.push(add.ms);
  await ui.afterAdd(page);
  await settle(page);
  if (add.added) {
    const added = add.added;
    const undoAdd = await wrap('undo', () =>
      timed(page, { kind: 'gone', id: added }, 'keydown', () => page.keyboard.press('Control+Z')),
    );
    out.get('undo')?.push(undoAdd.ms);
    await settle(page);
  }

  if (ui.funnelBand) {
    const band = page.locator(ui.funnelBand).first();
    if ((await band.count()) > 0) {
      await page.keyboard.press('Control+Shift+M');
      await band.waitFor({ state: 'detached' });
    }
    const selector = ui.funnelBand;
    const on = await wrap('funnel', () =>
      timed(page, { kind: 'exists', selector }, 'keydown', () => page.keyboard.press('Control+Shift+M')),
    );
    out.get('funnel')?.push(on.ms);
    await page.keyboard.press('Control+Shift+M');
    await page.waitForTimeout(300);
  }
  return out;
}
