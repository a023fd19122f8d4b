import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHINESE, EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';
import { FUNNEL_CHINESE, FunnelPage } from './pages/funnel-page';
import { openNewMap } from './pages/library-page';
import { hostApi, journeyMap } from './pages/versions-page';

// Item 16: in the Chinese UI every error is Chinese, naming what is wrong and where, with no
// English words from the backend's log message.

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/funnel');

/** A new map from the English sales template, then the UI switched to Chinese in the editor. */
async function openSalesMapInChinese(page: Page, appUrl: string, name: string): Promise<void> {
  await openNewMap(page, appUrl, 'Sales funnel', name);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
}

test('a funnel file with a bad cell names its row, column and cell in Chinese', async ({ page, appUrl }) => {
  await openSalesMapInChinese(page, appUrl, 'Imported');

  await page.getByTestId('metrics-file-input').setInputFiles(path.join(FIXTURES, 'ga4-funnel-broken.csv'));
  const dialog = page.getByRole('dialog', { name: '导入漏斗指标' });
  const error = dialog.getByTestId('import-error');
  await expect(error).toContainText(
    /无法读取 ga4-funnel-broken\.csv：第 \d+ 行“Active users”列：“12,3x5”不是数字。请修正该单元格后重新导入。/,
  );
  await expect(error).toContainText(/位置：第 \d+ 行“Active users”列/);
  await expect(error).not.toContainText(/Row|row|Fix the cell|英文/);
  await expect(dialog.getByRole('button', { name: '应用' })).toBeDisabled();
});

test('a save the library refuses says why in Chinese: a persona deleted meanwhile', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  await call('settings.update', { language: 'zh-CN' });
  const persona = (await call('personas.create', { name: '林薇', role: '采购' })) as { id: string };
  const mapId = await seedMapOverHttp(appUrl, journeyMap('zh', '结账旅程'));
  const editor = new EditorPage(page, CHINESE);
  await page.goto(mapUrl(appUrl, mapId));
  await editor.expectLoaded('结账旅程');

  // Another window deletes the persona after this one listed it; adding it to the map is refused.
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.getByRole('combobox', { name: '要添加的画像' })).toContainText('林薇');
  await call('personas.delete', { id: persona.id, force: true });
  await inspector.getByRole('combobox', { name: '要添加的画像' }).selectOption({ label: '林薇' });
  await inspector.getByRole('button', { name: '将画像添加到地图' }).click();

  const status = page.getByRole('toolbar', { name: '编辑工具' }).getByRole('status');
  await expect(status).toContainText(`无法保存：`);
  await expect(status).toContainText(
    `无法保存：用户画像引用 1（changes.map.personaIds.0）指向本资料库中没有的用户画像“${persona.id}”。`,
  );
  await expect(status).not.toContainText(/refers to|英文|Changes/);
});

test('a number the library refuses in the metrics table says why in Chinese', async ({ page, appUrl }) => {
  await openSalesMapInChinese(page, appUrl, 'Funnel');
  const dialog = await new FunnelPage(page, FUNNEL_CHINESE).openNumbers();
  await dialog.getByRole('button', { name: '新建周期' }).click();

  const label = dialog.getByRole('textbox', { name: 'Awareness的指标' });
  await label.fill('x'.repeat(1_001));
  await label.press('Enter');
  // The cell itself says why, as the panel's alert does.
  await expect(label).toHaveAccessibleDescription(/指标名称（rows\.0\.metricLabel）最多 1,000 个字符。$/);
  await expect(label).not.toHaveAccessibleDescription(/Invalid|Too big|英文/);
});
