import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FunnelPage } from './pages/funnel-page';
import { openNewMap } from './pages/library-page';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/funnel');
const band = (page: Page, stage: string) => page.getByRole('region', { name: `Funnel numbers of ${stage}` });

async function openMap(page: Page, appUrl: string, template: string) {
  await openNewMap(page, appUrl, template, 'Imported');
}

const openSalesMap = (page: Page, appUrl: string) => openMap(page, appUrl, 'Sales funnel');

/** A Sales funnel map with the numbers panel open on a new, empty period. */
async function openNewPeriod(page: Page, appUrl: string) {
  await openSalesMap(page, appUrl);
  const panel = await new FunnelPage(page).openNumbers();
  await panel.getByRole('button', { name: 'New period' }).click();
  return panel;
}

async function pick(page: Page, file: string) {
  await page.getByTestId('metrics-file-input').setInputFiles(path.join(FIXTURES, file));
  const dialog = page.getByRole('dialog', { name: 'Import funnel metrics' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a plain CSV goes through the preview, one match changed, and lands on the canvas with its provenance', async ({
  page,
  appUrl,
}) => {
  await openSalesMap(page, appUrl);
  const dialog = await pick(page, 'plain-utf8-bom.csv');
  await expect(dialog.getByTestId('import-detected')).toHaveText(
    'Format CSV / TSV · encoding UTF-8 (BOM) · 1 period',
  );
  const purchase = dialog.getByRole('combobox', { name: 'Stage for step Purchase' });
  await expect(purchase).toHaveValue(/.+/);
  await purchase.selectOption({ label: 'Intent' });
  await expect(dialog.getByText('chosen by you')).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText('1,000');
  await expect(band(page, 'Awareness').getByTestId('metric-conversion')).toHaveText('60.0%');
  await expect(band(page, 'Intent').getByTestId('metric-count')).toHaveText('150');
  await expect(band(page, 'Purchase').getByTestId('metric-count')).toHaveText('—');

  const panel = await new FunnelPage(page).openNumbers();
  await expect(panel.getByTestId('period-provenance')).toContainText(
    'Imported from plain-utf8-bom.csv (CSV, SHA-256 ',
  );
  await new FunnelPage(page).closeNumbers();

  // A broken file names its row and column, and the stored numbers stay as they were.
  const broken = await pick(page, 'ga4-funnel-broken.csv');
  await expect(broken.getByTestId('import-error')).toContainText(/Row \d+, column "Active users"/);
  await expect(broken.getByTestId('import-error')).toContainText(/Where: row \d+, column "Active users"/);
  await expect(broken.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await broken.getByRole('button', { name: 'Cancel' }).click();
  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText('1,000');
  await expect(band(page, 'Intent').getByTestId('metric-count')).toHaveText('150');
});

// Files whose step names match no stage of the sales funnel are paired by order and need a confirmation.
for (const { file, byOrder } of [
  { file: 'ga4-funnel.csv', byOrder: false },
  { file: 'ga4-funnel-trended.csv', byOrder: false },
  { file: 'mixpanel-funnel.csv', byOrder: true },
  { file: 'crm-gbk-semicolon.csv', byOrder: true },
  { file: 'utf16-tab.tsv', byOrder: false },
]) {
  test(`imports ${file} through the preview`, async ({ page, appUrl }) => {
    await openSalesMap(page, appUrl);
    const dialog = await pick(page, file);
    await expect(dialog.getByTestId('import-detected')).toBeVisible();
    const result = dialog.getByTestId('import-result');
    const firstCount = (await result.locator('tbody tr').first().locator('td').first().textContent()) ?? '';
    expect(firstCount).toMatch(/^[\d,]+$/);
    await expect(dialog.getByTestId('import-order-warning')).toHaveCount(byOrder ? 1 : 0);
    if (byOrder) await dialog.getByRole('checkbox', { name: /I checked the matching/ }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
    await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText(`${firstCount}`);
    await new FunnelPage(page).expectShownOnMap(true);
  });
}

test('a trended export becomes one period per date when "Import all" is chosen', async ({ page, appUrl }) => {
  await openSalesMap(page, appUrl);
  const dialog = await pick(page, 'ga4-funnel-trended.csv');
  await expect(dialog.getByTestId('import-detected')).toContainText('3 periods');
  await dialog.getByRole('checkbox', { name: /Import all 3 periods/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'Write into' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  const panel = await new FunnelPage(page).openNumbers();
  const picker = panel.getByRole('combobox', { name: 'Shown on the map' });
  await expect(picker.locator('option')).toHaveCount(3);
  // The last date is the active period, with its own count on the canvas.
  await new FunnelPage(page).closeNumbers();
  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText(/^[\d,]+$/);
});

for (const file of [
  'mixpanel-funnel-broken.csv',
  'crm-gbk-semicolon-broken.csv',
  'csv-broken-quote.csv',
  'empty.csv',
]) {
  test(`${file} shows its error and writes nothing`, async ({ page, appUrl }) => {
    await openSalesMap(page, appUrl);
    const dialog = await pick(page, file);
    await expect(dialog.getByTestId('import-error')).toContainText(`Could not read ${file}:`);
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const funnel = new FunnelPage(page);
    await funnel.menuButton.click();
    await expect(funnel.menuItem('Export numbers as CSV')).toHaveAttribute('aria-disabled', 'true');
  });
}

test('a SaaS funnel matched onto e-commerce stages by order only is pointed out and must be confirmed', async ({
  page,
  appUrl,
}) => {
  await openMap(page, appUrl, 'E-commerce');
  const dialog = await pick(page, 'mixpanel-saas-funnel.csv');
  const warning = dialog.getByTestId('import-order-warning');
  await expect(warning.getByRole('alert')).toHaveText(
    'No step name matches a stage; steps were matched by their order. Check the matching below.',
  );
  await expect(dialog.getByText('matched by order')).toHaveCount(5);
  await expect(dialog.getByRole('combobox', { name: 'Stage for step Started free trial' })).toHaveValue(/.+/);
  const apply = dialog.getByRole('button', { name: 'Apply' });
  await expect(apply).toBeDisabled();

  const confirm = dialog.getByRole('checkbox', {
    name: 'I checked the matching: import the steps onto these stages',
  });
  await confirm.check();
  await expect(apply).toBeEnabled();
  await confirm.uncheck();
  await expect(apply).toBeDisabled();
  await confirm.check();
  await apply.click();
  await expect(dialog).toBeHidden();
  await expect(band(page, 'Impression').getByTestId('metric-count')).toHaveText('8,000');
  await expect(band(page, 'Payment').getByTestId('metric-count')).toHaveText('240');

  // A file whose names match (GA4's "Add to cart", "Purchase") needs no confirmation.
  const named = await pick(page, 'ga4-funnel.csv');
  await expect(named.getByTestId('import-result')).toBeVisible();
  await expect(named.getByTestId('import-order-warning')).toHaveCount(0);
  await expect(named.getByRole('button', { name: 'Apply' })).toBeEnabled();
});

test('messages name what is wrong in the user’s words: ignored columns as a list, random bytes as not a text file', async ({
  page,
  appUrl,
}) => {
  await openSalesMap(page, appUrl);
  const ga4 = await pick(page, 'ga4-funnel.csv');
  await expect(ga4.getByTestId('import-warning-ratesIgnored')).toHaveText(
    'The file’s rate columns “Completion rate” and “Abandonment rate” were not imported; conversion is computed from the counts.',
  );
  await expect(ga4.getByTestId('import-warning-segmentsIgnored')).toHaveText(
    'Only segment “All Users” was imported; “Mobile traffic” was left out.',
  );
  await ga4.getByRole('button', { name: 'Cancel' }).click();

  const binary = await pick(page, 'random-bytes.csv');
  const error = binary.getByTestId('import-error');
  await expect(error).toContainText(
    'Could not read random-bytes.csv: This is not a text or CSV file: it holds binary data',
  );
  await expect(error).not.toContainText('GB18030');
  expect(await error.textContent()).toMatch(/^[\x20-\x7e’“”…]*$/);
  await expect(binary.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await binary.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByTestId('metrics-file-input').setInputFiles(path.join(FIXTURES, 'random-bytes.csv'));
  const chinese = page.getByRole('dialog', { name: '导入漏斗指标' });
  await expect(chinese.getByTestId('import-error')).toContainText('这不是文本或 CSV 文件');
  await chinese.getByRole('button', { name: '取消' }).click();
  await page.getByTestId('metrics-file-input').setInputFiles(path.join(FIXTURES, 'ga4-funnel.csv'));
  await expect(chinese.getByTestId('import-warning-ratesIgnored')).toHaveText(
    '未导入文件中的比率列“Completion rate”和“Abandonment rate”，转化率根据人数计算。',
  );
});

test('a metrics CSV exported from the panel imports back into a fresh period with its targets, days and reasons', async ({
  page,
  appUrl,
}) => {
  const panel = await openNewPeriod(page, appUrl);
  const typed: [string, string][] = [
    ['Count of Awareness', '1000'],
    ['Count of Interest', '600'],
    ['Metric of Awareness', 'Visits'],
    ['Target conversion % of Awareness', '70'],
    ['Target conversion % of Interest', '55.5'],
    ['Average days in stage of Interest', '3.5'],
    ['Main loss reasons of Interest', '-5% discount elsewhere, "slow" replies'],
  ];
  for (const [name, value] of typed) {
    const field = panel.getByRole('textbox', { name });
    await field.fill(value);
    await field.press('Enter');
    await expect(panel.getByRole('textbox', { name })).toHaveValue(value);
  }
  await new FunnelPage(page).closeNumbers();
  await expect(band(page, 'Awareness').getByTestId('metric-target')).toHaveText('Target 70.0% · missed');

  const downloading = page.waitForEvent('download');
  await new FunnelPage(page).menu('Export numbers as CSV');
  const download = await downloading;
  const exported = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(exported);

  await page.getByTestId('metrics-file-input').setInputFiles(exported);
  const dialog = page.getByRole('dialog', { name: 'Import funnel metrics' });
  await expect(dialog.getByRole('combobox', { name: 'Write into' })).toHaveValue('new');
  await dialog.getByRole('textbox', { name: 'Name of the new period' }).fill('Round trip');
  await expect(dialog.getByTestId('import-order-warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  // The imported period is the one shown, and its targets are back.
  await expect(band(page, 'Awareness').getByTestId('metric-target')).toHaveText('Target 70.0% · missed');
  await new FunnelPage(page).openNumbers();
  await expect(
    panel.getByRole('combobox', { name: 'Shown on the map' }).locator('option:checked'),
  ).toHaveText('Round trip');
  await expect(panel.getByRole('combobox', { name: 'Shown on the map' }).locator('option')).toHaveCount(2);
  for (const [name, value] of typed) await expect(panel.getByRole('textbox', { name })).toHaveValue(value);
});

test('two fields of one stage committed while the first is still saving both stay (the round trip’s flake)', async ({
  page,
  appUrl,
}) => {
  const panel = await openNewPeriod(page, appUrl);
  // The library answers slowly, as on a busy machine: each answer waits (at most 1.5 s) until the
  // second field has been sent, so both fields are committed before any save of the row is back.
  let secondAnswered = false;
  let secondSent: () => void = () => undefined;
  const second = new Promise<void>((resolve) => (secondSent = resolve));
  await page.route('**/api/metrics.setStageMetrics', async (route) => {
    const isSecond = route.request().postData()?.includes('slow replies') ?? false;
    if (isSecond) secondSent();
    const response = await route.fetch();
    await Promise.race([second, new Promise((resolve) => setTimeout(resolve, 1500))]);
    await route.fulfill({ response });
    if (isSecond) secondAnswered = true;
  });
  const days = panel.getByRole('textbox', { name: 'Average days in stage of Interest' });
  await days.fill('3.5');
  await days.press('Enter');
  const reasons = panel.getByRole('textbox', { name: 'Main loss reasons of Interest' });
  await reasons.fill('slow replies');
  await reasons.press('Enter');

  // Once the second field's save is answered (the last one sent), read back from the library.
  await expect.poll(() => secondAnswered).toBe(true);
  await page.reload();
  const reopened = await new FunnelPage(page).openNumbers();
  await expect(reopened.getByRole('textbox', { name: 'Average days in stage of Interest' })).toHaveValue(
    '3.5',
  );
  await expect(reopened.getByRole('textbox', { name: 'Main loss reasons of Interest' })).toHaveValue(
    'slow replies',
  );
});
