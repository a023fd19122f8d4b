import type { Locator, Page } from '@playwright/test';
import { makeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';

/** Presses on a header's name, drags it by (dx, dy) in small steps and releases. */
async function dragHeader(page: Page, header: Locator, dx: number, dy: number): Promise<void> {
  const box = await header.locator('.stage-header__text--pick').boundingBox();
  if (!box) throw new Error('header not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.mouse.up();
}

async function laneNamesTopToBottom(editor: EditorPage): Promise<string[]> {
  const boxes = await editor.canvas
    .locator('.frozen-headers__lane .lane-header__name')
    .evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', y: el.getBoundingClientRect().y })));
  return boxes.sort((a, b) => a.y - b.y).map((b) => b.text);
}

test('stages and lanes reorder by dragging their headers, each drag one undo step, kept after reload', async ({
  page,
  appUrl,
}) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'dr', stages: 3, lanes: 3, cardsPerCell: 1, name: 'Drag order' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Drag order');
  await editor.fitView();

  // Stage 1 dragged right past the middle of Stage 2 lands second.
  const stage2 = await editor.stageHeader('Stage 2').boundingBox();
  if (!stage2) throw new Error('no Stage 2 header');
  await dragHeader(page, editor.stageHeader('Stage 1'), stage2.width * 1.1, 0);
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Stage 3']);

  // Lane 3 dragged to the top lands first.
  const lane1 = await editor.laneHeader('Lane 1').boundingBox();
  const lane3 = await editor.laneHeader('Lane 3').boundingBox();
  if (!lane1 || !lane3) throw new Error('no lane headers');
  await dragHeader(page, editor.laneHeader('Lane 3'), 0, lane1.y - lane3.y - 10);
  await expect.poll(() => laneNamesTopToBottom(editor)).toEqual(['Lane 3', 'Lane 1', 'Lane 2']);

  // A plain click on a header is not a drag: it selects the stage for the inspector.
  await editor.stageHeader('Stage 3').locator('.stage-header__name').click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Stage 3']);

  // Each drag is one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => laneNamesTopToBottom(editor)).toEqual(['Lane 1', 'Lane 2', 'Lane 3']);
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Stage 3']);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect.poll(() => laneNamesTopToBottom(editor)).toEqual(['Lane 3', 'Lane 1', 'Lane 2']);

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Drag order');
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 2', 'Stage 1', 'Stage 3']);
  await expect.poll(() => laneNamesTopToBottom(editor)).toEqual(['Lane 3', 'Lane 1', 'Lane 2']);
});
