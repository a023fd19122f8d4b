import type { Locator, Page } from '@playwright/test';
import { makeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { CHINESE, EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';

// Item 8: capture as fast as sticky notes, and rename stages and lanes on their headers.

/** The middle of the cell of a stage and a lane (by header names), in page coordinates. */
async function cellMiddle(
  editor: EditorPage,
  stage: string,
  lane: string,
): Promise<{ x: number; y: number }> {
  const s = await editor.stageHeader(stage).boundingBox();
  const l = await editor.laneHeader(lane).boundingBox();
  if (!s || !l) throw new Error(`No cell ${stage} x ${lane} on screen.`);
  return { x: s.x + s.width / 2, y: l.y + l.height / 2 };
}

/** The titles of the cards whose middle lies in a cell, top to bottom. */
async function titlesInCell(editor: EditorPage, stage: string, lane: string): Promise<string[]> {
  const s = await editor.stageHeader(stage).boundingBox();
  const l = await editor.laneHeader(lane).boundingBox();
  if (!s || !l) return [];
  const cards = await editor.cards().evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return {
        name: el.getAttribute('aria-label') ?? '',
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      };
    }),
  );
  return cards
    .filter((c) => c.x >= s.x && c.x < s.x + s.width && c.y >= l.y && c.y < l.y + l.height)
    .sort((a, b) => a.y - b.y)
    .map((c) => c.name);
}

test('double-click capture of three cards in a row', async ({ page, appUrl }) => {
  // Lane 3 is a pain points lane; no cards anywhere.
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'cap', stages: 3, lanes: 3, cardsPerCell: 0, name: 'Capture' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Capture');
  await expect(editor.cards()).toHaveCount(0);

  const cell = await cellMiddle(editor, 'Stage 2', 'Lane 3');
  await page.mouse.dblclick(cell.x, cell.y);
  const title = editor.canvas.getByRole('textbox', { name: 'Card title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New pain point');
  await page.keyboard.type('Slow checkout');
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New pain point');
  await page.keyboard.type('Hidden fees');
  await page.keyboard.press('Enter');
  await page.keyboard.type('No guest order');
  await page.keyboard.press('Escape');
  await expect(title).toHaveCount(0);

  const expected = ['Pain point: Slow checkout', 'Pain point: Hidden fees', 'Pain point: No guest order'];
  await expect(editor.cards()).toHaveCount(3);
  await expect.poll(() => titlesInCell(editor, 'Stage 2', 'Lane 3')).toEqual(expected);

  // Each card is one undo step: the card with what was typed into it.
  await editor.undoButton.click();
  await expect.poll(() => titlesInCell(editor, 'Stage 2', 'Lane 3')).toEqual(expected.slice(0, 2));
  await editor.redoButton.click();
  await expect.poll(() => titlesInCell(editor, 'Stage 2', 'Lane 3')).toEqual(expected);

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Capture');
  await expect.poll(() => titlesInCell(editor, 'Stage 2', 'Lane 3')).toEqual(expected);
});

test('double-click capture in an Actions lane makes action cards, in a Thoughts lane thought cards', async ({
  page,
  appUrl,
}) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({
      idPrefix: 'cak',
      stages: 2,
      lanes: 2,
      laneKinds: ['actions', 'thoughts'],
      cardsPerCell: 0,
      name: 'Capture kinds',
    }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Capture kinds');

  const actions = await cellMiddle(editor, 'Stage 1', 'Lane 1');
  await page.mouse.dblclick(actions.x, actions.y);
  const title = editor.canvas.getByRole('textbox', { name: 'Card title' });
  await expect(title).toHaveValue('New action');
  await page.keyboard.type('Compare offers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ask a colleague');
  await page.keyboard.press('Escape');

  const thoughts = await cellMiddle(editor, 'Stage 2', 'Lane 2');
  await page.mouse.dblclick(thoughts.x, thoughts.y);
  await expect(title).toHaveValue('New thought');
  await page.keyboard.type('Is this worth it?');
  await page.keyboard.press('Escape');

  await expect
    .poll(() => titlesInCell(editor, 'Stage 1', 'Lane 1'))
    .toEqual(['Action: Compare offers', 'Action: Ask a colleague']);
  await expect.poll(() => titlesInCell(editor, 'Stage 2', 'Lane 2')).toEqual(['Thought: Is this worth it?']);
  // Drawn in the kinds' own class names (and so their token colours), stored as those kinds.
  await expect(editor.canvas.locator('.card-node--action')).toHaveCount(2);
  await expect(editor.canvas.locator('.card-node--thought')).toHaveCount(1);
  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Capture kinds');
  await expect
    .poll(() => titlesInCell(editor, 'Stage 1', 'Lane 1'))
    .toEqual(['Action: Compare offers', 'Action: Ask a colleague']);
});

test('double-click capture: Undo takes back the last captured card whole', async ({ page, appUrl }) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'cu', stages: 2, lanes: 3, cardsPerCell: 0, name: 'Capture undo' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Capture undo');

  const cell = await cellMiddle(editor, 'Stage 1', 'Lane 3');
  await page.mouse.dblclick(cell.x, cell.y);
  await page.keyboard.type('One');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Two');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Three');
  await page.keyboard.press('Escape');
  await expect
    .poll(() => titlesInCell(editor, 'Stage 1', 'Lane 3'))
    .toEqual(['Pain point: One', 'Pain point: Two', 'Pain point: Three']);

  await editor.undoButton.click();
  await expect
    .poll(() => titlesInCell(editor, 'Stage 1', 'Lane 3'))
    .toEqual(['Pain point: One', 'Pain point: Two']);
  await editor.undoButton.click();
  await expect.poll(() => titlesInCell(editor, 'Stage 1', 'Lane 3')).toEqual(['Pain point: One']);
  await editor.redoButton.click();
  await expect(editor.card('Pain point: Two')).toBeVisible();

  // A card left untouched when capture ends is taken back, leaving no step behind.
  const other = await cellMiddle(editor, 'Stage 2', 'Lane 3');
  await page.mouse.dblclick(other.x, other.y);
  await expect(editor.cards()).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(editor.cards()).toHaveCount(2);
  await editor.undoButton.click();
  await expect.poll(() => titlesInCell(editor, 'Stage 1', 'Lane 3')).toEqual(['Pain point: One']);
  await editor.undoButton.click();
  await expect(editor.cards()).toHaveCount(0);
  await expect(editor.undoButton).toBeDisabled();
});

