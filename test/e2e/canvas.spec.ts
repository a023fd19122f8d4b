import { expect, test } from './fixtures';
import { makeLargeMap } from '../../shared/document/test-map';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';
import { LibraryPage, openNewMap } from './pages/library-page';

test('builds a small map from the palette with the mouse, and it survives a reload', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Workshop map');
  await expect(editor.saveStatus).toHaveText('Saved');
  await expect(editor.undoButton).toBeDisabled();

  // A stage dropped between Stage 1 and Stage 2 becomes the second column.
  const s1 = await editor.stageHeader('Stage 1').boundingBox();
  if (!s1) throw new Error('no stage header');
  await editor.dropPaletteItem('Stage', { x: s1.x + s1.width - 10, y: s1.y + s1.height + 40 });
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'New stage', 'Stage 2', 'Stage 3']);
  await editor.fitView();

  await editor.dropPaletteItem('Touchpoint', await editor.cellPoint('Stage 1', 'Touchpoints'));
  await expect(editor.card('Touchpoint: New touchpoint')).toBeVisible();
  await editor.dropPaletteItem('Emotion', await editor.cellPoint('Stage 2', 'Emotions'));
  await expect(editor.card('Emotion: New emotion')).toBeVisible();
  await editor.dropPaletteItem('Pain point', await editor.cellPoint('Stage 3', 'Pain points'));
  await editor.dropPaletteItem('Note', await editor.cellPoint('Stage 3', 'Pain points'));
  await editor.dropPaletteItem('Opportunity', await editor.cellPoint('New stage', 'Pain points'));
  await editor.dropPaletteItem('Persona card', await editor.cellPoint('Stage 1', 'Emotions'));
  await expect(editor.cards()).toHaveCount(6);

  // The pain point and the note share a cell without overlapping.
  const pain = await editor.card('Pain point: New pain point').boundingBox();
  const note = await editor.card('Note: New note').boundingBox();
  if (!pain || !note) throw new Error('The pain point or the note is not on screen.');
  expect(note.y).toBeGreaterThanOrEqual(pain.y + pain.height);
  expect(Math.abs(pain.x - note.x)).toBeLessThan(1);

  // Rename a card in place (double-click), then reload: everything is stored.
  await editor.card('Touchpoint: New touchpoint').dblclick();
  const field = page.getByRole('textbox', { name: 'Card title' });
  await field.fill('Pricing page');
  await field.press('Enter');
  await expect(editor.card('Touchpoint: Pricing page')).toBeVisible();
  await editor.expectSaved();
  await page.screenshot({ path: test.info().outputPath('built-map.png') });

  await page.reload();
  await editor.expectLoaded('Workshop map');
  expect(await editor.stageNames()).toEqual(['Stage 1', 'New stage', 'Stage 2', 'Stage 3']);
  await expect(editor.cards()).toHaveCount(6);
  await expect(editor.card('Touchpoint: Pricing page')).toBeVisible();
  await expect(editor.card('Persona: New persona')).toBeVisible();
});

test('moves a card to another stage by dragging, and undoes and redoes the drag and an edit', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Drag map');
  await editor.dropPaletteItem('Pain point', await editor.cellPoint('Stage 1', 'Pain points'));
  const card = editor.card('Pain point: New pain point');
  await expect(card).toBeVisible();
  const before = await card.boundingBox();
  const stage3 = await editor.stageHeader('Stage 3').boundingBox();

  // Drag into Stage 3, same lane: one edit, one undo step.
  await editor.dragCard(card, await editor.cellPoint('Stage 3', 'Pain points', 'top'));
  await expect.poll(async () => (await card.boundingBox())?.x).toBeGreaterThan(stage3?.x ?? 0);
  await expect(editor.undoButton).toBeEnabled();

  // An edit after the drag: a new title.
  await card.dblclick();
  await page.getByRole('textbox', { name: 'Card title' }).fill('Long checkout');
  await page.getByRole('textbox', { name: 'Card title' }).press('Enter');
  const renamed = editor.card('Pain point: Long checkout');
  await expect(renamed).toBeVisible();

  await editor.undoButton.click();
  await expect(card).toBeVisible();
  await editor.undoButton.click();
  await expect.poll(async () => (await card.boundingBox())?.x).toBeCloseTo(before?.x ?? 0, 0);
  await editor.redoButton.click();
  await expect.poll(async () => (await card.boundingBox())?.x).toBeGreaterThan(stage3?.x ?? 0);
  // Ctrl+Shift+Z redoes the title too; Ctrl+Z undoes it again; Ctrl+Y redoes.
  await page.keyboard.press('Control+Shift+Z');
  await expect(renamed).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(card).toBeVisible();
  await page.keyboard.press('Control+Y');
  await expect(renamed).toBeVisible();
  await expect(editor.redoButton).toBeDisabled();

  // A drop on a header snaps back and records nothing.
  const atRest = await renamed.boundingBox();
  await editor.dragCard(renamed, { x: (stage3?.x ?? 0) + 40, y: (stage3?.y ?? 0) + 10 });
  await expect.poll(async () => (await renamed.boundingBox())?.y).toBeCloseTo(atRest?.y ?? 0, 0);

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Drag map');
  const reloaded = await editor.card('Pain point: Long checkout').boundingBox();
  const stage3After = await editor.stageHeader('Stage 3').boundingBox();
  if (!reloaded || !stage3After) throw new Error('The card or Stage 3 is not on screen after the reload.');
  expect(reloaded.x).toBeGreaterThan(stage3After.x);
});

