import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { KIND_TOKENS } from '../../shared/design/tokens';
import { CARD_KINDS, type Card, type CardKind, type JourneyMap } from '../../shared/domain';
import { makeMap } from '../../shared/document/test-map';
import { pictureGeometry } from '../../shared/export';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';

// Item 1: one visual language. Each card kind has one colour, found as the same pixels on the canvas,
// in the exported PNG file and in the compare view.

type Rgb = [number, number, number];
interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** Opaque pixels of `png` inside `region` within `tolerance` (per channel, for antialiasing) of `hex`. */
function pixelsOf(png: PNG, region: Region, hex: string, tolerance = 2): number {
  const [r, g, b] = rgbOf(hex);
  let n = 0;
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(png.width, Math.ceil(region.x + region.width));
  const y1 = Math.min(png.height, Math.ceil(region.y + region.height));
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * png.width + x) * 4;
      const d = png.data;
      if (
        d[i + 3] === 255 &&
        Math.abs((d[i] ?? 0) - r) <= tolerance &&
        Math.abs((d[i + 1] ?? 0) - g) <= tolerance &&
        Math.abs((d[i + 2] ?? 0) - b) <= tolerance
      )
        n += 1;
    }
  }
  return n;
}

/** A map with one card of every kind, each alone in its own cell (4 stages x 2 lanes). */
function everyKindMap(): JourneyMap {
  const map = makeMap({ idPrefix: 'ci', name: 'Colours', stages: 4, lanes: 2, cardsPerCell: 0 });
  const base = { x: null, y: null, text: '', tags: [], order: 0 };
  const cards = CARD_KINDS.map((kind, i): Card => {
    const at = {
      ...base,
      id: `ci-${kind}`,
      title: `The ${kind}`,
      stageId: map.stages[i % 4]?.id ?? null,
      laneId: map.lanes[Math.floor(i / 4)]?.id ?? null,
    };
    switch (kind) {
      case 'persona':
        return { ...at, kind, personaId: null };
      case 'touchpoint':
        return { ...at, kind, channel: 'web' };
      case 'emotion':
        return { ...at, kind, score: 0 };
      case 'painPoint':
        return { ...at, kind, severity: 2 };
      case 'opportunity':
        return { ...at, kind, impact: 2, effort: 2 };
      default:
        return { ...at, kind };
    }
  });
  return { ...map, cards };
}

async function screenshotPng(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.screenshot());
}

async function boxOf(locator: Locator): Promise<Region> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not on screen');
  return box;
}

/** Both colours of a kind (stripe and fill) in a region of a picture, as pixel counts. */
function kindPixels(png: PNG, region: Region, kind: CardKind) {
  return {
    border: pixelsOf(png, region, KIND_TOKENS[kind].border),
    fill: pixelsOf(png, region, KIND_TOKENS[kind].fill),
  };
}

test('each card kind has the same colour on the canvas, in the exported PNG and in compare', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const map = everyKindMap();
  const id = await seedMapOverHttp(appUrl, map);
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Colours');
  await expect(editor.cards()).toHaveCount(CARD_KINDS.length);

  // The canvas: the card's left stripe and its fill, sampled from a screenshot.
  const canvasShot = await screenshotPng(page);
  await page.screenshot({ path: test.info().outputPath('canvas.png') });
  for (const kind of CARD_KINDS) {
    const region = await boxOf(editor.canvas.locator(`.react-flow__node[data-id="card:ci-${kind}"]`));
    const found = kindPixels(canvasShot, region, kind);
    expect(found.border, `${kind} stripe on the canvas`).toBeGreaterThan(20);
    expect(found.fill, `${kind} fill on the canvas`).toBeGreaterThan(200);
  }

  // The real export file, decoded: the same two colours inside each card's box.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
  await dialog.getByRole('spinbutton', { name: 'Margin (px)' }).fill('24');
  await dialog.getByRole('radio', { name: 'White' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = test.info().outputPath('colours.png');
  await (await download).saveAs(file);
  const exported = PNG.sync.read(readFileSync(file));
  const geometry = pictureGeometry(map);
  for (const kind of CARD_KINDS) {
    const box = geometry.layout.cards.find((b) => b.id === `ci-${kind}`);
    if (!box) throw new Error(`no box for ${kind}`);
    const region = {
      x: 24 + box.x - geometry.rect.x,
      y: 24 + box.y - geometry.rect.y,
      width: box.width,
      height: box.height,
    };
    const found = kindPixels(exported, region, kind);
    expect(found.border, `${kind} stripe in the PNG`).toBeGreaterThan(20);
    expect(found.fill, `${kind} fill in the PNG`).toBeGreaterThan(200);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Compare (the map with itself: every card unchanged keeps its kind's stripe and fill).
  await page.goto(`${appUrl}/#/compare?a=map:${id}&b=map:${id}`);
  const items = page.locator('.diff-item[data-card-kind]');
  await expect(items.first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('compare.png') });
  const compareShot = await screenshotPng(page);
  for (const kind of CARD_KINDS) {
    const region = await boxOf(page.locator(`.diff-item[data-item-id="ci-${kind}"]`).first());
    const found = kindPixels(compareShot, region, kind);
    expect(found.border, `${kind} stripe in compare`).toBeGreaterThan(10);
    expect(found.fill, `${kind} fill in compare`).toBeGreaterThan(100);
  }
});
