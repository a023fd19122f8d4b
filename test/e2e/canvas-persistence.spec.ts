import AxeBuilder from '@axe-core/playwright';
import { makeLargeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';
import { LibraryPage, openNewMap } from './pages/library-page';

test('a title with HTML stays text, and everything survives a host restart', async ({
  page,
  appUrl,
  restartHost,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await library.goto(appUrl);
  await library.createAndOpen('Blank map', 'Safe map');
  await editor.dropPaletteItem('Note', await editor.cellPoint('Stage 1', 'Touchpoints'));
  const hostile = '<img src=x onerror=alert(1)>';
  await editor.card('Note: New note').dblclick();
  await page.getByRole('textbox', { name: 'Card title' }).fill(hostile);
  await page.keyboard.press('Enter');
  const card = editor.card(`Note: ${hostile}`);
  await expect(card).toBeVisible();
  await expect(card.locator('.card-node__title')).toHaveText(hostile);
  await expect(editor.canvas.locator('img')).toHaveCount(0);

  // Some more state: an emotion at +2, a connection, a free card outside the grid.
  await editor.dropPaletteItem('Emotion', await editor.cellPoint('Stage 2', 'Emotions'));
  // The new card's title is open for typing; Escape keeps it and gives the keys back to the card.
  await page.keyboard.press('Escape');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  // Zoom out so there is room below the grid, then drop the emotion there: it becomes a free card.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  const grid = await editor.canvas.locator('.react-flow__node-cellGrid').boundingBox();
  if (!grid) throw new Error('no grid');
  await editor.dragCard(editor.card('Emotion: New emotion'), {
    x: grid.x + 120,
    y: grid.y + grid.height + 60,
  });
  await expect(editor.cards()).toHaveCount(2);
  const freeBox = await editor.card('Emotion: New emotion').boundingBox();
  if (!freeBox) throw new Error('The free card is not on screen.');
  expect(freeBox.y).toBeGreaterThan(grid.y + grid.height);
  await editor.expectSaved();

  const url = page.url();
  const restarted = await restartHost();
  await page.goto(mapUrl(restarted, url.split('/#/map/')[1] ?? ''));
  await editor.expectLoaded('Safe map');
  await expect(editor.card(`Note: ${hostile}`).locator('.card-node__title')).toHaveText(hostile);
  await expect(editor.card('Emotion: New emotion').locator('.card-node__score')).toHaveText('+2');
  const freeAfter = await editor.card('Emotion: New emotion').boundingBox();
  const gridAfter = await editor.canvas.locator('.react-flow__node-cellGrid').boundingBox();
  if (!freeAfter || !gridAfter)
    throw new Error('The free card or the grid is not on screen after the restart.');
  expect(freeAfter.y).toBeGreaterThan(gridAfter.y + gridAfter.height);
  await expect(editor.canvas.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a 1,000-card map opens, a card drags to another cell, and the move survives a reload', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(120_000);
  const id = await seedMapOverHttp(appUrl, makeLargeMap(1000));
  const editor = new EditorPage(page);
  const started = Date.now();
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Large map (1000 cards)');
  await expect(editor.cards()).toHaveCount(1000);
  const openMs = Date.now() - started;
  test.info().annotations.push({ type: 'open-ms', description: String(openMs) });

  // Zoom in (around the middle of the view) until cards are big enough to grab, then take the card
  // in the middle of the canvas and drag it into the next stage.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 10; i += 1) await zoomIn.click();
  const view = await editor.canvas.boundingBox();
  if (!view) throw new Error('no canvas');
  const name = await page.evaluate(
    ([x, y]) =>
      document
        .elementFromPoint(x ?? 0, y ?? 0)
        ?.closest('.react-flow__node-card')
        ?.getAttribute('aria-label'),
    [view.x + view.width / 2, view.y + view.height / 2],
  );
  const match = /Card (big-c(\d+)-\d+-\d+)$/.exec(name ?? '');
  if (!name || !match) throw new Error(`No card in the middle of the view (${String(name)}).`);
  const stageIndex = Number(match[2]);
  const card = editor.card(name);
  const from = await card.boundingBox();
  const next = await editor.stageHeader(`Stage ${stageIndex + 2}`).boundingBox();
  if (!from || !next) throw new Error('card or stage not found');
  expect(from.height).toBeGreaterThan(30);
  await editor.dragCard(card, { x: next.x + next.width / 2, y: from.y + from.height / 2 });
  await expect.poll(async () => (await card.boundingBox())?.x ?? 0).toBeGreaterThan(next.x);
  await expect(editor.undoButton).toBeEnabled();
  await editor.expectSaved();

  await page.reload();
  await expect(editor.cards()).toHaveCount(1000);
  const after = await editor.card(name).boundingBox();
  const nextAfter = await editor.stageHeader(`Stage ${stageIndex + 2}`).boundingBox();
  if (!after || !nextAfter) throw new Error('The card or its new stage is not on screen after the reload.');
  expect(after.x).toBeGreaterThan(nextAfter.x);
  expect(after.x).toBeLessThan(nextAfter.x + nextAfter.width);
});

test('the editor with cards, a focused new card, an open title field and the shortcut list has no serious axe violations', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Sales funnel', 'Accessible canvas');
  await editor.paletteItem('Emotion').click();
  // The new card opens its title for typing at once.
  await expect(page.getByRole('textbox', { name: 'Card title' })).toBeFocused();
  const serious = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(editor.card('Emotion: New emotion')).toBeFocused();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Card title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