test('connects two cards, labels the connection and deletes it', async ({ page, appUrl }) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Connections');
  await editor.dropPaletteItem('Touchpoint', await editor.cellPoint('Stage 1', 'Touchpoints'));
  await editor.dropPaletteItem('Pain point', await editor.cellPoint('Stage 2', 'Pain points'));
  const touchpoint = editor.card('Touchpoint: New touchpoint');
  const pain = editor.card('Pain point: New pain point');

  // Drag from the touchpoint's right handle to the pain point's left handle. A card draws its
  // handles while the pointer is on it, as it is when a connection is dropped there.
  await pain.hover();
  const target = await pain.locator('.react-flow__handle-left').boundingBox();
  await touchpoint.hover();
  const source = await touchpoint.locator('.react-flow__handle-right').boundingBox();
  if (!source || !target) throw new Error('no handles');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x - 20, target.y, { steps: 6 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 4 });
  await page.mouse.up();

  const edge = editor.canvas.getByRole('group', {
    name: 'Connection from New touchpoint to New pain point',
  });
  await expect(edge).toHaveCount(1);

  // Click the connection to select it, then double-click it to type a label.
  const middle = await edge.locator('.react-flow__edge-interaction').boundingBox();
  if (!middle) throw new Error('no connection drawn');
  await page.mouse.click(middle.x + middle.width / 2, middle.y + middle.height / 2);
  await expect(edge).toHaveClass(/selected/);
  await page.mouse.dblclick(middle.x + middle.width / 2, middle.y + middle.height / 2);
  const label = page.getByRole('textbox', { name: 'Connection label' });
  await label.fill('causes');
  await label.press('Enter');
  await expect(editor.canvas.locator('.edge-label')).toHaveText('causes');
  // From the keyboard: Escape clears the selection (and leaves the connection), Enter on the focused
  // connection selects it, Enter again edits the label.
  await edge.focus();
  await page.keyboard.press('Escape');
  await expect(edge).not.toHaveClass(/selected/);
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(edge).toHaveClass(/selected/);
  await page.keyboard.press('Enter');
  await expect(label).toBeFocused();
  await page.keyboard.type('causes delay');
  await page.keyboard.press('Enter');
  await expect(editor.canvas.locator('.edge-label')).toHaveText('causes delay');
  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Connections');
  await expect(editor.canvas.locator('.edge-label')).toHaveText('causes delay');

  // Select the connection from the keyboard and delete it; undo brings it back.
  await edge.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(edge).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(edge).toHaveCount(1);
  await edge.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await expect(edge).toHaveCount(0);
  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Connections');
  await expect(editor.cards()).toHaveCount(2);
  await expect(edge).toHaveCount(0);
});

