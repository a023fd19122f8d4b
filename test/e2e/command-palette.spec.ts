import { COMMANDS, commandKeys, type CommandSpec } from '../../shared/commands';
import { expect, test } from './fixtures';
import { CHINESE, EditorPage } from './pages/editor-page';
import { openNewMap } from './pages/library-page';
import { VersionsPanel } from './pages/versions-page';

test('Ctrl+K finds "Export PNG" by name and runs it, and jumps to a card by its title', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Sales funnel', 'Palette map');

  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search commands and the map' });
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Command or title' });
  await expect(search).toBeFocused();
  await search.fill('export png');
  await expect(palette.getByRole('option').first()).toContainText('Export PNG');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByRole('radio', { name: 'PNG image' })).toBeChecked();
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // A card far from the current view: found by a word of its title, selected, focused and shown.
  const title = await editor
    .cards()
    .last()
    .evaluate((el) => el.getAttribute('aria-label') ?? '');
  const cardTitle = title.slice(title.indexOf(': ') + 2);
  await page.keyboard.press('Control+K');
  await search.fill(cardTitle);
  const option = palette.getByRole('option', {
    name: new RegExp(cardTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  });
  await expect(option.first()).toBeVisible();
  await option.first().click();
  await expect(palette).toBeHidden();
  const card = editor.card(title);
  await expect(card).toBeFocused();
  await expect(card).toHaveClass(/selected/);
  await expect(card).toBeInViewport();

  // In Chinese the palette finds commands by their Chinese names (and still by the English ones).
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await new EditorPage(page, CHINESE).canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+K');
  const zhPalette = page.getByRole('dialog', { name: '搜索命令和地图内容' });
  await zhPalette.getByRole('combobox').fill('导出 PDF');
  await expect(zhPalette.getByRole('option').first()).toContainText('导出 PDF');
  await zhPalette.getByRole('combobox').fill('minimap');
  await expect(zhPalette.getByRole('option').first()).toContainText('小地图');
  await page.keyboard.press('Escape');
  await expect(zhPalette).toBeHidden();
});

test('the shortcut list shows every command of the table that has keys, with its keys', async ({
  page,
  appUrl,
}) => {
  await openNewMap(page, appUrl, 'Blank map', 'Shortcut map');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const withKeys = (COMMANDS as readonly CommandSpec[]).filter((s) => commandKeys(s, 'other').length > 0);
  const rows = help.locator('tbody tr');
  await expect(rows).toHaveCount(withKeys.length);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-command')))).toEqual(
    withKeys.map((s) => s.id),
  );
  await expect(help.locator('tr[data-command="file.exportPng"]')).toContainText('Ctrl+E');
  await expect(help.locator('tr[data-command="file.exportPng"]')).toContainText('Export PNG');
});

test('keys of the table work in the browser too: Ctrl+Shift+S saves a version, Ctrl+E opens the export', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Keys map');
  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await page.keyboard.press('Control+Shift+S');
  const save = page.getByRole('dialog', { name: 'Save a version' });
  await expect(save).toBeVisible();
  await save.getByRole('textbox', { name: 'Name' }).fill('Before the workshop');
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(save).toBeHidden();
  await new VersionsPanel(page).open();
  await expect(page.getByText('Before the workshop').first()).toBeVisible();
});

test('the web build offers no command that needs a native dialog, and Import Funnel Numbers opens the file picker', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Blank map', 'Web map');
  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search commands and the map' });
  const search = palette.getByRole('combobox', { name: 'Command or title' });
  await search.fill('import');
  // Importing metrics uses the page's own file picker; a map file through File › Open needs the desktop.
  await expect(palette.getByRole('option', { name: /Import Funnel Numbers/ })).toBeVisible();
  await expect(palette.getByRole('option', { name: /Import Map File/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+O');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Import Funnel Numbers opens the page's own file picker, not a native dialog the browser does not have.
  await page.keyboard.press('Control+K');
  await search.fill('import funnel');
  const chooser = page.waitForEvent('filechooser');
  await palette.getByRole('option', { name: /Import Funnel Numbers/ }).click();
  await chooser;
  await expect(page.getByRole('alert')).toHaveCount(0);
});
