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
import { EditorPage, mapUrl } from './pages/editor-page';
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
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByLabel('Map file to import').setInputFiles(file);
  const copy = page.getByRole('listitem', { name: '销售漏斗 导出（副本）', exact: true });
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '销售漏斗 导出（副本）' })).toBeVisible();
  await expect(page.getByText(map.cards[0]!.title, { exact: true }).first()).toBeVisible();

  // A hostile file is refused with the bad field named, and nothing is added.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
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

/**
 * Makes the print view's own window.print a no-op in every page of the context: Chromium refuses
 * page.pdf() on a tab that is already printing.
 */
async function skipPrintDialog(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    window.print = () => undefined;
  });
}

/** Opens the print view through the dialog's Export button and waits until it is drawn. */
async function exportPdfThroughDialog(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<Page> {
  const popupPromise = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const popup = await popupPromise;
  await expect(popup.locator('[data-print-ready="true"]')).toBeAttached();
  return popup;
}

interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of each page of a PDF with their boxes in pt (`pdftotext -bbox`). */
function pdfWords(file: string): PdfWord[][] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        text: m[5] ?? '',
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      })),
    );
}

/** Text of one page of a PDF without whitespace. */
const pdfPageText = (file: string, page: number): string =>
  run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']).replace(/\s+/g, '');

test('a stage goal entered in the inspector is in the PNG and the PDF, as on the canvas', async ({
  page,
  appUrl,
}) => {
  const { map } = await seedChineseFunnel(appUrl);
  await skipPrintDialog(page);
  await page.goto(mapUrl(appUrl, map.id));
  const first = map.stages[0]!;
  const goal = '目标：让采购负责人先想到我们';
  const header = page.locator('.frozen-headers__stage').filter({ hasText: first.name });
  await header.locator('.stage-header__name').click();
  const goalField = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', {
    name: 'Goal',
  });
  await goalField.fill(goal);
  await goalField.press('Enter');
  await expect(header.locator('.stage-header__goal')).toHaveText(goal);
  await new EditorPage(page).expectSaved();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
  await dialog.getByRole('spinbutton', { name: 'Margin (px)' }).fill('0');
  await dialog.getByRole('radio', { name: 'White' }).check();
  // The picture that is rasterised draws every stage's goal in its header, where the canvas does.
  const picture = dialog.locator('[data-map-picture]');
  for (const stage of map.stages) {
    const wanted = stage.id === first.id ? goal : stage.goal;
    await expect(
      picture.locator('.picture-stage').filter({ hasText: stage.name }).locator('.picture-stage__goal'),
    ).toHaveText(wanted);
  }
  // The goal's box in picture pixels (the preview is the picture, scaled down).
  const box = await picture.evaluate((el, text) => {
    const span = [...el.querySelectorAll('.picture-stage__goal')].find((s) => s.textContent === text);
    if (!span) throw new Error('goal not drawn');
    const pic = el.getBoundingClientRect();
    const r = span.getBoundingClientRect();
    const k = (el as HTMLElement).offsetWidth / pic.width;
    return { x: (r.left - pic.left) * k, y: (r.top - pic.top) * k, width: r.width * k, height: r.height * k };
  }, goal);

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = outFile('goal.png');
  await (await downloadPromise).saveAs(file);
  const png = decodePng(file);
  // Ink where the goal is: dark pixels of its glyphs inside its box (the header itself is light).
  let ink = 0;
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y += 1) {
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x += 1) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
      if (r + g + b < 3 * 170) ink += 1;
    }
  }
  expect(ink).toBeGreaterThan(100);

  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await dialog.getByRole('radio', { name: 'Fit to one page' }).check();
  const popup = await exportPdfThroughDialog(page, dialog);
  const pdfFile = outFile('goal.pdf');
  await popup.pdf({ path: pdfFile, preferCSSPageSize: true, printBackground: true });
  run('qpdf', ['--check', pdfFile]);
  const text = pdfText(pdfFile);
  expect(text).toContain(goal);
  for (const stage of map.stages.slice(1)) expect(text).toContain(stage.goal.replace(/\s+/g, ''));
});