test('the emotion curve follows emotion scores and leaves a gap where a stage has none', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Feelings');
  await editor.dropPaletteItem('Emotion', await editor.cellPoint('Stage 1', 'Emotions'));
  await editor.dropPaletteItem('Emotion', await editor.cellPoint('Stage 2', 'Emotions'));
  // The new card's title is open for typing; Escape keeps the default and focuses the card.
  await page.keyboard.press('Escape');
  await expect(editor.cards()).toHaveCount(2);
  const [first] = await editor.curvePaths();
  expect(first).toMatch(/^M[\d.]+ [\d.]+ ?C/);

  // The second emotion card gets +2 with the keyboard: the curve moves.
  await editor.card('Emotion: New emotion').nth(1).click();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(async () => (await editor.curvePaths())[0]).not.toBe(first);
  const raised = (await editor.curvePaths())[0] ?? '';
  // SVG y grows downwards: a happier stage 2 ends higher than stage 1.
  const ys = [...raised.matchAll(/([\d.]+) ([\d.]+)/g)].map((m) => Number(m[2]));
  expect(ys[ys.length - 1]).toBeLessThan(ys[0] ?? 0);
  await expect(
    editor.canvas.getByRole('img', {
      name: /Emotion curve: Stage 1: Neutral \(0\); Stage 2: Very positive \(\+2\)/,
    }),
  ).toBeAttached();

  // An emotion in Stage 3 only: Stage 2 has one, so one segment; remove Stage 2's and there is a gap.
  await editor.dropPaletteItem('Emotion', await editor.cellPoint('Stage 3', 'Emotions'));
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await editor.curvePaths()).length).toBe(1);
  await editor.card('Emotion: New emotion').nth(1).click();
  await page.keyboard.press('Delete');
  await expect(editor.cards()).toHaveCount(2);
  await expect.poll(async () => (await editor.curvePaths()).length).toBe(2);
  await expect(editor.canvas.getByTestId('emotion-curve-point')).toHaveCount(2);
});

test('box-selects cards with Shift+drag and drags them together to another cell in one undo step', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Group drag');
  await editor.paletteItem('Touchpoint').click();
  await page.keyboard.press('Enter');
  await editor.paletteItem('Note').click();
  // Enter keeps the default title (the new card's title field takes the keys until then).
  await page.keyboard.press('Enter');
  await expect(editor.cards()).toHaveCount(2);

  // Shift+drag a box around the first cell: both cards are selected.
  const stage1 = await editor.stageHeader('Stage 1').boundingBox();
  const lane1 = await editor.laneHeader('Touchpoints').boundingBox();
  if (!stage1 || !lane1) throw new Error('no headers');
  await page.keyboard.down('Shift');
  await page.mouse.move(stage1.x + 3, lane1.y + 3);
  await page.mouse.down();
  await page.mouse.move(stage1.x + stage1.width / 2, lane1.y + lane1.height / 2, { steps: 4 });
  await page.mouse.move(stage1.x + stage1.width - 3, lane1.y + lane1.height - 3, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(editor.canvas.locator('.react-flow__node-card.selected')).toHaveCount(2);

  // Drag one of them: both go to Stage 3 x Pain points, in their order.
  await editor.dragCard(
    editor.card('Note: New note'),
    await editor.cellPoint('Stage 3', 'Pain points', 'top'),
  );
  const stage3 = await editor.stageHeader('Stage 3').boundingBox();
  const lane3 = await editor.laneHeader('Pain points').boundingBox();
  for (const name of ['Touchpoint: New touchpoint', 'Note: New note']) {
    await expect
      .poll(async () => (await editor.card(name).boundingBox())?.x ?? 0)
      .toBeGreaterThan(stage3?.x ?? 0);
    expect((await editor.card(name).boundingBox())?.y ?? 0).toBeGreaterThan(lane3?.y ?? 0);
  }
  const touchY = (await editor.card('Touchpoint: New touchpoint').boundingBox())?.y ?? 0;
  expect((await editor.card('Note: New note').boundingBox())?.y ?? 0).toBeGreaterThan(touchY);

  // One undo puts both back.
  await editor.undoButton.click();
  for (const name of ['Touchpoint: New touchpoint', 'Note: New note']) {
    await expect
      .poll(async () => (await editor.card(name).boundingBox())?.x ?? 0)
      .toBeLessThan(stage1.x + stage1.width);
  }
});

test('a new card opens its title for typing: palette button and drop, Enter commits, Escape keeps', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Typing map');
  const titleField = page.getByRole('textbox', { name: 'Card title' });

  // Palette button: the title field has the focus with the default selected, so typing replaces it.
  await editor.paletteItem('Touchpoint').click();
  await expect(titleField).toBeFocused();
  await expect(titleField).toHaveValue('New touchpoint');
  expect(await titleField.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
    0,
    'New touchpoint'.length,
  ]);
  await page.keyboard.type('Call the customer');
  await page.keyboard.press('Enter');
  await expect(editor.card('Touchpoint: Call the customer')).toBeFocused();

  // Drop from the palette: the same.
  await editor.dropPaletteItem('Pain point', await editor.cellPoint('Stage 2', 'Pain points'));
  await expect(titleField).toBeFocused();
  await page.keyboard.type('Nobody answers');
  await page.keyboard.press('Enter');
  await expect(editor.card('Pain point: Nobody answers')).toBeVisible();

  // Escape keeps the default title.
  await editor.paletteItem('Note').click();
  await page.keyboard.type('Thrown away');
  await page.keyboard.press('Escape');
  await expect(titleField).toHaveCount(0);
  await expect(editor.card('Note: New note')).toBeFocused();

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Typing map');
  await expect(editor.card('Touchpoint: Call the customer')).toBeVisible();
  await expect(editor.card('Pain point: Nobody answers')).toBeVisible();
  await expect(editor.card('Note: New note')).toBeVisible();
  await expect(editor.cards()).toHaveCount(3);
});

