import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { MapMetrics } from '../../shared/api';
import type { JourneyMap, MapSummary } from '../../shared/domain';
import {
  checkPngSize,
  EXPORT_COLORS,
  pictureGeometry,
  printableAreaPx,
  tileContent,
} from '../../shared/export';
import { expect, test } from './fixtures';
import { mapUrl } from './pages/editor-page';
import { hostApi } from './pages/versions-page';

/** Where a test's exported files go (Playwright's per-test output folder, kept with its report). */
const outFile = (name: string): string => test.info().outputPath(name);
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

/** A Chinese sales-funnel map from the zh-CN template, with a connection and funnel numbers. */
async function seedChineseFunnel(
  appUrl: string,
): Promise<{ map: JourneyMap; call: (n: string, i: unknown) => Promise<unknown> }> {
  const call = await hostApi(appUrl);
  const summary = (await call('maps.create', {
    name: '销售漏斗 导出',
    templateId: 'sales-funnel',
    language: 'zh-CN',
  })) as MapSummary;
  let map = (await call('maps.get', { id: summary.id })) as JourneyMap;
  const [a, b] = [map.cards[0], map.cards.find((c) => c.stageId === map.stages[1]?.id)];
  if (!a || !b) throw new Error('template cards missing');
  const persona = (await call('personas.create', { name: '王经理', role: '采购负责人' })) as { id: string };
  await call('maps.applyChanges', {
    id: map.id,
    changes: {
      map: { personaIds: [persona.id] },
      upsert: { connections: [{ id: 'edge-1', sourceId: a.id, targetId: b.id, label: '下一步' }] },
    },
  });
  const metrics = (await call('metrics.createPeriod', {
    mapId: map.id,
    name: '2026 第三季度',
  })) as MapMetrics;
  await call('metrics.setStageMetrics', {
    periodId: metrics.periods[0]!.id,
    rows: map.stages.map((s, i) => ({ stageId: s.id, count: 20_000 - i * 3_000, metricLabel: '客户数' })),
  });
  map = (await call('maps.get', { id: summary.id })) as JourneyMap;
  return { map, call };
}

function decodePng(file: string): PNG {
  return PNG.sync.read(readFileSync(file));
}

/** How many opaque pixels have exactly this colour (antialiased edges differ; line interiors match). */
function countColour(png: PNG, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b && png.data[i + 3] === 255)
      n += 1;
  }
  return n;
}

