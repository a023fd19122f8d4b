import type { Page } from '@playwright/test';
import { formatCount, formatPercent, stageConversion } from '../../shared/funnel';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';
import { FunnelPage } from './pages/funnel-page';
import { openNewMap } from './pages/library-page';
import { hostApi, journeyMap } from './pages/versions-page';

const STAGES = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty'];
const COUNTS = [1000, 600, 300, 240, 180, 120];

/** Types every count in the docked numbers panel, checking after each that the band on the map follows. */
async function typeCounts(page: Page, funnel: FunnelPage) {
  const panel = await funnel.openNumbers();
  await panel.getByRole('button', { name: 'New period' }).click();
  for (const [index, stage] of STAGES.entries()) {
    const field = panel.getByRole('textbox', { name: `Count of ${stage}` });
    await field.fill(String(COUNTS[index]));
    await field.press('Enter');
    // The map is not hidden behind a dialog: the band shows each number as soon as it is stored.
    await expect(funnel.band(stage).getByTestId('metric-count')).toHaveText(formatCount(COUNTS[index], 'en'));
  }
  return panel;
}

/** The first lane's frozen header (its top is where the lanes start, under the band). */
const boxOfFirstLane = async (page: Page) =>
  (await page.locator('.frozen-headers__lane').first().boundingBox())!;

/** The zoom of the canvas (the scale of React Flow's viewport transform). */
const canvasZoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .first()
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

test('the funnel band says how to add numbers, follows the counts typed in the side panel, and its arrows show the conversions', async ({
  page,
  appUrl,
}) => {
  const { editor } = await openNewMap(page, appUrl, 'Sales funnel', 'Band');
  const funnel = new FunnelPage(page);

  // With no numbers, showing the funnel on the map says how to add them, and offers the way.
  await funnel.menu('Show on map');
  await expect(funnel.emptyBand).toContainText('No funnel numbers yet');
  await expect(funnel.emptyBand).toContainText(
    'Choose Funnel › Edit numbers to type how many customers reached each stage, or Funnel › Import',
  );
  await expect(page.getByText('Count —')).toHaveCount(0);
  await funnel.emptyBand.getByRole('button', { name: 'Edit numbers' }).click();
  await expect(funnel.panel).toBeVisible();
  // A side panel, not a modal: no dialog, and the canvas is beside it, not under it.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const canvasBox = (await editor.canvas.boundingBox())!;
  const panelBox = (await funnel.panel.boundingBox())!;
  expect(canvasBox.x + canvasBox.width).toBeLessThanOrEqual(panelBox.x + 1);
  expect(canvasBox.width).toBeGreaterThan(600);

  const panel = await typeCounts(page, funnel);
  await expect(funnel.emptyBand).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('side-panel.png') });

  // Each arrow sits between the two stages it links and shows next / current, as shared/funnel computes it.
  const expected = COUNTS.slice(1).map((next, i) => formatPercent(stageConversion(COUNTS[i], next), 'en'));
  expect(expected).toEqual(['60.0%', '50.0%', '80.0%', '75.0%', '66.7%']);
  expect(await funnel.arrowLabels()).toEqual(expected);
  const headers = (
    await editor.canvas
      .locator('.frozen-headers__stage')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
  ).sort((a, b) => a.x - b.x);
  expect(headers).toHaveLength(STAGES.length);
  for (let i = 0; i < STAGES.length - 1; i += 1) {
    const arrow = (await page.getByTestId(`funnel-link-${i}`).boundingBox())!;
    const left = headers[i]!;
    const right = headers[i + 1]!;
    const middle = arrow.x + arrow.width / 2;
    expect(Math.abs(middle - right.x)).toBeLessThan(3);
    expect(middle).toBeGreaterThan(left.x);
    expect(middle).toBeLessThan(right.x + right.width);
    // Under the header row, in the band.
    expect(arrow.y).toBeGreaterThanOrEqual(left.y + left.height - 1);
  }
  await expect(page.getByTestId('funnel-link-0')).toHaveAttribute(
    'aria-label',
    'From Awareness to Interest: 60.0% moved on',
  );
  // Drop-off in customers; the lowest conversion (Interest → Consideration, 50%) is not where most
  // customers are lost (Awareness → Interest, 400), so both are marked.
  await expect(funnel.band('Interest').getByTestId('metric-dropoff')).toHaveText('300 lost');
  await expect(funnel.band('Interest').getByTestId('metric-leak')).toHaveText('Lowest conversion');
  await expect(page.getByTestId('metric-leak')).toHaveCount(1);
  await expect(funnel.band('Awareness').getByTestId('metric-most-lost')).toHaveText('Most customers lost');
  await expect(page.getByTestId('metric-most-lost')).toHaveCount(1);
  await expect(funnel.band('Purchase').getByTestId('metric-of-first')).toHaveText('18.0% of Awareness');
  await expect(funnel.band('Awareness').getByTestId('metric-of-first')).toHaveCount(0);
  // Bars in proportion to the counts.
  const widths = await page
    .getByTestId('metric-bar')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(widths).toHaveLength(6);
  for (const [i, width] of widths.entries()) expect(width / widths[0]!).toBeCloseTo(COUNTS[i]! / 1000, 2);

  // What-if on the canvas: projected counts beside the actual ones, one click back to actual.
  await panel.getByRole('combobox', { name: 'Stage to change' }).selectOption({ label: 'Awareness' });
  await panel.getByRole('spinbutton', { name: 'Conversion to next stage (%)' }).fill('80');
  await expect(page.getByTestId('band-whatif')).toContainText('What-if: projected counts');
  await expect(funnel.band('Interest').getByTestId('metric-projected')).toHaveText('Projected 800');
  await expect(funnel.band('Loyalty').getByTestId('metric-projected')).toHaveText('Projected 160');
  await expect(funnel.band('Interest').getByTestId('metric-count')).toHaveText('600');
  await page.getByTestId('band-whatif').getByRole('button', { name: 'Back to actual' }).click();
  await expect(page.getByTestId('metric-projected')).toHaveCount(0);
  await expect(page.getByTestId('band-whatif')).toHaveCount(0);
  await expect(panel.getByTestId('whatif-overall')).toHaveText('Projected overall conversion 12.0%');

  // Escape closes the panel; the inspector is back.
  await panel.getByRole('heading', { name: 'Funnel numbers' }).click();
  await page.keyboard.press('Escape');
  await expect(funnel.panel).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
});

