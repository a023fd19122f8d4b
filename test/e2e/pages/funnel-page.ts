import { expect, type Locator, type Page } from '@playwright/test';

const ENGLISH = {
  menuButton: 'Funnel',
  menu: 'Funnel tools',
  panel: 'Funnel numbers',
  close: 'Close funnel numbers',
  band: (stage: string) => `Funnel numbers of ${stage}`,
};
export const FUNNEL_CHINESE: typeof ENGLISH = {
  menuButton: '漏斗',
  menu: '漏斗工具',
  panel: '漏斗数据',
  close: '关闭漏斗数据',
  band: (stage: string) => `${stage}的漏斗数据`,
};

/** Names of the items of the Funnel menu (English). */
export type FunnelMenuItem = 'Show on map' | 'Edit numbers' | 'Import numbers…' | 'Export numbers as CSV';

/**
 * The funnel tools: the toolbar's "Funnel" menu, the numbers panel docked beside the canvas and the
 * funnel band drawn on the canvas under the stage headers.
 */
export class FunnelPage {
  readonly page: Page;
  readonly menuButton: Locator;
  /** The docked numbers panel (a complementary region, not a dialog: the map stays usable). */
  readonly panel: Locator;
  /** The band's empty state (no numbers yet). */
  readonly emptyBand: Locator;
  private readonly labels: typeof ENGLISH;

  constructor(page: Page, labels: typeof ENGLISH = ENGLISH) {
    this.page = page;
    this.labels = labels;
    this.menuButton = page.getByRole('button', { name: labels.menuButton, exact: true });
    this.panel = page.getByRole('complementary', { name: labels.panel, exact: true });
    this.emptyBand = page.getByTestId('funnel-band-empty');
  }

  /** The menu item (a plain item or a checkbox item) of the open Funnel menu. */
  menuItem(name: string): Locator {
    const menu = this.page.getByRole('menu', { name: this.labels.menu });
    return menu
      .getByRole('menuitem', { name, exact: true })
      .or(menu.getByRole('menuitemcheckbox', { name, exact: true }));
  }

  /** Opens the Funnel menu and runs one of its items. */
  async menu(item: FunnelMenuItem | string): Promise<void> {
    await this.menuButton.click();
    await this.menuItem(item).click();
  }

  /** Whether "Show on map" is checked, read from the menu (which is closed again). */
  async shownOnMap(): Promise<boolean> {
    await this.menuButton.click();
    const checked = await this.menuItem(
      this.labels === ENGLISH ? 'Show on map' : '在地图上显示',
    ).getAttribute('aria-checked');
    await this.page.keyboard.press('Escape');
    return checked === 'true';
  }

  async expectShownOnMap(shown: boolean): Promise<void> {
    await expect.poll(() => this.shownOnMap()).toBe(shown);
  }

  /** Opens the numbers panel (Funnel › Edit numbers) unless it is open. */
  async openNumbers(): Promise<Locator> {
    if (!(await this.panel.isVisible())) {
      await this.menu(this.labels === ENGLISH ? 'Edit numbers' : '编辑数据');
    }
    await expect(this.panel).toBeVisible();
    return this.panel;
  }

  async closeNumbers(): Promise<void> {
    await this.panel.getByRole('button', { name: this.labels.close }).click();
    await expect(this.panel).toBeHidden();
  }

  /** One stage's part of the band on the canvas. */
  band(stage: string): Locator {
    return this.page.getByRole('region', { name: this.labels.band(stage) });
  }

  /** The arrow labels between stages, left to right (`funnel-link-<index of the stage before>`). */
  arrowLabels(): Promise<string[]> {
    return this.page.getByTestId(/^funnel-link-\d+$/).evaluateAll((els) =>
      els
        .map((el) => ({
          index: Number(el.getAttribute('data-testid')?.replace('funnel-link-', '')),
          text: el.querySelector('[data-testid="metric-conversion"]')?.textContent ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((e) => e.text),
    );
  }
}
