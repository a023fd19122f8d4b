import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** The library screen, driven the way a user (or a screen reader) finds things: by role and name. */
export class LibraryPage {
  readonly page: Page;
  readonly newMapButton: Locator;
  readonly searchBox: Locator;
  readonly mapList: Locator;

  constructor(page: Page) {
    this.page = page;
    this.newMapButton = page.getByRole('button', { name: 'New map' });
    this.searchBox = page.getByRole('searchbox', { name: 'Search maps' });
    this.mapList = page.getByRole('list', { name: 'Journey maps' });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** The listitem of one map, named by the map's name. */
  map(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  mapNames(): Promise<string[]> {
    return this.mapList.getByRole('heading', { level: 3 }).allTextContents();
  }

  /** Creates a map from the template with this visible name and lands in the editor. */
  async createMap(templateName: string, name: string): Promise<void> {
    await this.newMapButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New map' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: templateName }).check();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Creates a map through the New map dialog and waits until the editor shows it. */
  async createAndOpen(templateName: string, name: string): Promise<EditorPage> {
    await this.createMap(templateName, name);
    const editor = new EditorPage(this.page);
    await editor.expectLoaded(name);
    return editor;
  }

  async open(name: string): Promise<void> {
    await this.map(name).getByRole('button', { name: 'Open', exact: true }).click();
  }

  /** Runs one action of a map's "⋯" menu (Rename, Duplicate, Compare with…, Delete). */
  async mapAction(name: string, action: string): Promise<void> {
    await this.map(name)
      .getByRole('button', { name: `More actions for “${name}”` })
      .click();
    await this.page
      .getByRole('menu', { name: `More actions for “${name}”` })
      .getByRole('menuitem', { name: action, exact: true })
      .click();
  }

  /** The library's order. */
  async sortBy(order: 'Last change' | 'Name'): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: order });
  }

  async rename(from: string, to: string): Promise<void> {
    await this.mapAction(from, 'Rename');
    const dialog = this.page.getByRole('dialog', { name: 'Rename map' });
    const field = dialog.getByRole('textbox', { name: 'Name' });
    await expect(field).toBeFocused();
    await field.fill(to);
    // Enter in the field submits, like the Save button.
    await field.press('Enter');
    await expect(dialog).toBeHidden();
  }

  async duplicate(name: string): Promise<void> {
    await this.mapAction(name, 'Duplicate');
  }

  /** Clicks Delete and returns the confirmation dialog (so a test can confirm or cancel). */
  async askToDelete(name: string): Promise<Locator> {
    await this.mapAction(name, 'Delete');
    const dialog = this.page.getByRole('dialog', { name: 'Delete map' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }
}

/**
 * The first steps of most editor stories: open the app's library, create a map from a template
 * with the New map dialog and wait for the editor to show it.
 */
export async function openNewMap(
  page: Page,
  appUrl: string,
  templateName: string,
  name: string,
): Promise<{ library: LibraryPage; editor: EditorPage }> {
  const library = new LibraryPage(page);
  await library.goto(appUrl);
  const editor = await library.createAndOpen(templateName, name);
  return { library, editor };
}
