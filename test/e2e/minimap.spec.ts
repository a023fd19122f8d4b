import { KIND_TOKENS } from '../../shared/design/tokens';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

test.use({ viewport: { width: 1440, height: 900 } });

test('the minimap draws the map in its kind colours and a drag on it pans the canvas', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  await library.createMap('Sales funnel', 'Minimap map');
  await editor.expectLoaded('Minimap map');
  const minimap = page.getByRole('img', { name: 'Overview of the map' });
  await expect(minimap).toBeVisible();

  // One shape per card kind on the map, each in that kind's colour from the design tokens.
  const kinds = await page
    .locator('.react-flow__node-card .card-node')
    .evaluateAll((els) => [...new Set(els.map((el) => /card-node--(\w+)/.exec(el.className)?.[1] ?? ''))]);
  const drawn = await minimap
    .locator('path[data-kind]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-kind'), el.getAttribute('fill')]));
  expect(new Set(drawn.map(([kind]) => kind))).toEqual(new Set(kinds));
  for (const [kind, fill] of drawn) {
    expect(fill).toBe(KIND_TOKENS[kind as keyof typeof KIND_TOKENS].border);
  }
  await page.screenshot({ path: test.info().outputPath('minimap-1440.png') });

  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = await minimap.boundingBox();
  if (!box) throw new Error('The minimap has no box.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
});
