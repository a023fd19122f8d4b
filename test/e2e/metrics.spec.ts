import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FUNNEL_CHINESE, FunnelPage } from './pages/funnel-page';
import { openNewMap } from './pages/library-page';

const STAGES = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty'];
// Conversions 60, 50, 80, 75, 66.7: the biggest leak is Interest; overall 120 / 1000 = 12.0%.
const COUNTS = ['1000', '600', '300', '240', '180', '120'];

const band = (page: Page, stage: string) => page.getByRole('region', { name: `Funnel numbers of ${stage}` });

async function openSalesMap(page: Page, appUrl: string) {
  await openNewMap(page, appUrl, 'Sales funnel', 'Funnel');
}

async function enterCounts(page: Page) {
  const dialog = await new FunnelPage(page).openNumbers();
  await expect(dialog.getByText('Create a period to enter numbers.')).toBeVisible();
  await dialog.getByRole('button', { name: 'New period' }).click();
  for (const [index, stage] of STAGES.entries()) {
    const field = dialog.getByRole('textbox', { name: `Count of ${stage}` });
    await field.fill(COUNTS[index] as string);
    await field.press('Enter');
    await expect(dialog.getByRole('textbox', { name: `Count of ${stage}` })).toHaveValue(
      COUNTS[index] as string,
    );
  }
  return dialog;
}

test('counts entered for a sales funnel show conversion, drop-off, the biggest leak and the overall figure', async ({
  page,
  appUrl,
}) => {
  await openSalesMap(page, appUrl);
  const funnel = new FunnelPage(page);
  await funnel.expectShownOnMap(false);
  const dialog = await enterCounts(page);
  await expect(dialog.getByTestId('panel-overall')).toHaveText('Overall conversion 12.0%');
  await expect(dialog.getByTestId('funnel-chart')).toBeVisible();

  // Bad counts are refused in place and nothing is saved.
  const awareness = dialog.getByRole('textbox', { name: 'Count of Awareness' });
  for (const bad of ['12.5', '-3', 'abc']) {
    await awareness.fill(bad);
    await awareness.press('Enter');
    await expect(awareness).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('alert')).toContainText('Enter a whole number of 0 or more.');
  }
  // A target is a share of the stage's customers: above 100% is refused the same way.
  const target = dialog.getByRole('textbox', { name: 'Target conversion % of Awareness' });
  await target.fill('150');
  await target.press('Enter');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(
    dialog.getByRole('alert').filter({ hasText: 'Enter a percentage from 0 to 100.' }),
  ).toBeVisible();
  await funnel.closeNumbers();

  // The overlay is on by default once there are numbers; the refused value never reached it.
  await funnel.expectShownOnMap(true);
  await expect(band(page, 'Awareness').getByTestId('metric-count')).toHaveText('1,000');
  await expect(band(page, 'Awareness').getByTestId('metric-target')).toHaveCount(0);
  // The arrow after Awareness (towards Interest) carries its conversion and the customers lost.
  await expect(band(page, 'Awareness').getByTestId('metric-conversion')).toHaveText('60.0%');
  await expect(band(page, 'Awareness').getByTestId('metric-dropoff')).toHaveText('400 lost');
  // The lowest rate (Interest) and the most customers lost (Awareness, 400) differ: both are marked.
  await expect(band(page, 'Interest').getByTestId('metric-leak')).toHaveText('Lowest conversion');
  await expect(page.getByTestId('metric-leak')).toHaveCount(1);
  await expect(band(page, 'Awareness').getByTestId('metric-most-lost')).toHaveText('Most customers lost');
  // The last stage has no next stage, so no arrow.
  await expect(band(page, 'Loyalty').getByTestId('metric-conversion')).toHaveCount(0);
  await expect(page.getByTestId('overall-conversion')).toHaveText('Overall conversion 12.0%');

  // Direct entry on a stage: Loyalty above Purchase is a data problem, flagged not hidden.
  await band(page, 'Loyalty')
    .getByRole('button', { name: /Count of Loyalty/ })
    .click();
  const field = page.getByRole('textbox', { name: 'Count of Loyalty' });
  await field.fill('x1');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('200');
  await field.press('Enter');
  await expect(band(page, 'Loyalty').getByTestId('metric-count')).toHaveText('200');
  // The flag sits on the stage with the surplus and says so; Purchase shows no (negative) drop-off.
  await expect(band(page, 'Loyalty').getByTestId('metric-problem')).toHaveText(
    'Loyalty has more customers (200) than Purchase before it (180): check the data',
  );
  await expect(page.getByTestId('metric-problem')).toHaveCount(1);
  await expect(band(page, 'Purchase').getByTestId('metric-conversion')).toHaveText('111.1%');
  await expect(band(page, 'Purchase').getByTestId('metric-dropoff')).toHaveCount(0);
  await expect(page.getByTestId('metric-dropoff').filter({ hasText: /-\d/ })).toHaveCount(0);

  // Numbers are stored: they come back after a reload.
  await page.reload();
  await expect(band(page, 'Loyalty').getByTestId('metric-count')).toHaveText('200');

  await funnel.menu('Show on map');
  await funnel.expectShownOnMap(false);
  await expect(band(page, 'Awareness')).toHaveCount(0);
});

test('what-if changes the projections and reset restores them; stored numbers stay', async ({
  page,
  appUrl,
}) => {
  await openSalesMap(page, appUrl);
  const dialog = await enterCounts(page);
  const overall = dialog.getByTestId('whatif-overall');
  await expect(overall).toHaveText('Projected overall conversion 12.0%');
  await dialog.getByRole('combobox', { name: 'Stage to change' }).selectOption({ label: 'Awareness' });
  await dialog.getByRole('spinbutton', { name: 'Conversion to next stage (%)' }).fill('80');
  await expect(dialog.getByTestId(/^whatif-count-/).nth(1)).toHaveText('800');
  await expect(dialog.getByTestId(/^whatif-count-/).nth(5)).toHaveText('160');
  await expect(overall).toHaveText('Projected overall conversion 16.0%');
  await expect(dialog.getByTestId('panel-overall')).toHaveText('Overall conversion 12.0%');
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(overall).toHaveText('Projected overall conversion 12.0%');
  await expect(dialog.getByTestId(/^whatif-count-/).nth(1)).toHaveText('600');

  const results = await new AxeBuilder({ page }).include('.metrics-side').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the overlay speaks Chinese', async ({ page, appUrl }) => {
  await openSalesMap(page, appUrl);
  await enterCounts(page);
  await new FunnelPage(page).closeNumbers();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const awareness = page.getByRole('region', { name: 'Awareness的漏斗数据' });
  await expect(awareness.getByTestId('metric-conversion')).toHaveText('60.0%');
  await expect(awareness.getByTestId('metric-dropoff')).toHaveText('流失 400');
  await expect(
    page.getByRole('region', { name: 'Interest的漏斗数据' }).getByTestId('metric-leak'),
  ).toHaveText('转化率最低');
  await expect(page.getByTestId('overall-conversion')).toHaveText('整体转化率 12.0%');
  await page
    .getByRole('region', { name: 'Loyalty的漏斗数据' })
    .getByRole('button', { name: /Loyalty/ })
    .click();
  const loyalty = page.getByRole('textbox', { name: /Loyalty/ });
  await loyalty.fill('200');
  await loyalty.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Loyalty的漏斗数据' }).getByTestId('metric-problem'),
  ).toHaveText('Loyalty的人数（200）多于上一阶段Purchase（180），请检查数据');
  await new FunnelPage(page, FUNNEL_CHINESE).expectShownOnMap(true);
});