test('a palette card goes right after the selected card of its cell, where the user is looking', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Insert map');
  for (const title of ['First', 'Second', 'Third']) {
    await editor.paletteItem('Touchpoint').click();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  const top = async (title: string) => (await editor.card(`Touchpoint: ${title}`).boundingBox())?.y ?? NaN;
  expect(await top('First')).toBeLessThan(await top('Second'));
  expect(await top('Second')).toBeLessThan(await top('Third'));

  // Select the first card, then add: the new one sits under it, not at the end of the cell.
  await editor.card('Touchpoint: First').click();
  await editor.paletteItem('Touchpoint').click();
  await page.keyboard.type('Between');
  await page.keyboard.press('Enter');
  await expect(editor.card('Touchpoint: Between')).toBeFocused();
  expect(await top('First')).toBeLessThan(await top('Between'));
  expect(await top('Between')).toBeLessThan(await top('Second'));

  // One undo takes it away; the others keep their order.
  await page.keyboard.press('Control+Z');
  await expect(editor.card('Touchpoint: Between')).toHaveCount(0);
  expect(await top('First')).toBeLessThan(await top('Second'));
});

test('a card draws its handles only while it is hovered or selected (no store subscriptions on the others)', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Hidden handles');
  await editor.dropPaletteItem('Touchpoint', await editor.cellPoint('Stage 1', 'Touchpoints'));
  await editor.dropPaletteItem('Note', await editor.cellPoint('Stage 2', 'Touchpoints'));
  const card = editor.card('Touchpoint: New touchpoint');
  // Hidden placeholders (no store subscription) keep the places React Flow measures.
  const handles = card.locator('.react-flow__handle:not(.card-node__handle--idle)');
  const look = () =>
    card.locator('.react-flow__handle-right').evaluate((el) => {
      const style = getComputedStyle(el);
      return { visibility: style.visibility, opacity: style.opacity };
    });
  // Select the other card, move the pointer off both: this card is neither hovered nor selected.
  await editor.card('Note: New note').click();
  await page.mouse.move(2, 2);
  await expect(handles).toHaveCount(0);
  await card.hover();
  await expect(handles).toHaveCount(2);
  // An opacity below 1 would give each handle its own compositing effect.
  await expect.poll(look).toEqual({ visibility: 'visible', opacity: '1' });
  await card.click();
  await page.mouse.move(2, 2);
  await expect(handles).toHaveCount(2);
  await expect.poll(look).toEqual({ visibility: 'visible', opacity: '1' });
});

test('a card clips what it draws (cheap pointer hit tests) and its handles lie inside it, all of them under the pointer', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  await library.createMap('Blank map', 'Handles');
  await editor.expectLoaded('Handles');
  await editor.dropPaletteItem('Touchpoint', await editor.cellPoint('Stage 1', 'Touchpoints'));
  const card = editor.card('Touchpoint: New touchpoint');
  // Unclipped, the browser walks every card's handles on every pointer event.
  expect(await card.evaluate((el) => getComputedStyle(el).overflow)).toBe('clip');

  await card.hover();
  const cardBox = await card.boundingBox();
  const handle = card.locator('.react-flow__handle-right');
  const box = await handle.boundingBox();
  if (!cardBox || !box) throw new Error('no card or handle drawn');
  // The whole handle lies inside the card's clipped box, so its outer edge still takes the pointer.
  const outerEdge = { x: box.x + box.width - 1, y: box.y + box.height / 2 };
  expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width + 0.5);
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__handle-right') ?? false,
    outerEdge,
  );
  expect(hit).toBe(true);
});

