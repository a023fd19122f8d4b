import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panBy, type Box } from './pages/canvas-pan';
import { EditorPage, mapUrl } from './pages/editor-page';
import { FunnelPage } from './pages/funnel-page';
import { hostApi } from './pages/versions-page';

// Issue 11 item 6: the funnel band sits UNDER the stage headers (stage name, then its figures, then
// the lanes), and stays under the names when the map is panned down (frozen with them).

const COUNTS = [12_000, 4_560, 2_280, 1_140, 570, 400];

/** A Sales funnel map with a count per stage (the band is on by default with numbers). */
async function openSalesFunnelWithNumbers(page: Page, appUrl: string, name: string) {
  const call = await hostApi(appUrl);
  const { id } = (await call('maps.create', { name, templateId: 'sales-funnel', language: 'en' })) as {
    id: string;
  };
  const map = (await call('maps.get', { id })) as { stages: { id: string; name: string }[] };
  const metrics = (await call('metrics.createPeriod', { mapId: id, name: 'Q3' })) as {
    periods: { id: string }[];
  };
  await call('metrics.setStageMetrics', {
    periodId: metrics.periods[0]?.id,
    rows: map.stages.map((s, i) => ({ stageId: s.id, count: COUNTS[i] ?? 100 })),
  });
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded(name);
  await expect(editor.card('Pain point: Too many form fields')).toBeVisible();
  return { editor, stages: map.stages, id };
}

interface Column {
  id: string;
  header: Box;
  band: Box | null;
}

/** Each stage's frozen header and its part of the funnel band, as drawn on screen. */
const columns = (page: Page): Promise<Column[]> =>
  page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return [...document.querySelectorAll<HTMLElement>('.frozen-headers__stage')].map((el) => ({
      id: el.dataset['stageId'] ?? '',
      header: box(el)!,
      band: box(document.querySelector(`[data-testid="stage-metric-${el.dataset['stageId']}"]`)),
    }));
  });

/** The top of the first lane (its frozen header) and the visible cards' boxes. */
const firstLaneTop = async (page: Page): Promise<number> =>
  (await page.locator('.frozen-headers__lane').first().boundingBox())!.y;

const cardBoxes = (page: Page): Promise<Box[]> =>
  page.locator('.react-flow__node-card').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

const zoomOf = (page: Page): Promise<number> =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? NaN));

/**
 * Every stage name is on top of its own band column, and (unless the lanes are panned under the
 * frozen strip) the band is above the first lane.
 */
async function expectBandUnderHeaders(page: Page, stageCount: number, lanesBelow = true): Promise<void> {
  const cols = await columns(page);
  expect(cols).toHaveLength(stageCount);
  const laneTop = await firstLaneTop(page);
  for (const { id, header, band } of cols) {
    expect(band, `band part of ${id}`).not.toBeNull();
    // Same column: the figures read straight down from the stage name.
    expect(Math.abs(band!.x - header.x)).toBeLessThan(1.5);
    expect(Math.abs(band!.width - header.width)).toBeLessThan(1.5);
    // Name on top, then the band, then the lanes.
    expect(band!.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(band!.y - (header.y + header.height)).toBeLessThan(2);
    if (lanesBelow) expect(band!.y + band!.height).toBeLessThanOrEqual(laneTop + 1);
  }
}

test.use({ viewport: { width: 1440, height: 900 } });

test('the funnel band is drawn under the stage names and above the lanes, and stays under the names when the map is panned down', async ({
  page,
  appUrl,
}) => {
  const { editor, stages } = await openSalesFunnelWithNumbers(page, appUrl, 'Band under headers');
  const funnel = new FunnelPage(page);
  await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(stages.length);

  // Hidden (Ctrl+Shift+M): the lanes start right under the stage names, as without a funnel.
  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+M');
  await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(0);
  await editor.fitView();
  const hidden = await columns(page);
  const headerBottom = hidden[0]!.header.y + hidden[0]!.header.height;
  expect(Math.abs((await firstLaneTop(page)) - headerBottom)).toBeLessThan(2);

  // Funnel › Show on map: the band comes back between the stage names and the lanes.
  await funnel.menu('Show on map');
  await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(stages.length);
  await editor.fitView();
  await expectBandUnderHeaders(page, stages.length);
  // The band's figures read from the stage name down: "Awareness / 12,000 ▸ 38.0% ▸ …".
  await expect(funnel.band('Awareness').getByTestId('metric-count')).toHaveText('12,000');
  await expect(page.getByTestId('funnel-link-0').getByTestId('metric-conversion')).toHaveText('38.0%');
  // The biggest leak is still marked, in the band.
  await expect(page.getByTestId('metric-leak')).toHaveCount(1);
  // At rest the band hides no card: every card is below it.
  const bandBottom = Math.max(...(await columns(page)).map((c) => c.band!.y + c.band!.height));
  const cards = await cardBoxes(page);
  expect(cards.length).toBeGreaterThan(10);
  for (const card of cards) expect(card.y).toBeGreaterThanOrEqual(bandBottom - 1);
  // Fit to screen includes the band and the lanes: the stage names are inside the canvas.
  const canvas = (await editor.canvas.boundingBox())!;
  for (const { header } of await columns(page)) expect(header.y).toBeGreaterThanOrEqual(canvas.y - 1);

  // Ctrl+Shift+M hides and shows it again from the keyboard.
  await page.keyboard.press('Control+Shift+M');
  await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+M');
  await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(stages.length);
  await editor.fitView();

  // Zoom in and pan down (not past the last lane, where the strip goes with it): the names and the band stay at the top (frozen), the lanes scroll
  // under them.
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -200);
  await panBy(page, canvas, 0, -350);
  await page.screenshot({ path: test.info().outputPath('band-panned.png') });
  const panned = await columns(page);
  const visible = panned.filter(
    (c) => c.header.x + c.header.width > canvas.x && c.header.x < canvas.x + canvas.width,
  );
  expect(visible.length).toBeGreaterThan(0);
  for (const { header } of visible) expect(Math.abs(header.y - canvas.y)).toBeLessThan(2);
  await expectBandUnderHeaders(page, stages.length, false);
  // The first lane has scrolled up under the strip; the strip is as tall as names + band at this zoom.
  const zoom = await zoomOf(page);
  const strip = (await page.locator('.frozen-headers__stages').boundingBox())!;
  const band = visible[0]!.band!;
  expect(band.y + band.height).toBeLessThanOrEqual(strip.y + strip.height + 1);
  expect(strip.height).toBeGreaterThan((64 + 200) * zoom);
  expect(await firstLaneTop(page)).toBeLessThan(strip.y);
});