test('PDF tiles at 100% print at true size, with no sliver pages and map content on every page', async ({
  page,
  appUrl,
}) => {
  const { map } = await seedChineseFunnel(appUrl);
  await skipPrintDialog(page);
  const dialog = await openExportDialog(page, appUrl, map.id);
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('A4');
  await dialog.getByRole('combobox', { name: 'Orientation' }).selectOption('portrait');
  await dialog.getByRole('radio', { name: 'Tile across pages' }).check();
  await dialog.getByRole('combobox', { name: 'Size on paper' }).selectOption('1');
  const popup = await exportPdfThroughDialog(page, dialog);

  // On screen at 100% the stage name is drawn at its CSS size; the page box is exactly the paper.
  const stage = map.stages[0]!;
  const cssWidth = await popup
    .locator('.print-page')
    .first()
    .locator('.picture-stage__name', { hasText: stage.name })
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width;
    });
  const file = outFile('tiles-100.pdf');
  await popup.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  run('qpdf', ['--check', file]);
  const info = run('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const rect = pictureGeometry(map).rect;
  const tiling = tileContent(rect, printableAreaPx('A4', 'portrait'), 12);
  expect(pages).toBe(tiling.tiles.length);
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

  // True size: 1 CSS px = 0.75 pt, so the stage name is 0.75 times as wide in the PDF as on screen.
  const words = pdfWords(file);
  const name = words[0]?.find((w) => w.text === stage.name);
  expect(name, `"${stage.name}" on page 1`).toBeDefined();
  expect((name!.xMax - name!.xMin) / (cssWidth * 0.75)).toBeCloseTo(1, 1);
  // Its type is 15 CSS px, so 11.25 pt: each Chinese glyph is one em wide.
  const fontPx = await popup
    .locator('.picture-stage__name')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect((name!.xMax - name!.xMin) / stage.name.length).toBeCloseTo(fontPx * 0.75, 0);

  // No tile is a sliver, and every page holds some of the map, not only its header and legend.
  for (const tile of tiling.tiles) {
    expect(tile.height).toBeGreaterThan(printableAreaPx('A4', 'portrait').height / 4);
    expect(tile.width).toBeGreaterThan(printableAreaPx('A4', 'portrait').width / 4);
  }
  const mapTexts = [
    ...map.stages.map((s) => s.name),
    ...map.lanes.map((l) => l.name),
    ...map.cards.map((c) => c.title.replace(/\s+/g, '')),
  ];
  for (let n = 1; n <= pages; n += 1) {
    const text = pdfPageText(file, n);
    expect(
      mapTexts.filter((t) => text.includes(t)).length,
      `map texts on page ${n}: ${text}`,
    ).toBeGreaterThan(2);
  }
});

/** Whether two boxes overlap (touching edges do not count). */
const intersects = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes (page px) of the emotion curve's parts and of the titles `titles` in a picture. */
async function curveAndTitles(
  picture: ReturnType<Page['locator']>,
  titles: string[],
): Promise<{ curve: DOMRect[]; titles: { text: string; box: DOMRect }[] }> {
  return picture.evaluate(
    (el, wanted) => ({
      curve: [...el.querySelectorAll('[data-emotion-curve] path, [data-emotion-curve] circle')].map((p) =>
        p.getBoundingClientRect().toJSON(),
      ),
      titles: [...el.querySelectorAll('.picture-card__title')]
        .filter((t) => wanted.includes(t.textContent ?? ''))
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect().toJSON() })),
    }),
    titles,
  );
}

test('the emotion curve keeps to its band below the emotion cards in the PNG picture, the print view and compare', async ({
  page,
  appUrl,
}) => {
  const { map, call } = await seedChineseFunnel(appUrl);
  await skipPrintDialog(page);
  const dialog = await openExportDialog(page, appUrl, map.id);
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Emotion curve' })).toBeChecked();
  const emotionTitles = map.cards.filter((c) => c.kind === 'emotion').map((c) => c.title);
  const check = async (surface: string, picture: ReturnType<Page['locator']>) => {
    const { curve, titles } = await curveAndTitles(picture, emotionTitles);
    expect(curve.length, surface).toBeGreaterThan(map.stages.length);
    expect(titles.map((t) => t.text).sort(), surface).toEqual([...emotionTitles].sort());
    for (const title of titles)
      for (const part of curve)
        expect(intersects(part, title.box), `${surface}: curve over "${title.text}"`).toBe(false);
  };
  await check('PNG picture', dialog.locator('[data-map-picture]'));

  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await dialog.getByRole('radio', { name: 'Fit to one page' }).check();
  const popup = await exportPdfThroughDialog(page, dialog);
  await check('print view', popup.locator('[data-map-picture]'));
  // Fills (headers, cards, the curve's dots) survive the browser's default "no backgrounds" printing.
  await popup.emulateMedia({ media: 'print' });
  for (const selector of ['.print-view', '.map-picture']) {
    const adjust = await popup
      .locator(selector)
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.printColorAdjust, style.getPropertyValue('-webkit-print-color-adjust')];
      });
    expect(adjust, selector).toEqual(['exact', 'exact']);
  }

  // Compare: a version of the map against the map; the curves chart never covers an emotion card title.
  const version = (await call('versions.save', { mapId: map.id, name: 'Q3', note: '' })) as { id: string };
  await page.goto(`${appUrl}/#/compare?a=version:${version.id}&b=map:${map.id}`);
  const chart = page.locator('.emotion-curves svg');
  await expect(chart.locator('path[data-side="b"]')).toHaveCount(1);
  const curveBoxes = await chart
    .locator('path[data-side]')
    .evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
  const titleBoxes = await page
    .getByText(new RegExp(`^(${emotionTitles.join('|')})$`))
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(titleBoxes.length).toBeGreaterThan(0);
  for (const title of titleBoxes) for (const part of curveBoxes) expect(intersects(part, title)).toBe(false);
});
