import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/funnel');
const band = (page: Page, stage: string) => page.getByRole('region', { name: `Funnel numbers of ${stage}` });

async function openSalesMap(page: Page, appUrl: string) {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await library.createMap('Sales funnel', 'Imported');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imported');
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

  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText('Count 1,000');
  await expect(band(page, 'Awareness').getByTestId('metric-conversion')).toHaveText('Conversion 60.0%');
  await expect(band(page, 'Intent').getByTestId('metric-count')).toHaveText('Count 150');
  await expect(band(page, 'Purchase').getByTestId('metric-count')).toHaveText('Count —');

  await page.getByRole('button', { name: 'Funnel metrics' }).click();
  const panel = page.getByRole('dialog', { name: 'Funnel metrics' });
  await expect(panel.getByTestId('period-provenance')).toContainText(
    'Imported from plain-utf8-bom.csv (CSV, SHA-256 ',
  );
  await panel.getByRole('button', { name: 'Close' }).last().click();

  // A broken file names its row and column, and the stored numbers stay as they were.
  const broken = await pick(page, 'ga4-funnel-broken.csv');
  await expect(broken.getByTestId('import-error')).toContainText(/Row \d+, column "Active users"/);
  await expect(broken.getByTestId('import-error')).toContainText(/Where: row \d+, column "Active users"/);
  await expect(broken.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await broken.getByRole('button', { name: 'Cancel' }).click();
  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText('Count 1,000');
  await expect(band(page, 'Intent').getByTestId('metric-count')).toHaveText('Count 150');
});

for (const file of [
  'ga4-funnel.csv',
  'ga4-funnel-trended.csv',
  'mixpanel-funnel.csv',
  'crm-gbk-semicolon.csv',
  'utf16-tab.tsv',
]) {
  test(`imports ${file} through the preview`, async ({ page, appUrl }) => {
    await openSalesMap(page, appUrl);
    const dialog = await pick(page, file);
    await expect(dialog.getByTestId('import-detected')).toBeVisible();
    const result = dialog.getByTestId('import-result');
    const firstCount = (await result.locator('tbody tr').first().locator('td').first().textContent()) ?? '';
    expect(firstCount).toMatch(/^[\d,]+$/);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
    await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText(`Count ${firstCount}`);
    await expect(page.getByRole('button', { name: 'Metrics', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
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

  await page.getByRole('button', { name: 'Funnel metrics' }).click();
  const panel = page.getByRole('dialog', { name: 'Funnel metrics' });
  const picker = panel.getByRole('combobox', { name: 'Shown on the map' });
  await expect(picker.locator('option')).toHaveCount(3);
  // The last date is the active period, with its own count on the canvas.
  await panel.getByRole('button', { name: 'Close' }).last().click();
  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText(/^Count [\d,]+$/);
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
    await expect(page.getByRole('button', { name: 'Export metrics CSV' })).toBeDisabled();
  });
}
