import { expect, type Locator, type Page } from '@playwright/test';
import type { Handlers } from '../../../shared/api';
import type { JourneyMap } from '../../../shared/domain';
import { seedMap } from '../../helpers/seed-map';
import { hostApi } from './versions-page';

const ENGLISH = { library: 'Library', canvas: 'Journey map canvas' };
export const CHINESE = { library: '地图库', canvas: '旅程地图画布' };

/** Palette items by their accessible names (English). */
export type PaletteItem =
  | 'Persona card'
  | 'Stage'
  | 'Action'
  | 'Touchpoint'
  | 'Thought'
  | 'Emotion'
  | 'Pain point'
  | 'Opportunity'
  | 'Note';

/** The editor route: the top bar, the palette and the React Flow canvas. */
export class EditorPage {
  readonly page: Page;
  readonly libraryButton: Locator;
  readonly title: Locator;
  readonly canvas: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly saveStatus: Locator;
  readonly palette: Locator;

  /** `labels` are the accessible names in the UI language under test (English by default). */
  constructor(page: Page, labels: { library: string; canvas: string } = ENGLISH) {
    this.page = page;
    this.libraryButton = page.getByRole('button', { name: labels.library, exact: true });
    this.title = page.getByRole('heading', { level: 1 });
    this.canvas = page.getByRole('region', { name: labels.canvas });
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    this.redoButton = page.getByRole('button', { name: 'Redo', exact: true });
    this.saveStatus = page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('status');
    this.palette = page.getByRole('complementary', { name: 'Add to map' });
  }

  async expectLoaded(name: string): Promise<void> {
    await expect(this.title).toHaveText(name);
    await expect(this.canvas.locator('.frozen-headers__stage').first()).toBeVisible();
  }

  /** The stage names as the canvas draws them, left to right. */
  async stageNames(): Promise<string[]> {
    const headers = this.canvas.locator('.frozen-headers__stage .stage-header__name');
    const boxes = await headers.evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', x: el.getBoundingClientRect().x })),
    );
    return boxes.sort((a, b) => a.x - b.x).map((b) => b.text);
  }

  laneNames(): Promise<string[]> {
    return this.canvas.locator('.frozen-headers__lane .lane-header__name').allTextContents();
  }

  /** A card by its accessible name "<Kind>: <title>". */
  card(name: string): Locator {
    return this.canvas.getByRole('group', { name, exact: true });
  }

  /** Every card node. */
  cards(): Locator {
    return this.canvas.locator('.react-flow__node-card');
  }

  paletteItem(name: PaletteItem): Locator {
    return this.palette.getByRole('button', { name, exact: true });
  }

  stageHeader(name: string): Locator {
    return this.canvas.locator('.frozen-headers__stage').filter({ hasText: name });
  }

  laneHeader(name: string): Locator {
    return this.canvas.locator('.frozen-headers__lane').filter({ hasText: name });
  }

  /**
   * The centre of the cell of a stage (by name) and a lane (by name), in page coordinates, from the
   * header positions the canvas draws.
   */
  async cellPoint(
    stage: string,
    lane: string,
    where: 'top' | 'bottom' = 'bottom',
  ): Promise<{ x: number; y: number }> {
    const s = await this.stageHeader(stage).boundingBox();
    const l = await this.laneHeader(lane).boundingBox();
    if (!s || !l) throw new Error(`No cell ${stage} x ${lane} on screen.`);
    return { x: s.x + s.width / 2, y: where === 'top' ? l.y + 8 : l.y + l.height - 8 };
  }

  /** Drags a palette item onto a point of the canvas (HTML5 drag and drop). */
  async dropPaletteItem(name: PaletteItem, point: { x: number; y: number }): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('The canvas is not on screen.');
    await this.paletteItem(name).dragTo(this.canvas, {
      targetPosition: { x: point.x - box.x, y: point.y - box.y },
    });
  }

  /** Drags a card node with the mouse to a point (React Flow pointer drag). */
  async dragCard(card: Locator, to: { x: number; y: number }): Promise<void> {
    const from = await card.boundingBox();
    if (!from) throw new Error('The card is not on screen.');
    await this.page.mouse.move(from.x + 20, from.y + from.height / 2);
    await this.page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i += 1) {
      await this.page.mouse.move(
        from.x + 20 + ((to.x - from.x - 20) * i) / steps,
        from.y + from.height / 2 + ((to.y - from.y - from.height / 2) * i) / steps,
      );
    }
    await this.page.mouse.up();
  }

  /** Zooms so the whole map is on screen (the canvas control). */
  async fitView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fit map to screen' }).click();
    // The control animates nothing, but give React Flow a frame to apply the new viewport.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  }

  /** Waits until every edit is stored. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved', { timeout: 10_000 });
  }

  /** The `d` of each emotion curve segment, left to right. */
  curvePaths(): Promise<string[]> {
    return this.canvas
      .getByTestId('emotion-curve')
      .evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  }

  async backToLibrary(): Promise<void> {
    await this.libraryButton.click();
  }
}

/**
 * Stores a factory map in the library of a running web host through its HTTP API (with the token
 * the host writes into the page), like `seedMap` does with handlers. Returns the stored map's id.
 */
export async function seedMapOverHttp(appUrl: string, map: JourneyMap): Promise<string> {
  const call = await hostApi(appUrl);
  const handlers = new Proxy({} as Handlers, {
    get: (_, name: string) => (input: unknown) => call(name, input),
  });
  return seedMap(handlers, map);
}

/** The editor URL of a map. */
export const mapUrl = (appUrl: string, id: string): string => `${appUrl}/#/map/${encodeURIComponent(id)}`;
