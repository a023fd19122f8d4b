import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { hostApi } from './pages/versions-page';

/** The first bytes of a real PNG: what a screenshot renamed `.journeymap` starts with. */
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
const screenshot = { name: 'screenshot.journeymap', mimeType: 'application/octet-stream', buffer: PNG_BYTES };

test('a PNG renamed .journeymap is called a PNG image, not shown as bytes', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByLabel('Map file to import').setInputFiles(screenshot);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The file could not be imported: This is a PNG image, not a journey map file. Choose a .journeymap file.',
  );
  await expect(alert).not.toContainText('\uFFFD');
  await expect(library.mapList.getByRole('listitem')).toHaveCount(0);
});

test('in the Chinese UI, import errors are Chinese: a PNG, and a file with a broken reference', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  const summary = (await call('maps.create', {
    name: '漏斗',
    templateId: 'sales-funnel',
    language: 'zh-CN',
  })) as {
    id: string;
  };
  const { text } = (await call('maps.exportFile', { id: summary.id })) as { text: string };
  const broken = JSON.parse(text) as { map: { cards: { stageId: string }[] } };
  broken.map.cards[3]!.stageId = 'nowhere';

  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await expect(page.getByRole('button', { name: '新建地图' })).toBeVisible();

  const input = page.getByLabel('要导入的地图文件');
  await input.setInputFiles(screenshot);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    '无法导入该文件：这是一张 PNG 图片，不是旅程地图文件。请选择 .journeymap 文件。',
  );

  await input.setInputFiles({
    name: 'broken.journeymap',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(alert).toContainText(
    '无法导入该文件：卡片 4 的阶段（map.cards.3.stageId）指向不在地图中的阶段“nowhere”。',
  );
  await expect(page.getByRole('list', { name: '旅程地图' }).getByRole('listitem')).toHaveCount(1);
});

test('the import notice counts repairs per kind, in Chinese', async ({ page, appUrl }) => {
  const call = await hostApi(appUrl);
  const summary = (await call('maps.create', {
    name: '漏斗',
    templateId: 'sales-funnel',
    language: 'zh-CN',
  })) as {
    id: string;
  };
  const { text } = (await call('maps.exportFile', { id: summary.id })) as { text: string };
  const junk = new Array<string>(1_500).fill('{"__proto__":{"polluted":1}}').join(',');
  const hostile = text.replace('"format"', `"junk": [${junk}], "constructor": {}, "format"`);

  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await page.getByLabel('要导入的地图文件').setInputFiles({
    name: 'hostile.journeymap',
    mimeType: 'application/json',
    buffer: Buffer.from(hostile),
  });
  await expect(page.getByRole('status')).toHaveText(
    '已导入“漏斗（副本）”，修复了 1,501 处：删除了 1,500 个名为 __proto__ 的未知字段' +
      '（如 junk.0.__proto__, junk.1.__proto__, junk.2.__proto__）；删除了 1 个名为 constructor 的未知字段（如 constructor）。',
  );
  await expect(page.getByRole('listitem', { name: '漏斗（副本）', exact: true })).toBeVisible();
});
