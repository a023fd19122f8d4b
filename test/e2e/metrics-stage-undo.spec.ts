import type { Page } from '@playwright/test';
import { makeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';
import { FunnelPage } from './pages/funnel-page';

const band = (page: Page, stage: string) => page.getByRole('region', { name: `Funnel numbers of ${stage}` });

test('undoing a stage delete brings back its funnel count, also after a reload', async ({ page, appUrl }) => {
  const id = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'mu', stages: 3, lanes: 2, name: 'Funnel' }));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Funnel');

  // Enter a count for every stage in a new period.
  const funnel = new FunnelPage(page);
  const dialog = await funnel.openNumbers();
  await dialog.getByRole('button', { name: 'New period' }).click();
  for (const [stage, count] of [
    ['Stage 1', '1000'],
    ['Stage 2', '600'],
    ['Stage 3', '300'],
  ] as const) {
    const field = dialog.getByRole('textbox', { name: `Count of ${stage}` });
    await field.fill(count);
    await field.press('Enter');
    await expect(dialog.getByRole('textbox', { name: `Count of ${stage}` })).toHaveValue(count);
  }
  await funnel.closeNumbers();
  await expect(band(page, 'Stage 2').getByTestId('metric-count')).toHaveText('600');

  // Delete the stage from the structure panel; the dialog promises that Undo brings it back.
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await panel.getByRole('button', { name: 'Delete stage Stage 2' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete stage' });
  await expect(confirm).toContainText('Undo brings it back.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 3']);
  await expect(band(page, 'Stage 2')).toHaveCount(0);
  // The delete must reach the library before the undo, or there is nothing to undo there.
  await editor.expectSaved();

  await page.keyboard.press('Control+Z');
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
  await expect(band(page, 'Stage 2').getByTestId('metric-count')).toHaveText('600');
  await expect(band(page, 'Stage 1').getByTestId('metric-conversion')).toHaveText('60.0%');
  await editor.expectSaved();

  // The count is stored, not only remembered by the page.
  await page.reload();
  await editor.expectLoaded('Funnel');
  await expect(band(page, 'Stage 2').getByTestId('metric-count')).toHaveText('600');
  await expect(band(page, 'Stage 2').getByTestId('metric-conversion')).toHaveText('50.0%');
  await funnel.openNumbers();
  await expect(dialog.getByRole('textbox', { name: 'Count of Stage 2' })).toHaveValue('600');
});

test('a count typed while a stage is deleted does not hide that stage’s count after Undo', async ({
  page,
  appUrl,
}) => {
  const id = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'mv', stages: 3, lanes: 2, name: 'Funnel' }));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Funnel');
  const funnel = new FunnelPage(page);
  const dialog = await funnel.openNumbers();
  await dialog.getByRole('button', { name: 'New period' }).click();
  for (const [stage, count] of [
    ['Stage 1', '1000'],
    ['Stage 2', '600'],
    ['Stage 3', '300'],
  ] as const) {
    const field = dialog.getByRole('textbox', { name: `Count of ${stage}` });
    await field.fill(count);
    await field.press('Enter');
    await expect(dialog.getByRole('textbox', { name: `Count of ${stage}` })).toHaveValue(count);
  }
  await funnel.closeNumbers();

  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await panel.getByRole('button', { name: 'Delete stage Stage 2' }).click();
  await page.getByRole('dialog', { name: 'Delete stage' }).getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 3']);
  await editor.expectSaved();

  // Typing a count now reloads the numbers from the library, where Stage 2 is not shown...
  await band(page, 'Stage 3')
    .getByRole('button', { name: /Count of Stage 3/ })
    .click();
  const field = page.getByRole('textbox', { name: 'Count of Stage 3' });
  await field.fill('250');
  await field.press('Enter');
  await expect(band(page, 'Stage 3').getByTestId('metric-count')).toHaveText('250');

  // ...and Undo brings Stage 2 back with its count, without a reload.
  await editor.undoButton.click();
  await expect.poll(() => editor.stageNames()).toEqual(['Stage 1', 'Stage 2', 'Stage 3']);
  await expect(band(page, 'Stage 2').getByTestId('metric-count')).toHaveText('600');
  await expect(band(page, 'Stage 3').getByTestId('metric-count')).toHaveText('250');
  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Funnel');
  await expect(band(page, 'Stage 2').getByTestId('metric-count')).toHaveText('600');
  await expect(band(page, 'Stage 3').getByTestId('metric-count')).toHaveText('250');
});
