import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Opens a new map from the Sales funnel template (stages, lanes and cards); returns its id. */
async function openFunnelMap(page: Page, appUrl: string, name: string): Promise<string> {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  await library.createMap('Sales funnel', name);
  await editor.expectLoaded(name);
  await expect(editor.card('Pain point: Too many form fields')).toBeVisible();
  return decodeURIComponent(page.url().split('/#/map/')[1] ?? '');
}

/** The boxes of every node the canvas draws (headers, cells, cards), in page pixels. */
const nodeBoxes = (page: Page): Promise<Box[]> =>
  page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

async function canvasBox(editor: EditorPage): Promise<Box> {
  const box = await editor.canvas.boundingBox();
  if (!box) throw new Error('The canvas is not on screen.');
  return box;
}

/** The map lies inside the canvas and spans it in width or in height (it is fitted). */
async function mapFillsCanvas(page: Page, editor: EditorPage): Promise<boolean> {
  const canvas = await canvasBox(editor);
  const map = union(await nodeBoxes(page));
  const inside =
    map.x >= canvas.x - 1 &&
    map.y >= canvas.y - 1 &&
    map.x + map.width <= canvas.x + canvas.width + 1 &&
    map.y + map.height <= canvas.y + canvas.height + 1;
  return inside && (map.width >= canvas.width * 0.8 || map.height >= canvas.height * 0.7);
}

const viewportTransform = (page: Page): Promise<string> =>
  page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

/** Waits until the viewport stops changing (a fit has been applied). */
async function settled(page: Page): Promise<string> {
  let previous = '';
  await expect
    .poll(async () => {
      const now = await viewportTransform(page);
      const same = now === previous;
      previous = now;
      return same;
    })
    .toBe(true);
  return previous;
}

const preferenceStored = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/api/preferences.set') && r.ok());

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the palette and the inspector fold with their buttons and keys, the canvas takes the room, and the choice outlives a host restart', async ({
      page,
      appUrl,
      restartHost,
    }) => {
      const editor = new EditorPage(page);
      const mapId = await openFunnelMap(page, appUrl, 'Roomy map');
      const paletteToggle = page.getByRole('button', { name: 'Toggle Palette' });
      const inspectorToggle = page.getByRole('button', { name: 'Toggle Inspector' });
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await expect(paletteToggle).toHaveAttribute('aria-expanded', 'true');
      await expect(inspectorToggle).toHaveAttribute('aria-expanded', 'true');
      const before = await canvasBox(editor);

      // The buttons fold each panel to its rail; the canvas grows by their width.
      await paletteToggle.click();
      await expect(editor.palette).toBeHidden();
      await expect(paletteToggle).toHaveAttribute('aria-expanded', 'false');
      await inspectorToggle.click();
      await expect(inspector).toBeHidden();
      await expect(inspectorToggle).toHaveAttribute('aria-expanded', 'false');
      const folded = await canvasBox(editor);
      expect(folded.width).toBeGreaterThan(before.width + 400);
      // The view was not moved, so the map is refitted to the wider canvas.
      await settled(page);
      expect(await mapFillsCanvas(page, editor)).toBe(true);

      // The keys unfold them again (focus on the canvas, not in a field).
      await editor.canvas.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+B');
      await expect(editor.palette).toBeVisible();
      await page.keyboard.press('Control+I');
      await expect(inspector).toBeVisible();
      await expect.poll(async () => (await canvasBox(editor)).width).toBeCloseTo(before.width, 0);

      // Focus mode folds both at once; remembered in the library across a restart (a new origin).
      const stored = preferenceStored(page);
      await page.keyboard.press('Control+Shift+F');
      await expect(editor.palette).toBeHidden();
      await expect(inspector).toBeHidden();
      await stored;
      await page.waitForLoadState('networkidle');

      await page.reload();
      await editor.expectLoaded('Roomy map');
      await expect(editor.palette).toBeHidden();
      await expect(inspector).toBeHidden();

      const restarted = await restartHost();
      await page.goto(mapUrl(restarted, mapId));
      await editor.expectLoaded('Roomy map');
      await expect(editor.palette).toBeHidden();
      await expect(inspector).toBeHidden();
      await expect(paletteToggle).toHaveAttribute('aria-expanded', 'false');

      // Folded, the editor is still clean for axe.
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (viewport.width === 1920) {
        await settled(page);
        await page.screenshot({ path: test.info().outputPath('folded-1920x1080.png') });
      }

      // Focus mode again brings both panels back.
      await editor.canvas.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Shift+F');
      await expect(editor.palette).toBeVisible();
      await expect(inspector).toBeVisible();
    });

    test('at fit the minimap covers no part of the map, also after a resize', async ({ page, appUrl }) => {
      const editor = new EditorPage(page);
      await openFunnelMap(page, appUrl, 'Minimap clear map');
      const minimap = page.locator('.react-flow__minimap');
      await expect(minimap).toBeVisible();

      const expectClear = async () => {
        await settled(page);
        const box = await minimap.boundingBox();
        if (!box) throw new Error('The minimap is not on screen.');
        const overlapping = (await nodeBoxes(page)).filter((node) => intersects(node, box));
        expect(overlapping).toEqual([]);
      };
      await expectClear();
      await editor.fitView();
      await expectClear();
      await page.setViewportSize({ width: viewport.width - 300, height: viewport.height - 200 });
      await expectClear();
    });
  });
}

test('a resized window refits the map, but not once the user has zoomed or panned', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const editor = new EditorPage(page);
  await openFunnelMap(page, appUrl, 'Resizing map');
  const fitted = await settled(page);
  expect(await mapFillsCanvas(page, editor)).toBe(true);

  // Untouched: a smaller and then a larger window each refit the map.
  await page.setViewportSize({ width: 1100, height: 760 });
  await expect.poll(() => viewportTransform(page)).not.toBe(fitted);
  await settled(page);
  expect(await mapFillsCanvas(page, editor)).toBe(true);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settled(page);
  expect(await mapFillsCanvas(page, editor)).toBe(true);

  // The user zooms with the wheel and pans by dragging the pane: a resize keeps that view.
  const canvas = await canvasBox(editor);
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, -300);
  await page.mouse.move(canvas.x + 6, canvas.y + 6);
  await page.mouse.down();
  await page.mouse.move(canvas.x + 80, canvas.y + 60, { steps: 5 });
  await page.mouse.up();
  const moved = await settled(page);
  await page.setViewportSize({ width: 1300, height: 820 });
  await expect.poll(async () => (await canvasBox(editor)).width).toBeLessThan(canvas.width);
  await page.waitForTimeout(300);
  expect(await viewportTransform(page)).toBe(moved);

  // Fit to window starts tracking again: the next resize refits.
  await editor.fitView();
  const refitted = await settled(page);
  await page.setViewportSize({ width: 1600, height: 950 });
  await expect.poll(() => viewportTransform(page)).not.toBe(refitted);
  await settled(page);
  expect(await mapFillsCanvas(page, editor)).toBe(true);
});