/** Double-clicks a header's name and returns the field that opens on the header. */
async function renameField(editor: EditorPage, header: Locator, label: string): Promise<Locator> {
  await header.locator('.stage-header__name, .lane-header__name').dblclick();
  const field = editor.canvas.getByRole('textbox', { name: label, exact: true });
  await expect(field).toBeFocused();
  return field;
}

async function renameInPlace(page: Page, labels: typeof CHINESE | null, names: RenameNames): Promise<void> {
  const editor = labels ? new EditorPage(page, labels) : new EditorPage(page);
  // Stage: Enter commits, in one undo step.
  let field = await renameField(editor, editor.stageHeader(names.stage), names.stageField);
  await expect(field).toHaveValue(names.stage);
  await page.keyboard.type(names.newStage);
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect.poll(() => editor.stageNames()).toEqual([names.otherStage, names.newStage]);

  // Escape cancels what was typed.
  field = await renameField(editor, editor.stageHeader(names.newStage), names.newStageField);
  await page.keyboard.type('Nope');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect.poll(() => editor.stageNames()).toEqual([names.otherStage, names.newStage]);

  // Lane: the same.
  field = await renameField(editor, editor.laneHeader(names.lane), names.laneField);
  await expect(field).toHaveValue(names.lane);
  await page.keyboard.type(names.newLane);
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.laneNames()).toEqual([names.newLane]);
  field = await renameField(editor, editor.laneHeader(names.newLane), names.newLaneField);
  await page.keyboard.type('Nope');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect.poll(() => editor.laneNames()).toEqual([names.newLane]);

  // Each rename was one undo step.
  await page.getByRole('button', { name: names.undo, exact: true }).click();
  await expect.poll(() => editor.laneNames()).toEqual([names.lane]);
  await page.getByRole('button', { name: names.undo, exact: true }).click();
  await expect.poll(() => editor.stageNames()).toEqual([names.otherStage, names.stage]);
}

interface RenameNames {
  stage: string;
  otherStage: string;
  newStage: string;
  lane: string;
  newLane: string;
  stageField: string;
  newStageField: string;
  laneField: string;
  newLaneField: string;
  undo: string;
}

test('stage and lane headers rename in place: Enter commits, Escape cancels', async ({ page, appUrl }) => {
  const id = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'rn', stages: 2, lanes: 1, name: 'Rename' }));
  await page.goto(mapUrl(appUrl, id));
  await new EditorPage(page).expectLoaded('Rename');
  await renameInPlace(page, null, {
    stage: 'Stage 2',
    otherStage: 'Stage 1',
    newStage: 'Checkout',
    lane: 'Lane 1',
    newLane: 'Channels',
    stageField: 'Name of stage Stage 2',
    newStageField: 'Name of stage Checkout',
    laneField: 'Name of lane Lane 1',
    newLaneField: 'Name of lane Channels',
    undo: 'Undo',
  });
});

test('stage and lane headers rename in place in the Chinese UI', async ({ page, appUrl }) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'rz', stages: 2, lanes: 1, name: '重命名', language: 'zh-CN' }),
  );
  await page.goto(mapUrl(appUrl, id));
  await new EditorPage(page).expectLoaded('重命名');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('region', { name: CHINESE.canvas })).toBeVisible();
  await renameInPlace(page, CHINESE, {
    stage: '阶段 2',
    otherStage: '阶段 1',
    newStage: '结账',
    lane: '泳道 1',
    newLane: '渠道',
    stageField: '阶段“阶段 2”的名称',
    newStageField: '阶段“结账”的名称',
    laneField: '泳道“泳道 1”的名称',
    newLaneField: '泳道“渠道”的名称',
    undo: '撤销',
  });
});

test('double-click capture: the next card Enter opened is taken back when the user clicks elsewhere', async ({
  page,
  appUrl,
}) => {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'cb', stages: 2, lanes: 3, cardsPerCell: 0, name: 'Capture blur' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Capture blur');

  const cell = await cellMiddle(editor, 'Stage 1', 'Lane 3');
  await page.mouse.dblclick(cell.x, cell.y);
  await page.keyboard.type('Slow checkout');
  await page.keyboard.press('Enter');
  const title = editor.canvas.getByRole('textbox', { name: 'Card title' });
  await expect(title).toHaveValue('New pain point');
  // One sticky note was meant: the user clicks away from the next, untouched one.
  await page.getByRole('heading', { level: 1 }).click();
  await expect(title).toHaveCount(0);
  await expect(editor.cards()).toHaveCount(1);
  await expect.poll(() => titlesInCell(editor, 'Stage 1', 'Lane 3')).toEqual(['Pain point: Slow checkout']);

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Capture blur');
  await expect(editor.cards()).toHaveCount(1);
});
