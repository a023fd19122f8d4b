import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { LibraryPage } from './pages/library-page';

/** Creates a map from a template and comes back to the library. */
async function createInLibrary(library: LibraryPage, template: string, name: string): Promise<void> {
  await library.createMap(template, name);
  await expect(library.page.getByRole('heading', { level: 1 })).toHaveText(name);
  await library.page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(library.map(name)).toBeVisible();
}

test('each map shows its own picture: maps with different stages have different thumbnails', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await createInLibrary(library, 'Sales funnel', 'Six stages');
  await createInLibrary(library, 'Blank map', 'Three stages');

  const funnel = library.map('Six stages').getByTestId('map-thumbnail');
  const blank = library.map('Three stages').getByTestId('map-thumbnail');
  await expect(funnel).toBeVisible();
  await expect(blank).toBeVisible();
  // Decoded and drawn: both pictures have pixels, and they are not the same picture.
  for (const img of [funnel, blank]) {
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  const [a, b] = [await funnel.screenshot(), await blank.screenshot()];
  expect(a.equals(b)).toBe(false);
  expect(await funnel.getAttribute('src')).not.toBe(await blank.getAttribute('src'));
  await page.screenshot({ path: test.info().outputPath('library.png') });
});

test('sorts by name or last change, remembered after a reload', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await createInLibrary(library, 'Blank map', 'Alpha journey');
  await createInLibrary(library, 'Blank map', 'Zeta journey');
  await createInLibrary(library, 'Blank map', 'Mid journey');

  // The last changed first by default.
  expect(await library.mapNames()).toEqual(['Mid journey', 'Zeta journey', 'Alpha journey']);
  await library.sortBy('Name');
  expect(await library.mapNames()).toEqual(['Alpha journey', 'Mid journey', 'Zeta journey']);
  await page.reload();
  await expect(library.map('Alpha journey')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name');
  expect(await library.mapNames()).toEqual(['Alpha journey', 'Mid journey', 'Zeta journey']);
  await library.sortBy('Last change');
  expect(await library.mapNames()).toEqual(['Mid journey', 'Zeta journey', 'Alpha journey']);
});

test('Delete is in each map’s “⋯” menu, by keyboard, and asks first', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await createInLibrary(library, 'Blank map', 'Keep me');
  await createInLibrary(library, 'Blank map', 'Remove me');
  // No delete button on the cards themselves.
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);

  const more = library.map('Remove me').getByRole('button', { name: 'More actions for “Remove me”' });
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More actions for “Remove me”' });
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousAxe(page);
  // Escape closes the menu and gives the focus back.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  // Arrow Up opens it on the last item, Delete.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');

  const confirm = page.getByRole('dialog', { name: 'Delete map' });
  await expect(confirm).toContainText('Delete “Remove me”? This cannot be undone.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.map('Remove me')).toBeVisible();

  await library.mapAction('Remove me', 'Delete');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(library.map('Remove me')).toHaveCount(0);
  await expect(library.map('Keep me')).toBeVisible();
  await page.reload();
  await expect(library.map('Keep me')).toBeVisible();
  expect(await library.mapNames()).toEqual(['Keep me']);
});

test('the library menu, sort and thumbnails in Chinese', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await createInLibrary(library, 'Blank map', 'One');
  await createInLibrary(library, 'Sales funnel', 'Two');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('combobox', { name: '排序方式' })).toBeVisible();
  await page.getByRole('button', { name: '“Two”的更多操作' }).click();
  const menu = page.getByRole('menu', { name: '“Two”的更多操作' });
  await expect(menu.getByRole('menuitem')).toHaveText(['重命名', '复制', '与…对比', '删除']);
  await expectNoSeriousAxe(page);
});
