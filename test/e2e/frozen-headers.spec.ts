import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { panBy, type Box } from './pages/canvas-pan';
import { EditorPage, mapUrl } from './pages/editor-page';
import { hostApi } from './pages/versions-page';

// Issue 11 item 3: stage names stay along the top and lane names down the left while the map is
// panned and zoomed, like a spreadsheet's frozen panes.

const STAGES = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty'];
const LANES = ['Actions', 'Touchpoints', 'Emotions', 'Pain points', 'Opportunities'];

test.use({ viewport: { width: 1440, height: 900 } });

async function openSalesFunnel(page: Page, appUrl: string): Promise<EditorPage> {
  const call = await hostApi(appUrl);
  const { id } = (await call('maps.create', {
    name: 'Frozen panes',
    templateId: 'sales-funnel',
    language: 'en',
  })) as { id: string };
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Frozen panes');
  await expect(editor.card('Pain point: Too many form fields')).toBeVisible();
  return editor;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not on screen.');
  return box;
}

const zoomOf = (page: Page): Promise<number> =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? NaN));

/** Rendered font size (CSS size x the scale it is drawn at) of a header's name. */
const renderedSize = (name: Locator): Promise<number> =>
  name.evaluate((el) => {
    const scale = el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight;
    return Number.parseFloat(getComputedStyle(el).fontSize) * scale;
  });

async function exportPng(page: Page, file: string): Promise<PNG> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await download).saveAs(file);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return PNG.sync.read(readFileSync(file));
}

test('stage names stay along the top and lane names down the left when the map is panned far right and down, and still rename', async ({
  page,
  appUrl,
}) => {
  const editor = await openSalesFunnel(page, appUrl);
  const before = await exportPng(page, test.info().outputPath('before.png'));
  const canvas = await boxOf(editor.canvas);

  // Zoom in with the wheel over the map (cards at full detail), then drag the bare canvas far
  // to the left and up: the map's first stages and lanes scroll off, the last ones come in.
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, -200);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(0.9);
  const firstCard = editor.cards().filter({ hasText: 'Sees a post shared by a friend' });
  const startCard = await boxOf(firstCard);
  for (let i = 0; i < 3; i += 1) await panBy(page, canvas, -500, -220);
  const movedCard = await boxOf(firstCard);
  expect(movedCard.x).toBeLessThan(startCard.x - 1000);
  expect(movedCard.y).toBeLessThan(startCard.y - 400);
  // The first stage's column and the first lane's row are off screen now ...
  expect(movedCard.x + movedCard.width).toBeLessThan(canvas.x);
  expect(movedCard.y + movedCard.height).toBeLessThan(canvas.y);

  // ... but the headers of what is on screen are at the canvas's top and left edges, readable.
  const loyalty = editor.stageHeader('Loyalty');
  await expect(loyalty).toBeInViewport();
  const loyaltyBox = await boxOf(loyalty);
  expect(Math.abs(loyaltyBox.y - canvas.y)).toBeLessThan(2);
  const opportunities = editor.laneHeader('Opportunities');
  await expect(opportunities).toBeInViewport();
  const laneBox = await boxOf(opportunities);
  expect(Math.abs(laneBox.x - canvas.x)).toBeLessThan(2);
  expect(await renderedSize(loyalty.locator('.stage-header__name'))).toBeGreaterThanOrEqual(14);
  expect(await renderedSize(opportunities.locator('.lane-header__name'))).toBeGreaterThanOrEqual(14);
  // Each header still lines up with its own column and row.
  const lastCard = await boxOf(editor.cards().filter({ hasText: 'Referral reward' }));
  expect(lastCard.x).toBeGreaterThan(loyaltyBox.x);
  expect(lastCard.x + lastCard.width).toBeLessThan(loyaltyBox.x + loyaltyBox.width);
  expect(lastCard.y).toBeGreaterThan(laneBox.y);
  expect(lastCard.y + lastCard.height).toBeLessThan(laneBox.y + laneBox.height);
  // Cards scrolled under the headers are covered by them, not drawn over them.
  expect(
    await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.frozen-headers__stage') !== null,
      { x: loyaltyBox.x + loyaltyBox.width / 2, y: loyaltyBox.y + loyaltyBox.height / 2 },
    ),
  ).toBe(true);

  // The wheel over a frozen header still zooms the map (out, here), and the headers stay put.
  const zoomBefore = await zoomOf(page);
  await page.mouse.move(loyaltyBox.x + 20, loyaltyBox.y + loyaltyBox.height / 2);
  await page.mouse.wheel(0, 100);
  await expect.poll(() => zoomOf(page)).toBeLessThan(zoomBefore);
  await expect
    .poll(async () => Math.abs((await boxOf(editor.stageHeader('Loyalty'))).y - canvas.y))
    .toBeLessThan(2);
  await expect
    .poll(async () => Math.abs((await boxOf(editor.laneHeader('Opportunities'))).x - canvas.x))
    .toBeLessThan(2);

  // Rename in place from the frozen headers: double-click the name, type, Enter.
  await expect(editor.stageHeader('Loyalty')).toBeInViewport();
  await editor.stageHeader('Loyalty').locator('.stage-header__name').dblclick();
  const stageField = editor.canvas.getByRole('textbox', { name: 'Name of stage Loyalty', exact: true });
  await expect(stageField).toBeFocused();
  await stageField.fill('Advocacy');
  await stageField.press('Enter');
  await expect.poll(() => editor.stageNames()).toEqual([...STAGES.slice(0, -1), 'Advocacy']);
  await expect(editor.laneHeader('Opportunities')).toBeInViewport();
  await editor.laneHeader('Opportunities').locator('.lane-header__name').dblclick();
  const laneField = editor.canvas.getByRole('textbox', { name: 'Name of lane Opportunities', exact: true });
  await expect(laneField).toBeFocused();
  await laneField.fill('Ideas');
  await laneField.press('Enter');
  await expect.poll(() => editor.laneNames()).toEqual([...LANES.slice(0, -1), 'Ideas']);
  // Still frozen in place after the edits.
  expect(Math.abs((await boxOf(editor.stageHeader('Advocacy'))).y - canvas.y)).toBeLessThan(2);
  expect(Math.abs((await boxOf(editor.laneHeader('Ideas'))).x - canvas.x)).toBeLessThan(2);
  // One undo step each.
  await editor.undoButton.click();
  await editor.undoButton.click();
  await expect.poll(() => editor.stageNames()).toEqual(STAGES);
  await expect.poll(() => editor.laneNames()).toEqual(LANES);
  await editor.expectSaved();

  // The exported picture does not depend on the view: the same PNG as before panning.
  const after = await exportPng(page, test.info().outputPath('after.png'));
  expect({ width: after.width, height: after.height }).toEqual({
    width: before.width,
    height: before.height,
  });
  expect(Buffer.compare(after.data, before.data)).toBe(0);
});

