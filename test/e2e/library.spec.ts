import { expect, test } from './fixtures';
import { CHINESE, EditorPage } from './pages/editor-page';
import { LibraryPage, openNewMap } from './pages/library-page';

const SALES_FUNNEL_STAGES = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase'];

test('create from the sales funnel, see its stages, rename, reload, restart, duplicate, delete', async ({
  page,
  appUrl,
  restartHost,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'No journey maps yet' })).toBeVisible();

  // Create: the new map opens in the editor with the template's stages as canvas columns.
  await library.createAndOpen('Sales funnel', 'Spring campaign');
  const stages = await editor.stageNames();
  expect(stages.slice(0, SALES_FUNNEL_STAGES.length)).toEqual(SALES_FUNNEL_STAGES);
  expect(await editor.laneNames()).not.toHaveLength(0);
  await expect(editor.card('Pain point: Too many form fields')).toBeVisible();

  // Back to the library: the map is listed with its card count.
  await editor.backToLibrary();
  const item = library.map('Spring campaign');
  await expect(item).toBeVisible();
  await expect(item).toContainText(/\d+ cards/);
  await expect(item).toContainText(`${stages.length} stages`);

  // Rename, then the new name survives a reload.
  await library.rename('Spring campaign', 'Spring campaign 2025');
  await expect(library.map('Spring campaign 2025')).toBeVisible();
  await expect(library.map('Spring campaign')).toHaveCount(0);
  await page.reload();
  await expect(library.map('Spring campaign 2025')).toBeVisible();

  // A new host on the same folder (new port, new token) reads the same library file.
  const newUrl = await restartHost();
  expect(newUrl).not.toBe(appUrl);
  await library.goto(newUrl);
  await expect(library.map('Spring campaign 2025')).toBeVisible();

  // Duplicate: a second map with the same stages.
  await library.duplicate('Spring campaign 2025');
  const copy = library.map('Spring campaign 2025 (copy)');
  await expect(copy).toBeVisible();
  await expect(copy).toContainText(`${stages.length} stages`);
  await library.open('Spring campaign 2025 (copy)');
  await editor.expectLoaded('Spring campaign 2025 (copy)');
  expect(await editor.stageNames()).toEqual(stages);
  await editor.backToLibrary();

  // Delete asks first; Cancel keeps the map, Delete removes it.
  let confirm = await library.askToDelete('Spring campaign 2025');
  await expect(confirm).toContainText('Delete “Spring campaign 2025”? This cannot be undone.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(library.map('Spring campaign 2025')).toBeVisible();

  confirm = await library.askToDelete('Spring campaign 2025');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(library.map('Spring campaign 2025')).toHaveCount(0);
  await expect(library.map('Spring campaign 2025 (copy)')).toBeVisible();
  await page.reload();
  // The list arrives after the page has loaded: wait for it before reading every name.
  await expect(library.map('Spring campaign 2025 (copy)')).toBeVisible();
  expect(await library.mapNames()).toEqual(['Spring campaign 2025 (copy)']);
});

test('the search box filters the list', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  for (const name of ['Onboarding journey', 'Checkout revamp', 'Onboarding for partners']) {
    await library.createAndOpen('Blank map', name);
    await editor.backToLibrary();
  }
  await expect(library.mapList.getByRole('listitem')).toHaveCount(3);

  await library.search('onboarding');
  await expect(library.mapList.getByRole('listitem')).toHaveCount(2);
  await expect(library.map('Checkout revamp')).toHaveCount(0);

  await library.search('nothing like this');
  await expect(page.getByText('No maps match “nothing like this”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(library.mapList.getByRole('listitem')).toHaveCount(3);
});

test('Escape closes the new map dialog and gives focus back to the button', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await library.newMapButton.click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await expect(dialog.getByRole('radio', { name: 'Sales funnel' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(library.newMapButton).toBeFocused();
  await expect(library.mapList).toHaveCount(0);
});

test('switching to 简体中文 translates the library, Chinese templates, and survives a reload', async ({
  page,
  appUrl,
  restartHost,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page, CHINESE);
  await library.goto(appUrl);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });

  await expect(page.getByRole('button', { name: '新建地图' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '搜索地图' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // A map created now gets the template's Chinese content.
  await page.getByRole('button', { name: '新建地图' }).click();
  const dialog = page.getByRole('dialog', { name: '新建地图' });
  await dialog.getByRole('radio', { name: '销售漏斗' }).check();
  await expect(dialog.getByRole('textbox', { name: '名称' })).toHaveValue('销售漏斗');
  await dialog.getByRole('button', { name: '创建' }).click();
  await editor.expectLoaded('销售漏斗');
  expect((await editor.stageNames()).slice(0, 5)).toEqual(['认知', '兴趣', '考虑', '意向', '购买']);
  await expect(editor.card('痛点：表单字段太多')).toBeVisible();
  await editor.backToLibrary();

  const item = page.getByRole('listitem', { name: '销售漏斗' });
  await expect(item.getByRole('button', { name: '打开' })).toBeVisible();
  await expect(item).toContainText('张卡片');

  // The choice is stored in the library, so a reload and a new host (new port, new origin) keep it.
  await page.reload();
  await expect(page.getByRole('button', { name: '新建地图' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  await page.goto(await restartHost());
  await expect(page.getByRole('button', { name: '新建地图' })).toBeVisible();

  // And back to English.
  await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
  await expect(library.newMapButton).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a map name that looks like HTML is shown as text and runs nothing', async ({ page, appUrl }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  const { library, editor } = await openNewMap(page, appUrl, 'Blank map', hostile);
  await editor.backToLibrary();
  await expect(library.map(hostile).getByRole('heading', { name: hostile })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('opening a map that does not exist shows the error and the way back', async ({ page, appUrl }) => {
  const editor = new EditorPage(page);
  await page.goto(`${appUrl}#/map/does-not-exist`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(editor.title).toHaveText('This map could not be opened');
  await editor.backToLibrary();
  await expect(new LibraryPage(page).newMapButton).toBeVisible();
});

test('a pasted 10,000-character map name is refused with the limit, in the UI’s language, and no map is made', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await library.newMapButton.click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByRole('radio', { name: 'Sales funnel' }).check();
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await name.fill('x'.repeat(10_000));
  // Nothing is cut without a word: the field keeps what was pasted, the dialog says what is wrong.
  expect((await name.inputValue()).length).toBe(10_000);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'A name can have at most 200 characters; this one has 10,000.',
  );
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const chinese = page.getByRole('dialog', { name: '新建地图' });
  await chinese.getByRole('button', { name: '创建' }).click();
  await expect(chinese.getByRole('alert')).toHaveText('名称最多 200 个字符，当前有 10,000 个。');
  await chinese.getByRole('button', { name: '取消' }).click();
  await expect(library.mapList).toHaveCount(0);
});
