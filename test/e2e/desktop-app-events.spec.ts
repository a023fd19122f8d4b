import type { Page } from '@playwright/test';
import { OPERATION_NAMES } from '../../shared/api/contract';
import type { MenuState } from '../../shared/api';
import type { AppEvent } from '../../shared/api/events';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { LibraryPage, openNewMap } from './pages/library-page';

/**
 * The Electron binary cannot run here, so this stands in for the preload only: a `journeyApi` with
 * one function per operation (forwarded to the real backend over the web host's HTTP API instead of
 * IPC) plus `onAppEvent`, whose listener the test calls the way the main process's `app:event`
 * messages would. Everything else is the real renderer in real Chromium on a real library.
 * `app.capabilities` and `files.open` answer as the main process does: every capability, and the
 * file the test put in `__desktopTest.openDialogFile` as if the user had picked it (null: cancelled).
 */
async function installDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript((names: string[]) => {
    const listeners: ((event: unknown) => void)[] = [];
    const menuStates: unknown[] = [];
    const test = { openDialogFile: null as unknown };
    const answeredByMain: Record<string, () => unknown> = {
      'app.capabilities': () => ({
        nativeDialogs: true,
        printToPdf: true,
        librarySwitch: true,
        workshopSession: true,
      }),
      'files.open': () => ({ file: test.openDialogFile }),
    };
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const token = document.querySelector('meta[name="journey-api-token"]')?.getAttribute('content') ?? '';
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-journey-token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    };
    const bridge: Record<string, unknown> = {};
    for (const name of names) {
      bridge[name] = (input: unknown) => {
        if (name === 'desktop.setMenuState') menuStates.push(input);
        const main = answeredByMain[name];
        return main ? Promise.resolve({ ok: true, value: main() }) : call(name, input);
      };
    }
    bridge.onAppEvent = (listener: (event: unknown) => void) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    };
    Object.defineProperty(window, 'journeyApi', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__desktopTest', {
      value: Object.assign(test, {
        emit: (event: unknown) => listeners.forEach((l) => l(event)),
        menuStates,
        listeners,
      }),
    });
  }, OPERATION_NAMES as string[]);
}

/**
 * Starts the page as the desktop app, creates a map from a template and opens it; returns its route
 * and the text of its map file (exported through the bridge, as a file on disk would hold it).
 */
async function openMapInDesktop(
  page: Page,
  appUrl: string,
  name: string,
): Promise<{ hash: string; text: string }> {
  await installDesktopBridge(page);
  await openNewMap(page, appUrl, 'Sales funnel', name);
  const hash = await page.evaluate(() => location.hash);
  const text = await page.evaluate(async (route) => {
    const api = (
      window as unknown as { journeyApi: Record<string, (i: unknown) => Promise<{ value: unknown }>> }
    ).journeyApi;
    return ((await api['maps.exportFile']!({ id: route.replace('#/map/', '') })).value as { text: string })
      .text;
  }, hash);
  return { hash, text };
}

const emit = (page: Page, event: AppEvent) =>
  page.evaluate(
    (e) => (window as unknown as { __desktopTest: { emit(e: unknown): void } }).__desktopTest.emit(e),
    event,
  );
const lastMenuState = (page: Page) =>
  page.evaluate(() => {
    const states = (window as unknown as { __desktopTest: { menuStates: MenuState[] } }).__desktopTest
      .menuStates;
    return states.at(-1) ?? null;
  });

test('menu commands reach the features, and the renderer reports what the menu should enable', async ({
  page,
  appUrl,
}) => {
  await installDesktopBridge(page);
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  await expect.poll(() => lastMenuState(page)).toMatchObject({ editorOpen: false, canUndo: false });

  // Focus in a text field is reported, so the menu's Edit items act on the text.
  await page.getByLabel('Search maps').focus();
  await expect.poll(() => lastMenuState(page)).toMatchObject({ textEditing: true });
  await page.getByLabel('Search maps').blur();
  await expect.poll(() => lastMenuState(page)).toMatchObject({ textEditing: false });

  await emit(page, { type: 'menu', command: 'file.newMap' });
  await expect(page.getByRole('dialog', { name: 'New map' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New map' })).toHaveCount(0);

  await library.createAndOpen('Sales funnel', 'Menu map');
  await expect
    .poll(() => lastMenuState(page))
    .toMatchObject({ editorOpen: true, canUndo: false, textEditing: false });

  await emit(page, { type: 'menu', command: 'help.shortcuts' });
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);

  await emit(page, { type: 'menu', command: 'file.saveVersion' });
  const saveVersion = page.getByRole('dialog', { name: 'Save a version' });
  await expect(saveVersion).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(saveVersion).toHaveCount(0);

  const overlayToggle = page.locator('.metrics-toggle');
  const pressed = await overlayToggle.getAttribute('aria-pressed');
  await emit(page, { type: 'menu', command: 'view.metricsOverlay' });
  await expect(overlayToggle).toHaveAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true');

  // Zoom through the menu changes the canvas transform.
  const transform = () => page.locator('.react-flow__viewport').getAttribute('style');
  const before = await transform();
  await emit(page, { type: 'menu', command: 'view.zoomIn' });
  await expect.poll(transform).not.toBe(before);

  // View › Minimap hides and shows the minimap, and the choice outlives a reload.
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  await emit(page, { type: 'menu', command: 'view.minimap' });
  await expect(minimap).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__node-card').first()).toBeVisible();
  await expect(minimap).toHaveCount(0);
  await emit(page, { type: 'menu', command: 'view.minimap' });
  await expect(minimap).toBeVisible();

  await emit(page, { type: 'languageChanged', language: 'zh-CN' });
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  await expect.poll(() => lastMenuState(page)).toMatchObject({ language: 'zh-CN' });
});

test('a map file handed over by the OS is imported and opened; a broken one shows why', async ({
  page,
  appUrl,
}) => {
  const editor = new EditorPage(page);
  const { hash: originalHash, text } = await openMapInDesktop(page, appUrl, 'Original');

  await emit(page, { type: 'openFile', fileName: 'Shared.journeymap', text });
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(originalHash);
  // Imported as a new map beside the original, never over it.
  await editor.expectLoaded('Original (copy)');

  await emit(page, { type: 'openFile', fileName: 'Broken.journeymap', text: '{ not json' });
  const alert = page.getByRole('alert').filter({ hasText: '“Broken.journeymap” could not be opened' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('in the desktop app the palette offers Import Map File, which imports what the native dialog picked', async ({
  page,
  appUrl,
}) => {
  const editor = new EditorPage(page);
  const { hash: originalHash, text } = await openMapInDesktop(page, appUrl, 'Picked');
  await page.evaluate((picked) => {
    const bytes = new TextEncoder().encode(picked);
    (window as unknown as { __desktopTest: { openDialogFile: unknown } }).__desktopTest.openDialogFile = {
      name: 'Picked.journeymap',
      path: '/home/user/Picked.journeymap',
      base64: btoa(String.fromCharCode(...bytes)),
    };
  }, text);

  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search commands and the map' });
  await palette.getByRole('combobox', { name: 'Command or title' }).fill('import map');
  await palette.getByRole('option', { name: /Import Map File/ }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(originalHash);
  await editor.expectLoaded('Picked (copy)');
});

test('in the desktop app Settings offers the library switch, which the web build does not', async ({
  page,
  appUrl,
}) => {
  await installDesktopBridge(page);
  await new LibraryPage(page).goto(appUrl);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('button', { name: 'Open another library…' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Move library…' })).toBeVisible();
  await expect(dialog.getByText(/--data <folder>/)).toHaveCount(0);
});