async function openExportDialog(page: Page, appUrl: string, mapId: string) {
  await page.goto(mapUrl(appUrl, mapId));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Text of a PDF without whitespace (pdftotext breaks lines where the layout does). */
const pdfText = (file: string): string => run('pdftotext', ['-layout', file, '-']).replace(/\s+/g, '');

test('PNG through the dialog: exact size, transparent corners, edge and curve colours; options remembered', async ({
  page,
  appUrl,
}) => {
  const { map } = await seedChineseFunnel(appUrl);
  const dialog = await openExportDialog(page, appUrl, map.id);
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('2');
  await dialog.getByRole('spinbutton', { name: 'Margin (px)' }).fill('24');
  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Emotion curve' })).toBeChecked();

  const rect = pictureGeometry(map).rect;
  const expected = { width: (rect.width + 48) * 2, height: (rect.height + 48) * 2 };
  await expect(dialog.getByText(`Image: ${expected.width} × ${expected.height} px`)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('销售漏斗 导出.png');
  const file = outFile('transparent.png');
  await download.saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('Saved');

  const png = decodePng(file);
  expect({ width: png.width, height: png.height }).toEqual(expected);
  expect(png.data[3]).toBe(0); // top-left alpha
  expect(png.data[png.data.length - 1]).toBe(0); // bottom-right alpha
  expect(countColour(png, EXPORT_COLORS.edge)).toBeGreaterThan(50);
  expect(countColour(png, EXPORT_COLORS.curve)).toBeGreaterThan(200);

  // Without the curve and on white: the curve colour is gone, the corner is opaque white.
  await dialog.getByRole('checkbox', { name: 'Emotion curve' }).uncheck();
  await dialog.getByRole('radio', { name: 'White' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
  const second = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const whiteFile = outFile('white.png');
  await (await second).saveAs(whiteFile);
  const white = decodePng(whiteFile);
  expect(white.width).toBe(rect.width + 48);
  expect([...white.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  expect(countColour(white, EXPORT_COLORS.curve)).toBe(0);
  expect(countColour(white, EXPORT_COLORS.edge)).toBeGreaterThan(10);

  // The choices are remembered for this map.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(
    page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: 'White' }),
  ).toBeChecked();
  await expect(
    page.getByRole('dialog', { name: 'Export' }).getByRole('checkbox', { name: 'Emotion curve' }),
  ).not.toBeChecked();
});

test('a PNG too large for a canvas is refused before drawing and the largest scale that fits is offered', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  const summary = (await call('maps.create', {
    name: 'Wide map',
    templateId: 'blank',
    language: 'en',
  })) as MapSummary;
  const stages = Array.from({ length: 14 }, (_, i) => ({
    id: `w${i}`,
    name: `Stage ${i}`,
    description: '',
    goal: '',
    width: 320,
  }));
  await call('maps.applyChanges', { id: summary.id, changes: { upsert: { stages } } });
  const map = (await call('maps.get', { id: summary.id })) as JourneyMap;
  const dialog = await openExportDialog(page, appUrl, map.id);
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('4');
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('more than the browser can draw');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  const check = checkPngSize(pictureGeometry(map).rect, 4, 24);
  expect(check.ok).toBe(false);
  const fits = String(check.largestOfferedScale);
  await alert.getByRole('button', { name: `Use ${fits}×` }).click();
  await expect(dialog.getByRole('combobox', { name: 'Scale' })).toHaveValue(fits);
  await expect(alert).toBeHidden();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
});

test('PDF: the dialog opens the print view; fit gives one vector page, tiles give N labelled pages', async ({
  page,
  appUrl,
}) => {
  const { map } = await seedChineseFunnel(appUrl);
  // The print view calls the browser's own print in web mode; Chromium refuses page.pdf() on a tab that
  // is already printing, so every page of this context records its print calls instead of printing.
  await page.context().addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
  const dialog = await openExportDialog(page, appUrl, map.id);
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('A4');
  await dialog.getByRole('combobox', { name: 'Orientation' }).selectOption('landscape');
  await dialog.getByRole('radio', { name: 'Fit to one page' }).check();
  await expect(dialog.getByText('A4 · Landscape · 1 page')).toBeVisible();
  const popupPromise = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const popup = await popupPromise;
  await expect(popup.locator('[data-print-ready="true"]')).toBeAttached();
  expect(popup.url()).toContain(`#/print/${map.id}?`);
  // The web user gets the browser's print dialog, once, as soon as the view is ready.
  await expect
    .poll(() => popup.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);

  const fitFile = outFile('fit.pdf');
  await popup.pdf({ path: fitFile, preferCSSPageSize: true, printBackground: true });
  const fitInfo = run('pdfinfo', [fitFile]);
  expect(fitInfo).toMatch(/Pages:\s+1\n/);
  expect(fitInfo).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  run('qpdf', ['--check', fitFile]);
  const text = pdfText(fitFile);
  for (const card of map.cards) expect(text, card.title).toContain(card.title.replace(/\s+/g, ''));
  for (const stage of map.stages) expect(text).toContain(stage.name);
  expect(text).toContain('销售漏斗导出');
  expect(text).toContain('2026第三季度');
  expect(text).toContain('王经理');
  expect(text).toContain('N=20,000');

  // Tiles at 100% on A4 portrait: as many pages as the tiling math says, labelled "n / N".
  await popup.goto(
    `${appUrl}/#/print/${map.id}?page=A4&orientation=portrait&mode=tile&tileScale=1&curve=1&overlay=1`,
  );
  await popup.reload();
  await expect(popup.locator('[data-print-ready="true"]')).toBeAttached();
  const rect = pictureGeometry(map).rect;
  const expectedPages = tileContent(rect, printableAreaPx('A4', 'portrait'), 12).tiles.length;
  expect(expectedPages).toBeGreaterThan(1);
  const tileFile = outFile('tiles.pdf');
  await popup.pdf({ path: tileFile, preferCSSPageSize: true, printBackground: true });
  const tileInfo = run('pdfinfo', [tileFile]);
  expect(tileInfo).toMatch(new RegExp(`Pages:\\s+${expectedPages}\\n`));
  expect(tileInfo).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  run('qpdf', ['--check', tileFile]);
  const tileText = pdfText(tileFile);
  expect(tileText).toContain(`2/${expectedPages}`);
  expect(tileText).toContain(`${expectedPages}/${expectedPages}`);
  // Every card is on some tile.
  for (const card of map.cards) expect(tileText, card.title).toContain(card.title.replace(/\s+/g, ''));
});

test('map file: export through the dialog, import from the library, the copy opens', async ({
  page,
  appUrl,
}) => {
  const { map } = await seedChineseFunnel(appUrl);
  const dialog = await openExportDialog(page, appUrl, map.id);
  await dialog.getByRole('radio', { name: 'Map file (.journeymap)' }).check();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('销售漏斗 导出.journeymap');
  const file = outFile('map.journeymap');
  await download.saveAs(file);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    periods: unknown[];
    metrics: unknown[];
  };
  expect(parsed.format).toBe('journey-map-file');
  expect(parsed.periods).toHaveLength(1);
  expect(parsed.metrics).toHaveLength(map.stages.length);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByLabel('Map file to import').setInputFiles(file);
  const copy = page.getByRole('listitem', { name: '销售漏斗 导出（副本）', exact: true });
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '销售漏斗 导出（副本）' })).toBeVisible();
  await expect(page.getByText(map.cards[0]!.title, { exact: true }).first()).toBeVisible();

  // A hostile file is refused with the bad field named, and nothing is added.
  await page.getByRole('button', { name: 'Library' }).click();
  const broken = JSON.parse(readFileSync(file, 'utf8')) as { map: { cards: { stageId: string }[] } };
  broken.map.cards[3]!.stageId = 'nowhere';
  await page.getByLabel('Map file to import').setInputFiles({
    name: 'broken.journeymap',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.getByRole('alert')).toContainText('map.cards.3.stageId');
  await expect(page.getByRole('list', { name: 'Journey maps' }).getByRole('listitem')).toHaveCount(2);
});

test('PNG of the selection: only the selected card, with padding and margin', async ({ page, appUrl }) => {
  const { map } = await seedChineseFunnel(appUrl);
  await page.goto(mapUrl(appUrl, map.id));
  const node = page.locator('.react-flow__node-card').first();
  // The canvas may prefix node ids; find the map card the node stands for.
  const nodeId = (await node.getAttribute('data-id')) ?? '';
  const cardId = map.cards.find((c) => nodeId === c.id || nodeId.endsWith(c.id))?.id;
  expect(cardId).toBeTruthy();
  await node.click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('radio', { name: 'Selected card (1)' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('3');
  await dialog.getByRole('spinbutton', { name: 'Margin (px)' }).fill('8');
  const rect = pictureGeometry(map, new Set([cardId as string])).rect;
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = outFile('selection.png');
  await (await downloadPromise).saveAs(file);
  const png = decodePng(file);
  expect({ width: png.width, height: png.height }).toEqual({
    width: (rect.width + 16) * 3,
    height: (rect.height + 16) * 3,
  });
  expect(png.width).toBeLessThan(1200);
});