test('on a projector (1920 x 1080, fitted) every figure of the band is at least 14 px and on screen', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { editor } = await openNewMap(page, appUrl, 'Sales funnel', 'Projector');
  const funnel = new FunnelPage(page);
  await typeCounts(page, funnel);
  await funnel.closeNumbers();
  await editor.fitView();
  await expect.poll(() => canvasZoom(page)).toBeLessThan(1);
  const zoom = await canvasZoom(page);
  const sizes = await page
    .locator('.funnel-band__stage, .funnel-link, .funnel-band__legend')
    .evaluateAll((els) =>
      els.flatMap((root) =>
        [...root.querySelectorAll<HTMLElement>('*')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map((el) => ({ text: el.textContent ?? '', size: parseFloat(getComputedStyle(el).fontSize) })),
      ),
    );
  expect(sizes.length).toBeGreaterThan(20);
  const smallest = Math.min(...sizes.map((s) => s.size * zoom));
  expect(smallest, JSON.stringify(sizes.filter((s) => s.size * zoom < 14))).toBeGreaterThanOrEqual(14);
  // "Fit map to screen" includes the band: all of it is inside the canvas.
  const canvas = (await editor.canvas.boundingBox())!;
  for (const box of await page
    .locator('.funnel-band__stage')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.y).toBeGreaterThanOrEqual(canvas.y);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  }
  await page.screenshot({ path: test.info().outputPath('projector.png') });
});

test('over three dated periods the band shows both leaks, the change vs the previous period with its significance, and a sparkline', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  const mapId = await seedMapOverHttp(appUrl, journeyMap('fb'));
  // Stages Awareness, Consideration, Intent. The latest period loses most customers at Awareness
  // (5,000 of 10,000, 50%) but converts worst at Consideration (20%): the two leaks differ.
  const periods: [string, string, number[]][] = [
    ['Q1', '2026-01-01', [10000, 3000, 600]],
    ['Q2', '2026-04-01', [10000, 4000, 820]],
    ['Q3', '2026-07-01', [10000, 5000, 1000]],
  ];
  for (const [name, startDate, counts] of periods) {
    const created = (await call('metrics.createPeriod', { mapId, name, startDate })) as {
      periods: { id: string; name: string }[];
    };
    const period = created.periods.find((p) => p.name === name)!;
    await call('metrics.setStageMetrics', {
      periodId: period.id,
      rows: counts.map((count, i) => ({ stageId: `fb-s${i}`, count })),
    });
  }
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, mapId));
  await editor.expectLoaded('Checkout journey');
  const funnel = new FunnelPage(page);

  await expect(funnel.band('Consideration').getByTestId('metric-leak')).toHaveText('Lowest conversion');
  await expect(funnel.band('Awareness').getByTestId('metric-most-lost')).toHaveText('Most customers lost');
  await expect(page.getByTestId('metric-most-lost')).toHaveCount(1);
  // 40% -> 50% on 10,000 customers is real; 20.5% -> 20% on 4,000-5,000 is within chance.
  await expect(page.getByTestId('funnel-link-0').getByTestId('metric-conversion-change')).toHaveText(
    '+10.0 pts vs Q2, significant',
  );
  await expect(page.getByTestId('funnel-link-1').getByTestId('metric-conversion-change')).toHaveText(
    '-0.5 pts vs Q2, within chance',
  );
  await expect(page.getByTestId('funnel-link-0').getByTestId('metric-sparkline')).toHaveAccessibleName(
    'Conversion over 3 periods: 30.0% to 50.0%',
  );
  await expect(funnel.band('Intent').getByTestId('metric-of-first')).toHaveText('10.0% of Awareness');
  // The band grew for the longer arrows, and the fit took its real height: all of it is on screen,
  // under the stage headers, and no arrow runs over the stage headers or the lanes under the band.
  const canvas = (await editor.canvas.boundingBox())!;
  const headerBottom = Math.max(
    ...(await editor.canvas
      .locator('.frozen-headers__stage')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))),
  );
  const firstLaneTop = (await boxOfFirstLane(page)).y;
  await expect
    .poll(async () =>
      Math.min(
        ...(await page
          .locator('.funnel-band__stage, .funnel-link')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))),
      ),
    )
    .toBeGreaterThanOrEqual(canvas.y);
  const arrows = await page
    .locator('.funnel-link')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(arrows).toHaveLength(2);
  for (const arrow of arrows) {
    expect(arrow.top).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(arrow.bottom).toBeLessThanOrEqual(firstLaneTop + 1);
  }
  await page.screenshot({ path: test.info().outputPath('periods.png') });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByTestId('funnel-link-0').getByTestId('metric-conversion-change')).toHaveText(
    '较Q2 +10.0 个百分点，显著',
  );
  await expect(
    page.getByRole('region', { name: 'Awareness的漏斗数据' }).getByTestId('metric-most-lost'),
  ).toHaveText('流失人数最多');
  await expect(
    page.getByRole('region', { name: 'Intent的漏斗数据' }).getByTestId('metric-of-first'),
  ).toHaveText('占Awareness的 10.0%');
});
