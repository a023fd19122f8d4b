import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap, MapSummary } from '../../shared/domain';
import { expect, test } from './fixtures';
import { mapUrl } from './pages/editor-page';
import { FunnelPage } from './pages/funnel-page';
import { hostApi } from './pages/versions-page';

// Issue 15 through the UI: a B2B map with two periods. Q1 is seeded; Q2's counts, the order value and
// a benchmark are typed in the panel.
// Q2 conversions: Lead 65% (benchmark 60-70), Needs discovery 390/650 = 60% (benchmark 70-80: below),
// Proposal 53.8%, Negotiation 60% (60-70), Closed deal 83.3%.
// Q1 -> Q2: Lead 50% -> 65% on 1,000 each (significant), Negotiation 60% -> 60% (not significant).
const Q1 = [1000, 500, 380, 200, 120, 100];
const Q2 = ['1000', '650', '390', '210', '126', '105'];
const STAGES = ['Lead capture', 'Needs discovery', 'Proposal', 'Negotiation', 'Closed deal', 'Retention'];

const outFile = (name: string): string => test.info().outputPath(name);
const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

async function seedB2b(appUrl: string, language: 'en' | 'zh-CN', name: string) {
  const call = await hostApi(appUrl);
  const summary = (await call('maps.create', { name, templateId: 'b2b-sales', language })) as MapSummary;
  const map = (await call('maps.get', { id: summary.id })) as JourneyMap;
  const q1 = (await call('metrics.createPeriod', {
    mapId: map.id,
    name: 'Q1',
    startDate: '2026-01-01',
    endDate: '2026-03-31',
    activate: false,
  })) as MapMetrics;
  await call('metrics.setStageMetrics', {
    periodId: q1.periods[0]!.id,
    rows: map.stages.map((s, i) => ({ stageId: s.id, count: Q1[i] })),
  });
  const q2 = (await call('metrics.createPeriod', {
    mapId: map.id,
    name: 'Q2',
    startDate: '2026-04-01',
    endDate: '2026-06-30',
  })) as MapMetrics;
  return { map, call, q2Id: q2.activePeriodId as string };
}

async function openPanel(page: Page, appUrl: string, mapId: string) {
  await page.goto(mapUrl(appUrl, mapId));
  return new FunnelPage(page).openNumbers();
}

/** The print view calls window.print in web mode; Chromium refuses page.pdf() on a printing tab. */
async function skipPrintDialog(page: Page) {
  await page.context().addInitScript(() => {
    window.print = () => undefined;
  });
}

