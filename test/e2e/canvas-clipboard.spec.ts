import { expect, test } from './fixtures';
import { openNewMap } from './pages/library-page';

test('copies cards into another map, and duplicates, cuts and pastes them', async ({ page, appUrl }) => {
  const { library, editor } = await openNewMap(page, appUrl, 'Blank map', 'Source map');
  await editor.dropPaletteItem('Touchpoint', await editor.cellPoint('Stage 1', 'Touchpoints'));
  await editor.dropPaletteItem('Pain point', await editor.cellPoint('Stage 2', 'Pain points'));
  const touchpoint = editor.card('Touchpoint: New touchpoint');
  const pain = editor.card('Pain point: New pain point');

  // Shift-click selects both; Ctrl+C copies them.
  await touchpoint.click();
  await pain.click({ modifiers: ['Shift'] });
  await expect(editor.canvas.locator('.react-flow__node-card.selected')).toHaveCount(2);
  await page.keyboard.press('Control+C');

  // Ctrl+D duplicates into the same cells: four cards, one undo step.
  await page.keyboard.press('Control+D');
  await expect(editor.cards()).toHaveCount(4);
  await page.keyboard.press('Control+Z');
  await expect(editor.cards()).toHaveCount(2);
  await editor.expectSaved();

  // Into a new map: the Blank template has the same stage and lane names, so the cards go to them.
  await editor.backToLibrary();
  await library.createAndOpen('Blank map', 'Target map');
  await editor.canvas.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+V');
  await expect(editor.card('Touchpoint: New touchpoint')).toBeVisible();
  await expect(editor.card('Pain point: New pain point')).toBeVisible();
  const stage2 = await editor.stageHeader('Stage 2').boundingBox();
  const pastedPain = await editor.card('Pain point: New pain point').boundingBox();
  if (!pastedPain || !stage2) throw new Error('The pasted pain point or Stage 2 is not on screen.');
  expect(pastedPain.x).toBeGreaterThan(stage2.x);
  expect(pastedPain.x).toBeLessThan(stage2.x + stage2.width);

  // Ctrl+A selects all, Ctrl+X cuts them, Ctrl+V brings them back.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  await expect(editor.cards()).toHaveCount(0);
  await page.keyboard.press('Control+V');
  await expect(editor.cards()).toHaveCount(2);
  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Target map');
  await expect(editor.cards()).toHaveCount(2);

  // The source map is untouched by all this.
  await editor.backToLibrary();
  await library.open('Source map');
  await editor.expectLoaded('Source map');
  await expect(editor.cards()).toHaveCount(2);
});
