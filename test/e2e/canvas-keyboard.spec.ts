import type { Page } from '@playwright/test';
import { COMMANDS, commandKeys, type CommandSpec } from '../../shared/commands';
import { expect, test } from './fixtures';
import { openNewMap } from './pages/library-page';

/** Rows of the shortcut list: the commands of the one command table that have keys. */
const SHORTCUT_ROW_COUNT = (COMMANDS as readonly CommandSpec[]).filter(
  (s) => commandKeys(s, 'other').length > 0,
).length;

/** Presses Tab (or Shift+Tab) until the focused element has this accessible name, like a user would. */
async function tabTo(page: Page, name: string, backwards = false): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    const current = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.getAttribute('aria-label');
      if (label) return label;
      if (el.id) {
        const byFor = document.querySelector(`label[for="${el.id}"]`);
        if (byFor) return byFor.textContent ?? '';
      }
      const wrapping = el.closest('label');
      if (wrapping && el.tagName === 'SELECT') return wrapping.querySelector('span')?.textContent ?? '';
      return (el.textContent ?? '').trim();
    });
    if (current.endsWith(name)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}".`);
}

test('builds a small map from the keyboard only', async ({ page, appUrl }) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Keyboard map');

  // A touchpoint from the palette lands in the first cell with its title open for typing; Escape
  // keeps the default title and gives the focus to the card.
  const titleField = page.getByRole('textbox', { name: 'Card title' });
  await tabTo(page, 'Touchpoint');
  await page.keyboard.press('Enter');
  await expect(titleField).toBeFocused();
  await page.keyboard.press('Escape');
  const touchpoint = editor.card('Touchpoint: New touchpoint');
  await expect(touchpoint).toBeFocused();

  // Enter edits the title in place; Enter commits.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Card title' })).toBeFocused();
  await page.keyboard.type('Search ad');
  await page.keyboard.press('Enter');
  const ad = editor.card('Touchpoint: Search ad');
  await expect(ad).toBeFocused();

  // Arrow right moves it to Stage 2 (same lane); the focus stays on it.
  const stage2 = await editor.stageHeader('Stage 2').boundingBox();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await ad.boundingBox())?.x).toBeGreaterThan(stage2?.x ?? 0);
  await expect(ad).toBeFocused();

  // Alt+Down moves it to the lane below (Emotions), Alt+Up brings it back to Touchpoints.
  const laneY = async (name: string) => (await editor.laneHeader(name).boundingBox())?.y ?? 0;
  const emotionsY = await laneY('Emotions');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await ad.boundingBox())?.y ?? 0).toBeGreaterThan(emotionsY);
  await expect(ad).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await ad.boundingBox())?.y ?? 0).toBeLessThan(emotionsY);

  // Pick the Emotions lane as the palette's target with the keyboard, then add an emotion.
  await tabTo(page, 'Target lane');
  await page.keyboard.press('ArrowDown'); // Touchpoints -> Emotions
  await expect(page.getByRole('combobox', { name: 'Target lane' })).toHaveValue(/.+/);
  await tabTo(page, 'Emotion', true);
  await page.keyboard.press('Enter');
  await expect(titleField).toBeFocused();
  await page.keyboard.press('Escape');
  const emotion = editor.card('Emotion: New emotion');
  await expect(emotion).toBeFocused();
  await page.keyboard.press('+');
  await expect(emotion.locator('.card-node__score')).toHaveText('+1');

  // A new stage from the palette goes after the target stage (Stage 2).
  await tabTo(page, 'Stage', true);
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'New stage', 'Stage 3']);

  // A note, deleted with Delete and brought back with Ctrl+Z.
  await tabTo(page, 'Note');
  await page.keyboard.press('Enter');
  await expect(titleField).toBeFocused();
  await page.keyboard.press('Escape');
  const note = editor.card('Note: New note');
  await expect(note).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(note).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(note).toHaveCount(1);

  // Tab walks through the cards.
  await note.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.react-flow__node-card:focus')).toHaveCount(1);

  // The shortcut list opens with ? and lists the shortcuts in the current language.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toHaveCount(SHORTCUT_ROW_COUNT + 1);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Keyboard map');
  await expect(editor.card('Touchpoint: Search ad')).toBeVisible();
  await expect(editor.card('Emotion: New emotion')).toBeVisible();
  await expect(editor.card('Note: New note')).toBeVisible();
  expect(await editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'New stage', 'Stage 3']);
});

test('the shortcut list and the palette speak Chinese', async ({ page, appUrl }) => {
  await openNewMap(page, appUrl, 'Blank map', 'Chinese map');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const palette = page.getByRole('complementary', { name: '添加到地图' });
  for (const name of ['画像卡片', '阶段', '行为', '触点', '想法', '情绪', '痛点', '机会点', '备注']) {
    await expect(palette.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: '键盘快捷键' }).click();
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(help.getByRole('cell', { name: '撤销' })).toBeVisible();
  await page.keyboard.press('Escape');
  await palette.getByRole('button', { name: '触点', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '卡片标题' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: '触点：新触点' })).toBeFocused();
});