test('a B2B map with two periods: both conversions, leaks, benchmark flag, significance, value, what-if and the report', async ({
  page,
  appUrl,
}) => {
  const { map, call } = await seedB2b(appUrl, 'en', 'Deals');
  await skipPrintDialog(page);
  const dialog = await openPanel(page, appUrl, map.id);
  for (const [index, stage] of STAGES.entries()) {
    const field = dialog.getByRole('textbox', { name: `Count of ${stage}` });
    await field.fill(Q2[index] as string);
    await field.press('Enter');
    await expect(dialog.getByRole('textbox', { name: `Count of ${stage}` })).toHaveValue(Q2[index] as string);
  }
  const [lead, discovery, proposal, negotiation] = map.stages.map((s) => s.id);

  // 1. Both conversions, worded apart.
  await expect(dialog.getByTestId(`insight-next-${discovery}`)).toHaveText('60.0%');
  await expect(dialog.getByTestId(`insight-first-${proposal}`)).toHaveText('39.0%');
  await expect(dialog.getByTestId(`insight-first-${proposal}`)).toHaveAttribute(
    'title',
    'Of 1,000 who entered Lead capture, 39.0% reached Proposal',
  );
  // 2. By rate Proposal loses most (46.2%); by customers Lead capture (350).
  await expect(dialog.getByTestId('leak-by-rate')).toHaveText('Biggest leak by rate: Proposal (46.2% lost)');
  await expect(dialog.getByTestId('leak-by-count')).toHaveText(
    'Loses the most customers: Lead capture (350 lost)',
  );
  // 3. The shipped benchmark flags Needs discovery, and only it, in the table and on the map.
  await expect(dialog.getByTestId(`insight-benchmark-${discovery}`)).toHaveText('70%–80% Below benchmark');
  await expect(dialog.getByTestId(`insight-benchmark-${lead}`)).toHaveText('60%–70% Within benchmark');
  // 4. A significant and a not-significant change look and read differently.
  const leadChange = dialog.getByTestId(`insight-change-${lead}`);
  await expect(leadChange).toHaveAttribute('data-verdict', 'significant');
  await expect(leadChange).toContainText('+15.0 pp');
  await expect(leadChange).toContainText('significant');
  const negotiationChange = dialog.getByTestId(`insight-change-${negotiation}`);
  await expect(negotiationChange).toHaveAttribute('data-verdict', 'notSignificant');
  await expect(negotiationChange).toContainText('not significant');
  await expect(leadChange.locator('.change-mark__verdict')).not.toHaveCSS(
    'background-color',
    await negotiationChange
      .locator('.change-mark__verdict')
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  );

  // 6. Bad value input is refused in place and saves nothing.
  const orderValue = dialog.getByTestId('value-orderValue');
  const currency = dialog.getByTestId('value-currency');
  const saveValue = dialog.getByRole('button', { name: 'Save value' });
  await orderValue.fill('-5');
  await saveValue.click();
  await expect(dialog.getByRole('alert')).toContainText('Enter an amount of 0 or more.');
  await orderValue.fill('10000');
  await currency.fill('XYZ');
  await saveValue.click();
  await expect(dialog.getByRole('alert')).toContainText('Choose one of the listed currencies');
  expect(((await call('metrics.listPeriods', { mapId: map.id })) as MapMetrics).value).toBeNull();
  await currency.fill('USD');
  await saveValue.click();
  await expect(dialog.getByTestId('value-revenue')).toHaveText(
    'Revenue this period: $1,050,000 (105 customers × $10,000)',
  );
  // Closing the Needs discovery leak to its benchmark (70%): 455 -> 122.5 retained, +17.5 (shown rounded).
  await expect(dialog.getByTestId(`insight-worth-${discovery}`)).toContainText('+$175,000');

  // A benchmark range with min above max is refused in place; a good one is saved and flags the stage.
  const min = dialog.getByTestId(`benchmark-min-${proposal}`);
  const max = dialog.getByTestId(`benchmark-max-${proposal}`);
  await min.fill('80');
  await max.fill('70');
  await dialog.getByRole('button', { name: 'Save benchmark of Proposal' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The minimum must not be above the maximum.');
  expect(((await call('metrics.listPeriods', { mapId: map.id })) as MapMetrics).benchmarks).toHaveLength(3);
  await min.fill('20');
  await max.fill('50');
  await dialog.getByRole('button', { name: 'Save benchmark of Proposal' }).click();
  await expect(dialog.getByTestId(`insight-benchmark-${proposal}`)).toHaveText('20%–50% Above benchmark');
  // A benchmark becomes a target.
  await dialog.getByRole('button', { name: 'Use the benchmark of Needs discovery as its target' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Target conversion % of Needs discovery' })).toHaveValue(
    '70',
  );

  // 6./7. What-if: raise Needs discovery -> Proposal from 60% to 72%: 468 -> 126 retained, +21, +$210,000.
  await dialog.getByRole('combobox', { name: 'Stage to change' }).selectOption({ label: 'Needs discovery' });
  await dialog.getByRole('spinbutton', { name: 'Conversion to next stage (%)' }).fill('72');
  await expect(dialog.getByTestId('whatif-value')).toHaveText(
    'Raise Needs discovery → Proposal from 60.0% to 72.0%: +21 customers, +$210,000 revenue per period',
  );

  // 5. Trends: one column per period.
  await expect(dialog.getByTestId('trends-table').getByRole('columnheader')).toHaveText([
    'Stage',
    'Q1',
    'Q2',
    'Change',
  ]);
  await expect(dialog.getByRole('img', { name: /^Trend of Lead capture: 50\.0%, 65\.0%$/ })).toBeVisible();
  for (const section of ['insight-title', 'trends-title', 'benchmark-title']) {
    await dialog.locator(`#${section}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: outFile(`panel-${section}.png`) });
  }

  await new FunnelPage(page).closeNumbers();
  // The benchmark flag on the map: Needs discovery only.
  const flags = page.getByTestId('metric-benchmark');
  await expect(flags).toHaveCount(1);
  await expect(page.getByTestId(`stage-metric-${discovery}`).getByTestId('metric-benchmark')).toHaveText(
    'Below benchmark',
  );
  await page.screenshot({ path: outFile('map.png') });

  // 8. The one-page report from the panel, as PDF through the print route.
  const reopened = await openPanel(page, appUrl, map.id);
  const popupPromise = page.waitForEvent('popup');
  await reopened.getByRole('button', { name: 'Funnel report (PDF)' }).click();
  const popup = await popupPromise;
  await expect(popup.locator('[data-print-ready="true"]')).toBeAttached();
  expect(popup.url()).toContain(`#/print/${map.id}?report=funnel`);
  const pdfFile = outFile('report-en.pdf');
  writeFileSync(pdfFile, await popup.pdf({ format: 'A4', printBackground: true }));
  const pages = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  expect(pages).toMatch(/Pages:\s+1\b/);
  const text = pdfText(pdfFile);
  for (const expected of [
    'Funnelreport',
    'Deals·Q2',
    'Biggestleakbyrate:Proposal',
    'Losesthemostcustomers:Leadcapture',
    'Belowbenchmark',
    'vsQ1',
    '+15.0pp',
    'notsignificant',
    'Revenuethisperiod:$1,050,000',
    'Tonext',
    'Offirst',
  ]) {
    expect(text).toContain(expected);
  }
  await popup.screenshot({ path: outFile('report-en.png'), fullPage: true });

  // And as PNG through the PNG path.
  const downloadPromise = page.waitForEvent('download');
  await reopened.getByRole('button', { name: 'Funnel report (PNG)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const pngFile = outFile('report.png');
  await download.saveAs(pngFile);
  const png = PNG.sync.read(readFileSync(pngFile));
  // The report is 190 mm wide (718 CSS px), drawn at twice that, and no wider than the page.
  expect(png.width).toBe(718 * 2);
  expect(png.height).toBeGreaterThan(800);
});

test('the funnel report speaks the map’s language: Chinese', async ({ page, appUrl }) => {
  const { map, call, q2Id } = await seedB2b(appUrl, 'zh-CN', '大客户');
  await call('metrics.setStageMetrics', {
    periodId: q2Id,
    rows: map.stages.map((s, i) => ({ stageId: s.id, count: Number(Q2[i]) })),
  });
  await call('metrics.setFunnelValue', {
    mapId: map.id,
    value: { orderValue: 80_000, currency: 'CNY', lifetimeValue: null },
  });
  await skipPrintDialog(page);
  const dialog = await openPanel(page, appUrl, map.id);
  const popupPromise = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Funnel report (PDF)' }).click();
  const popup = await popupPromise;
  await expect(popup.locator('[data-print-ready="true"]')).toBeAttached();
  const pdfFile = outFile('report-zh.pdf');
  writeFileSync(pdfFile, await popup.pdf({ format: 'A4', printBackground: true }));
  const text = pdfText(pdfFile);
  for (const expected of [
    '漏斗报告',
    '大客户·Q2',
    '低于基准',
    '显著',
    '不显著',
    '到下一阶段',
    '占首阶段',
    '¥8,400,000',
    '流失客户最多',
  ]) {
    expect(text).toContain(expected);
  }
});
