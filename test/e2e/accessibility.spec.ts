import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

/** Runs axe and fails on serious or critical findings, printing them so they can be fixed. */
async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const report = serious
      .map(
        (v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
      )
      .join('\n');
    console.log(`axe on ${what}:\n${report}`);
  }
  expect(serious.map((v) => v.id)).toEqual([]);
}

test('library (empty, with maps, with a dialog open) and editor have no serious axe violations', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'No journey maps yet' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the empty library');

  await library.createAndOpen('Sales funnel', 'Accessible map');
  await expect(editor.card('Pain point: Too many form fields')).toBeVisible();
  await expectNoSeriousViolations(page, 'the editor');

  await editor.backToLibrary();
  await library.duplicate('Accessible map');
  await expect(library.map('Accessible map (copy)')).toBeVisible();
  await expectNoSeriousViolations(page, 'the library with maps');

  await library.newMapButton.click();
  await expect(page.getByRole('dialog', { name: 'New map' }).getByRole('radio').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the new map dialog');
});

test('the Chinese library has no serious axe violations', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('button', { name: '新建地图' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the Chinese library');
});