test('dragging a card does not search the canvas for the edge-label layer or the viewport layer on every step', async ({
  page,
  appUrl,
}) => {
  // React Flow's EdgeLabelRenderer and ViewportPortal ran these searches per labelled connection
  // and per overlay (emotion curve, funnel band) on every store update.
  await page.addInitScript(() => {
    const counted = window as unknown as { layerSearches: { label: number; viewport: number } };
    counted.layerSearches = { label: 0, viewport: 0 };
    const original = Element.prototype.querySelector;
    Element.prototype.querySelector = function (this: Element, selectors: string) {
      if (selectors.includes('edgelabel-renderer')) counted.layerSearches.label += 1;
      if (selectors.includes('viewport-portal')) counted.layerSearches.viewport += 1;
      return original.call(this, selectors);
    } as typeof Element.prototype.querySelector;
  });
  const id = await seedMapOverHttp(appUrl, makeLargeMap(100, 'labels'));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Large map (100 cards)');
  await expect(editor.canvas.locator('.edge-label')).toHaveCount(10);
  await expect(editor.canvas.locator('.emotion-curve')).toBeVisible();
  const searches = () =>
    page.evaluate(
      () => (window as unknown as { layerSearches: { label: number; viewport: number } }).layerSearches,
    );
  const before = await searches();

  const box = await editor.cards().first().boundingBox();
  if (!box) throw new Error('no card drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 12 });
  await page.mouse.up();
  const after = await searches();
  // Ten labels: once each at most (a remount), never once per label per drag step; the same for
  // the overlays in the viewport (12 steps, each a store update or more).
  expect(after.label - before.label).toBeLessThan(10);
  expect(after.viewport - before.viewport).toBeLessThan(4);
});

test('a map of thousands of cards draws only the cards on screen, brings a card added off screen into view, and zooming out draws more', async ({
  page,
  appUrl,
}) => {
  // 2,500 cards to seed, open and save: more than the default time on a shared machine.
  test.slow();
  const id = await seedMapOverHttp(appUrl, makeLargeMap(2_500, 'visible'));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  // Not expectLoaded: so tall a map, fitted at the least zoom, has its stage headers off screen.
  await expect(editor.title).toHaveText('Large map (2500 cards)');
  await expect(editor.cards().first()).toBeVisible();
  // Zoomed in from the fit, the screen holds a part of the map: only that part is in the DOM.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 6; i += 1) await zoomIn.click();
  await expect.poll(() => editor.cards().count()).toBeLessThan(1_000);
  // A card added off screen (no cell selected: a free spot past the grid) is brought on screen to
  // type its title: no node, no title field.
  await editor.paletteItem('Touchpoint').click();
  const titleField = page.getByRole('textbox', { name: 'Card title' });
  await expect(titleField).toBeVisible();
  await page.keyboard.type('Far away');
  await page.keyboard.press('Enter');
  await expect(editor.card('Touchpoint: Far away')).toBeFocused();
  const zoomedIn = await editor.cards().count();
  // Zoomed back out, more of the map is on screen, and so in the DOM.
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 6; i += 1) await zoomOut.click();
  await expect.poll(() => editor.cards().count()).toBeGreaterThan(zoomedIn);
});

test('a map of thousands of cards shows its grid first and its cards over several frames, so the canvas takes input while they come in', async ({
  page,
  appUrl,
}) => {
  test.slow();
  // Each animation frame, from the document's start: is the grid drawn, and how many cards.
  await page.addInitScript(`(() => {
    window.__frames = [];
    const tick = () => {
      window.__frames.push({
        grid: document.querySelector('.react-flow__node-cellGrid') !== null,
        cards: document.querySelectorAll('.react-flow__node-card').length,
      });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const id = await seedMapOverHttp(appUrl, makeLargeMap(3_000, 'reveal'));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await expect(editor.title).toHaveText('Large map (3000 cards)');
  await expect(editor.cards().first()).toBeVisible();
  // Settled: the same number of cards for a while.
  let settled = -1;
  await expect
    .poll(async () => {
      const now = await editor.cards().count();
      const same = now === settled;
      settled = now;
      return same;
    })
    .toBe(true);
  const frames = (await page.evaluate('window.__frames')) as { grid: boolean; cards: number }[];
  const withGrid = frames.filter((f) => f.grid);
  // The first frame with the grid has no card yet; the cards then only grow, over several frames
  // in which the page was free to take input, to all the cards on screen.
  expect(withGrid[0]?.cards).toBe(0);
  const counts = withGrid.map((f) => f.cards);
  expect(counts.every((n, i) => i === 0 || n >= (counts[i - 1] ?? 0))).toBe(true);
  const last = counts[counts.length - 1] ?? 0;
  expect(last).toBeGreaterThan(0);
  expect(counts.indexOf(last)).toBeGreaterThanOrEqual(3);
  expect(new Set(counts).size).toBeGreaterThanOrEqual(3);
});