test('at fit the headers sit on the map, and panning back brings everything back in place', async ({
  page,
  appUrl,
}) => {
  const editor = await openSalesFunnel(page, appUrl);
  const canvas = await boxOf(editor.canvas);
  const awareness = await boxOf(editor.stageHeader('Awareness'));
  const actions = await boxOf(editor.laneHeader('Actions'));
  const grid = await boxOf(editor.canvas.locator('.react-flow__node-cellGrid'));
  // Fitted: the map has room around it, the headers are at its own top and left edges.
  expect(awareness.y).toBeGreaterThan(canvas.y + 10);
  expect(Math.abs(awareness.y - grid.y)).toBeLessThan(2);
  expect(Math.abs(actions.x - grid.x)).toBeLessThan(2);
  // Panning right and down (the map moves away from the top left corner) leaves them on the map.
  await panBy(page, canvas, 120, 80);
  const movedGrid = await boxOf(editor.canvas.locator('.react-flow__node-cellGrid'));
  expect(movedGrid.x).toBeGreaterThan(grid.x + 100);
  expect(Math.abs((await boxOf(editor.stageHeader('Awareness'))).y - movedGrid.y)).toBeLessThan(2);
  expect(Math.abs((await boxOf(editor.laneHeader('Actions'))).x - movedGrid.x)).toBeLessThan(2);
  // The fit control puts the map back.
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await expect
    .poll(async () => Math.round((await boxOf(editor.stageHeader('Awareness'))).x))
    .toBe(Math.round(awareness.x));
});
