import type { Page } from '@playwright/test';
import { makeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

test('stages: add, rename, reorder (list and header menu), resize, delete with the card count, undo', async ({
  page,
  appUrl,
}) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'st', stages: 3, lanes: 2, cardsPerCell: 2, name: 'Shape' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Shape');
  const panel = inspector(page);
  await expect(editor.cards()).toHaveCount(12);

  // Add a stage; it opens in the inspector to be named.
  await panel.getByRole('button', { name: 'Add stage' }).click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'New stage']);
  const name = panel.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('New stage');
  await name.fill('Checkout');
  await name.press('Enter');
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'Checkout']);

  // Reorder from the structure list (keyboard-reachable buttons)...
  await panel.getByRole('button', { name: 'Move stage Checkout left' }).click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'Checkout', 'Stage 3']);
  // ...and from the stage header's menu on the canvas.
  await editor.canvas.getByRole('button', { name: 'Options for stage Stage 1' }).click();
  const menu = page.getByRole('menu', { name: 'Options for stage Stage 1' });
  await expect(menu.getByRole('menuitem', { name: 'Move left' })).toBeDisabled();
  await menu.getByRole('menuitem', { name: 'Move right' }).click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Checkout', 'Stage 3']);

  // Resize through the width field.
  await panel.getByRole('button', { name: 'Edit Checkout' }).click();
  const width = panel
    .getByRole('textbox', { name: 'Width (px)' })
    .or(panel.getByRole('spinbutton', { name: 'Width (px)' }));
  await width.fill('480');
  await width.press('Enter');
  await editor.fitView();
  const ratio = async () => {
    const wide = await editor.stageHeader('Checkout').boundingBox();
    const normal = await editor.stageHeader('Stage 3').boundingBox();
    return wide && normal ? Math.round((wide.width / normal.width) * 100) / 100 : 0;
  };
  await expect.poll(ratio).toBe(1.5);

  // Delete asks and says how many cards go with it; undo brings them back.
  await panel.getByRole('button', { name: 'Delete stage Stage 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete stage' });
  await expect(confirm).toContainText('Delete stage “Stage 1” and its 4 cards?');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Checkout', 'Stage 3']);
  await expect(editor.cards()).toHaveCount(8);
  await editor.undoButton.click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Checkout', 'Stage 3']);
  await expect(editor.cards()).toHaveCount(12);

  // An empty stage says so.
  await panel.getByRole('button', { name: 'Delete stage Checkout' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete stage' })).toContainText(
    'Delete stage “Checkout”? It has no cards.',
  );
  await page.getByRole('dialog', { name: 'Delete stage' }).getByRole('button', { name: 'Cancel' }).click();

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Shape');
  expect(await editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Checkout', 'Stage 3']);
  await editor.fitView();
  await expect.poll(ratio).toBe(1.5);
});

test('lanes: kind change, reorder, add and delete, with undo', async ({ page, appUrl }) => {
  const id = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'ln', stages: 2, lanes: 2, name: 'Rows' }));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Rows');
  const panel = inspector(page);

  await panel.getByRole('button', { name: 'Edit Lane 1' }).click();
  const kind = panel.getByRole('combobox', { name: 'Lane kind' });
  await expect(kind).toHaveValue('touchpoints');
  await kind.selectOption({ label: 'Pain points' });
  await expect(editor.laneHeader('Lane 1')).toContainText('Pain points');
  await editor.undoButton.click();
  await expect(kind).toHaveValue('touchpoints');
  await expect(editor.laneHeader('Lane 1')).toContainText('Touchpoints');
  await editor.redoButton.click();
  await expect(kind).toHaveValue('painPoints');

  await panel.getByRole('button', { name: 'Move lane Lane 2 up' }).click();
  await expect.poll(() => editor.laneNames()).toEqual(['Lane 2', 'Lane 1']);

  await panel.getByRole('button', { name: 'Add lane' }).click();
  await expect.poll(() => editor.laneNames()).toEqual(['Lane 2', 'Lane 1', 'New lane']);
  await panel.getByRole('button', { name: 'Delete lane Lane 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete lane' });
  await expect(confirm).toContainText('Delete lane “Lane 1” and its 2 cards?');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => editor.laneNames()).toEqual(['Lane 2', 'New lane']);

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Rows');
  expect(await editor.laneNames()).toEqual(['Lane 2', 'New lane']);
});

test('stage headers: click shows the stage, double-click renames, the edge handle resizes by mouse and keys', async ({
  page,
  appUrl,
}) => {
  const id = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'hd', stages: 3, lanes: 2, name: 'Headers' }));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Headers');
  const panel = inspector(page);

  await editor.stageHeader('Stage 2').locator('.stage-header__name').click();
  await expect(panel.getByRole('heading', { name: 'Stage', exact: true })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Name' })).toHaveValue('Stage 2');

  // Double-click renames on the header itself (the field opens there, with the name selected).
  await editor.stageHeader('Stage 3').locator('.stage-header__name').dblclick();
  const name = editor.canvas.getByRole('textbox', { name: 'Name of stage Stage 3' });
  await expect(name).toHaveValue('Stage 3');
  await expect(name).toBeFocused();
  await page.keyboard.type('Loyalty');
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'Loyalty']);

  const handle = editor.canvas.getByRole('separator', { name: 'Resize stage Stage 1' });
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '336');

  // A mouse drag is one edit, made when the pointer is released.
  const box = await handle.boundingBox();
  if (!box) throw new Error('no resize handle');
  const zoom = await editor.canvas
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40 * zoom, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 64 * zoom, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '400');
  await editor.undoButton.click();
  await expect(handle).toHaveAttribute('aria-valuenow', '336');
});

test('one selection: a stage, a lane, cards or a connection, never two at once', async ({ page, appUrl }) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'one', stages: 2, lanes: 2, connections: 1, name: 'One pick' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('One pick');
  const panel = inspector(page);
  const stageHeading = panel.getByRole('heading', { name: 'Stage', exact: true });
  const edge = editor.canvas.locator('.react-flow__edge').first();

  // A connection picked after a stage: the inspector lets go of the stage.
  await editor.stageHeader('Stage 2').locator('.stage-header__name').click();
  await expect(stageHeading).toBeVisible();
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(edge).toHaveClass(/selected/);
  await expect(stageHeading).toHaveCount(0);
  await expect(panel.getByText('Select a card, a stage or a lane to edit it here.')).toBeVisible();

  // A stage picked while a connection is selected: the connection is no longer selected, so Delete
  // does not remove it behind the stage shown in the inspector.
  await editor.stageHeader('Stage 1').locator('.stage-header__name').click();
  await expect(panel.getByRole('textbox', { name: 'Name' })).toHaveValue('Stage 1');
  await expect(edge).not.toHaveClass(/selected/);

  // A card picked after the stage shows the card; a lane picked after it drops the card.
  await editor.cards().first().click();
  await expect(stageHeading).toHaveCount(0);
  await expect(editor.cards().first()).toHaveClass(/selected/);
  await editor.canvas.locator('.frozen-headers__lane .lane-header__name').first().click();
  await expect(panel.getByRole('heading', { name: 'Lane', exact: true })).toBeVisible();
  await expect(editor.cards().first()).not.toHaveClass(/selected/);
});