test('with the band shown, drags and drops land in the cell drawn under the pointer, and a drop on the band goes to that stage', async ({
  page,
  appUrl,
}) => {
  const { editor, id } = await openSalesFunnelWithNumbers(page, appUrl, 'Band drops');
  await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(6);
  await editor.fitView();
  const call = await hostApi(appUrl);
  type Stored = {
    stages: { id: string; name: string }[];
    lanes: { id: string; name: string }[];
    cards: { title: string; kind: string; stageId: string | null; laneId: string | null }[];
  };
  const stored = async () => (await call('maps.get', { id })) as Stored;
  const cellOf = async (title: string, kind?: string) => {
    const map = await stored();
    const card = map.cards.find((c) => c.title === title && (kind === undefined || c.kind === kind));
    return {
      stage: map.stages.find((s) => s.id === card?.stageId)?.name,
      lane: map.lanes.find((l) => l.id === card?.laneId)?.name,
    };
  };

  // A card dragged to the bottom of a cell lands in that cell: the drop reads the layout the canvas
  // draws, and the view does not refit under the pointer while the card is dragged.
  await editor.dragCard(
    editor.card('Pain point: Too many form fields'),
    await editor.cellPoint('Interest', 'Opportunities'),
  );
  await expect
    .poll(() => cellOf('Too many form fields'))
    .toEqual({ stage: 'Interest', lane: 'Opportunities' });
  // A palette item dropped into a cell goes there.
  await editor.dropPaletteItem('Touchpoint', await editor.cellPoint('Awareness', 'Touchpoints'));
  await expect.poll(async () => (await stored()).cards.filter((c) => c.kind === 'touchpoint').length).toBe(7);
  // A palette item dropped on the band under "Loyalty" goes to Loyalty's first lane, as on its name.
  const band = (await page.getByTestId('funnel-link-0').boundingBox())!;
  const loyalty = (await editor.stageHeader('Loyalty').boundingBox())!;
  await editor.dropPaletteItem('Thought', { x: loyalty.x + loyalty.width / 2, y: band.y + band.height / 2 });
  await expect
    .poll(async () => {
      const map = await stored();
      const thought = map.cards.find((c) => c.kind === 'thought');
      return thought
        ? [
            map.stages.find((s) => s.id === thought.stageId)?.name,
            map.lanes.find((l) => l.id === thought.laneId)?.name,
          ]
        : null;
    })
    .toEqual(['Loyalty', 'Actions']);
});

test('with no numbers yet, the band under the stage names says how to add them, and its button works', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  const { id } = (await call('maps.create', {
    name: 'Empty band',
    templateId: 'sales-funnel',
    language: 'en',
  })) as { id: string };
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Empty band');
  const funnel = new FunnelPage(page);
  await funnel.menu('Show on map');
  await expect(funnel.emptyBand).toContainText('No funnel numbers yet');
  await editor.fitView();
  const empty = (await funnel.emptyBand.boundingBox())!;
  const cols = await columns(page);
  const headerBottom = Math.max(...cols.map((c) => c.header.y + c.header.height));
  expect(empty.y).toBeGreaterThanOrEqual(headerBottom - 1);
  expect(empty.y + empty.height).toBeLessThanOrEqual((await firstLaneTop(page)) + 1);
  // Over the stage columns, not hidden by the frozen corner over the lane names.
  const corner = (await page.locator('.frozen-headers__corner').boundingBox())!;
  expect(empty.x).toBeGreaterThanOrEqual(corner.x + corner.width - 1);
  await page.screenshot({ path: test.info().outputPath('band-empty.png') });
  await funnel.emptyBand.getByRole('button', { name: 'Edit numbers' }).click();
  await expect(funnel.panel).toBeVisible();
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('at 1920 x 1080 the Sales funnel shows each stage name with its band figures under it, then the lanes', async ({
    page,
    appUrl,
  }) => {
    const { editor, stages } = await openSalesFunnelWithNumbers(page, appUrl, 'Band projector');
    await expect(page.locator('[data-testid^="stage-metric-"]')).toHaveCount(stages.length);
    await editor.fitView();
    await expectBandUnderHeaders(page, stages.length);
    await page.screenshot({ path: test.info().outputPath('band-1920.png') });
  });
});
