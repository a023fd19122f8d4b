import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

/** Resolves once the page has stored a preference in the library. */
const preferenceStored = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/api/preferences.set') && r.ok());

const mapIdOf = (page: Page): string => decodeURIComponent(page.url().split('/#/map/')[1] ?? '');

async function runCommand(page: Page, editor: EditorPage, name: string): Promise<void> {
  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search commands and the map' });
  await palette.getByRole('combobox').fill(name);
  await expect(palette.getByRole('option').first()).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

/** Creates blank maps through the library screen, leaving the last one open; returns their ids. */
async function createBlankMaps(page: Page, appUrl: string, names: string[]): Promise<string[]> {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    if (index > 0) await editor.backToLibrary();
    await library.createAndOpen('Blank map', name);
    ids.push(mapIdOf(page));
  }
  return ids;
}

test('the minimap choice outlives a host restart on another port (a new origin)', async ({
  page,
  appUrl,
  restartHost,
}) => {
  const editor = new EditorPage(page);
  const [mapId = ''] = await createBlankMaps(page, appUrl, ['Minimap map']);
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();

  const stored = preferenceStored(page);
  await runCommand(page, editor, 'Minimap');
  await expect(minimap).toHaveCount(0);
  await stored;

  const restarted = await restartHost();
  expect(new URL(restarted).port).not.toBe(new URL(appUrl).port);
  await page.goto(mapUrl(restarted, mapId));
  await editor.expectLoaded('Minimap map');
  await expect(minimap).toHaveCount(0);

  await runCommand(page, editor, 'Minimap');
  await expect(minimap).toBeVisible();
});

test('a map’s export choices outlive a host restart, and stay that map’s own', async ({
  page,
  appUrl,
  restartHost,
}) => {
  const editor = new EditorPage(page);
  const [otherId = '', letterId = ''] = await createBlankMaps(page, appUrl, ['Other map', 'Letter map']);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  const stored = preferenceStored(page);
  await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('Letter');
  await stored;
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const restarted = await restartHost();
  await page.goto(mapUrl(restarted, letterId));
  await editor.expectLoaded('Letter map');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'PDF document' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Page size' })).toHaveValue('Letter');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The other map never exported: its dialog opens with the defaults.
  await page.goto(mapUrl(restarted, otherId));
  await editor.expectLoaded('Other map');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'PNG image' })).toBeChecked();
});
