import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

test('Settings shows the library file and, in web mode, how to use another folder', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();

  const path = dialog.getByRole('textbox', { name: 'Library file' });
  await expect(path).toHaveValue(/library\.sqlite$/);
  await expect(path).toHaveAttribute('readonly', '');
  await expect(dialog.getByText(/--data <folder>/)).toBeVisible();
  await expect(dialog.getByText(/web mode/)).toBeVisible();
  // The library switch needs the desktop app's folder dialogs; the browser does not offer it.
  await expect(dialog.getByRole('button', { name: 'Move library…' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Open another library…' })).toHaveCount(0);

  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
});

test('Settings in web mode shows the app version from package.json', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByText(`App ${packageJson.version} · Node.js`)).toBeVisible();
  await expect(dialog.getByText(/0\.0\.0-dev/)).toHaveCount(0);
});

test('Settings in Chinese', async ({ page, appUrl }) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '设置' }).click();
  const dialog = page.getByRole('dialog', { name: '设置' });
  await expect(dialog.getByRole('textbox', { name: '资料库文件' })).toHaveValue(/library\.sqlite$/);
  await expect(dialog.getByText(/网页模式/)).toBeVisible();
});

test('the web transport answers the desktop-only operations with a typed unsupported error', async ({
  page,
  appUrl,
}) => {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  const results = await page.evaluate(async () => {
    const token = document.querySelector('meta[name="journey-api-token"]')?.getAttribute('content') ?? '';
    const call = async (name: string, input: unknown) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-journey-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as unknown;
    };
    return {
      info: await call('desktop.info', {}),
      menu: await call('desktop.setMenuState', { editorOpen: true }),
      save: await call('files.saveAs', { suggestedName: 'a.png', content: { kind: 'text', text: 'x' } }),
      move: await call('library.move', {}),
    };
  });
  expect(results).toMatchObject({
    info: { ok: true, value: { desktop: false, logDir: null } },
    menu: { ok: true, value: { applied: false } },
    save: { ok: false, error: { code: 'unsupported' } },
    move: { ok: false, error: { code: 'unsupported' } },
  });
});
