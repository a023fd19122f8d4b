import { expect, test } from './fixtures';
import { CHINESE, EditorPage, mapUrl } from './pages/editor-page';
import { hostApi } from './pages/versions-page';
import type { JourneyMap, MapSummary } from '../../shared/domain';

// Item 9: what journey-map readers expect to see: the personas in a band over the map, the emotion
// curve with faces in its own band, a colour per stage.

async function seedFunnelWithPersonas(appUrl: string, language: 'en' | 'zh-CN') {
  const call = await hostApi(appUrl);
  const summary = (await call('maps.create', {
    name: language === 'en' ? 'Sales with personas' : '带画像的销售漏斗',
    templateId: 'sales-funnel',
    language,
  })) as MapSummary;
  const lin = (await call('personas.create', {
    name: 'Lin Wei',
    role: 'Procurement lead',
    quote: 'Show me the total cost',
  })) as { id: string };
  const sam = (await call('personas.create', { name: 'Sam Park', role: 'Store owner' })) as { id: string };
  await call('maps.applyChanges', { id: summary.id, changes: { map: { personaIds: [lin.id, sam.id] } } });
  return { id: summary.id, map: (await call('maps.get', { id: summary.id })) as JourneyMap };
}

test('the personas band shows the map’s personas on the canvas and in the export picture; faces on the curve', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { id, map } = await seedFunnelWithPersonas(appUrl, 'en');
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Sales with personas');

  // The band sits above the stage headers, inside the fitted view, with name, role and quote.
  const band = editor.canvas.getByRole('region', { name: 'Personas of this journey' });
  await expect(band).toBeVisible();
  await expect(band.locator('.persona-band__name')).toHaveText(['Lin Wei', 'Sam Park']);
  await expect(band.locator('.persona-band__role')).toHaveText(['Procurement lead', 'Store owner']);
  await expect(band.locator('.persona-band__quote')).toHaveText(['“Show me the total cost”']);
  const bandBox = await band.boundingBox();
  const firstStage = await editor.stageHeader(map.stages[0]?.name ?? '').boundingBox();
  expect(bandBox && firstStage && bandBox.y + bandBox.height <= firstStage.y).toBe(true);
  const canvasBox = await editor.canvas.boundingBox();
  expect(bandBox && canvasBox && bandBox.y >= canvasBox.y).toBe(true);

  // Stage accents: neighbouring stage headers differ in colour.
  const accents = await editor.canvas
    .locator('.stage-header')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).borderTopColor));
  expect(accents.length).toBe(map.stages.length);
  for (let i = 1; i < accents.length; i += 1) expect(accents[i]).not.toBe(accents[i - 1]);

  // The emotion curve has a face at each stage's point, in its own tinted band.
  const points = editor.canvas.getByTestId('emotion-curve-point');
  await expect(points).toHaveCount(map.stages.length);
  await expect(points.first().locator('[data-face-score]')).toHaveCount(1);
  await expect(editor.canvas.getByTestId('emotion-band')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('band-canvas.png') });

  // The export picture (what the PNG is made from) draws the same band and faces.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const picture = dialog.locator('[data-map-picture]');
  const pictureBand = picture.locator('[data-persona-band]');
  await expect(pictureBand.locator('.persona-band__name')).toHaveText(['Lin Wei', 'Sam Park']);
  await expect(pictureBand.locator('.persona-band__role')).toHaveText(['Procurement lead', 'Store owner']);
  await expect(picture.locator('[data-emotion-curve] [data-face-score]')).toHaveCount(map.stages.length);
  await dialog.screenshot({ path: test.info().outputPath('band-export.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The print view (the PDF) too, as real text.
  const print = await page.context().newPage();
  await print.goto(`${appUrl}/#/print/${id}?page=A4&orientation=landscape&mode=fit`);
  await expect(print.locator('[data-print-ready="true"]')).toBeAttached();
  await expect(print.locator('[data-persona-band]').first()).toContainText('Procurement lead');
  await print.close();
});

test('the personas band speaks Chinese on a Chinese map', async ({ page, appUrl }) => {
  const { id } = await seedFunnelWithPersonas(appUrl, 'zh-CN');
  await page.goto(mapUrl(appUrl, id));
  await new EditorPage(page).expectLoaded('带画像的销售漏斗');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const editor = new EditorPage(page, CHINESE);
  await expect(editor.canvas).toBeVisible();
  const band = editor.canvas.getByRole('region', { name: '本旅程的用户画像' });
  await expect(band.locator('.persona-band__name')).toHaveText(['Lin Wei', 'Sam Park']);
});
