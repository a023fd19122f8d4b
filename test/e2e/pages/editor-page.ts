import { expect, type Locator, type Page } from '@playwright/test';

const ENGLISH = { library: 'Library', canvas: 'Journey map canvas' };
export const CHINESE = { library: '地图库', canvas: '旅程地图画布' };

/** The editor route: the top bar and the React Flow canvas. */
export class EditorPage {
  readonly page: Page;
  readonly libraryButton: Locator;
  readonly title: Locator;
  readonly canvas: Locator;

  /** `labels` are the accessible names in the UI language under test (English by default). */
  constructor(page: Page, labels: { library: string; canvas: string } = ENGLISH) {
    this.page = page;
    this.libraryButton = page.getByRole('button', { name: labels.library, exact: true });
    this.title = page.getByRole('heading', { level: 1 });
    this.canvas = page.getByRole('region', { name: labels.canvas });
  }

  async expectLoaded(name: string): Promise<void> {
    await expect(this.title).toHaveText(name);
    await expect(this.canvas.locator('.react-flow__node-stageHeader').first()).toBeVisible();
  }

  /** The stage names as the canvas draws them, left to right. */
  async stageNames(): Promise<string[]> {
    const headers = this.canvas.locator('.react-flow__node-stageHeader .stage-header__name');
    const boxes = await headers.evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', x: el.getBoundingClientRect().x })),
    );
    return boxes.sort((a, b) => a.x - b.x).map((b) => b.text);
  }

  laneNames(): Promise<string[]> {
    return this.canvas.locator('.react-flow__node-laneHeader .lane-header__name').allTextContents();
  }

  /** A card by its accessible name "<Kind>: <title>". */
  card(name: string): Locator {
    return this.canvas.getByRole('group', { name });
  }

  async backToLibrary(): Promise<void> {
    await this.libraryButton.click();
  }
}
