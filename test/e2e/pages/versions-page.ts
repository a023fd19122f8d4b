import { expect, type Locator, type Page } from '@playwright/test';
import type { JourneyMap } from '../../../shared/domain';

/** Calls any operation of a running web host over HTTP with the token the host writes into its page. */
export async function hostApi(appUrl: string): Promise<(name: string, input: unknown) => Promise<unknown>> {
  const html = await (await fetch(appUrl)).text();
  const token = /name="journey-api-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('The page carries no API token.');
  return async (name, input) => {
    const response = await fetch(`${appUrl}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-journey-token': token },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!result.ok) throw new Error(`${name}: ${result.error?.message ?? 'failed'}`);
    return result.value;
  };
}

/**
 * A small sales journey with names the assertions read: stages Awareness, Consideration, Intent;
 * lanes Touchpoints, Pain points, Notes.
 */
export function journeyMap(prefix: string, name = 'Checkout journey'): JourneyMap {
  const t = '2026-01-01T00:00:00.000Z';
  const s = (i: number) => `${prefix}-s${i}`;
  const l = (i: number) => `${prefix}-l${i}`;
  const base = { x: null, y: null, text: '', tags: [], order: 0 };
  return {
    id: `${prefix}-map`,
    name,
    description: '',
    language: 'en',
    personaIds: [],
    stages: ['Awareness', 'Consideration', 'Intent'].map((n, i) => ({
      id: s(i),
      name: n,
      description: '',
      goal: '',
      width: 320,
    })),
    lanes: [
      { id: l(0), name: 'Touchpoints', kind: 'touchpoints', height: 180 },
      { id: l(1), name: 'Pain points', kind: 'painPoints', height: 180 },
      { id: l(2), name: 'Notes', kind: 'notes', height: 180 },
    ],
    cards: [
      {
        ...base,
        id: `${prefix}-ad`,
        kind: 'touchpoint',
        channel: 'ads',
        stageId: s(0),
        laneId: l(0),
        title: 'Banner ad',
      },
      {
        ...base,
        id: `${prefix}-faq`,
        kind: 'touchpoint',
        channel: 'web',
        stageId: s(1),
        laneId: l(0),
        title: 'FAQ page',
      },
      {
        ...base,
        id: `${prefix}-slow`,
        kind: 'painPoint',
        severity: 2,
        stageId: s(2),
        laneId: l(1),
        title: 'Slow delivery',
      },
      { ...base, id: `${prefix}-old`, kind: 'note', stageId: s(0), laneId: l(2), title: 'Old flyer' },
      {
        ...base,
        id: `${prefix}-move`,
        kind: 'note',
        stageId: s(0),
        laneId: l(2),
        order: 1,
        title: 'Follow-up call',
      },
    ],
    connections: [],
    createdAt: t,
    updatedAt: t,
  };
}

/** The Versions menu of the editor's top bar and the versions panel. */
export class VersionsPanel {
  readonly page: Page;
  /** The "Versions" menu button (save, browse, compare). */
  readonly menuButton: Locator;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.menuButton = page.getByRole('button', { name: 'Versions', exact: true });
    this.panel = page.getByRole('complementary', { name: 'Versions' });
  }

  /** Runs an item of the Versions menu by its name. */
  async menu(item: 'Save version…' | 'Browse versions' | 'Compare with a version…'): Promise<void> {
    await this.menuButton.click();
    const menu = this.page.getByRole('menu', { name: 'Version tools' });
    await menu
      .getByRole('menuitem', { name: item })
      .or(menu.getByRole('menuitemcheckbox', { name: item }))
      .click();
  }

  async save(name: string, note: string): Promise<void> {
    await this.menu('Save version…');
    const dialog = this.page.getByRole('dialog', { name: 'Save a version' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(`Saved version “${name}”.`)).toBeVisible();
  }

  async open(): Promise<void> {
    if (!(await this.panel.isVisible())) await this.menu('Browse versions');
    await expect(this.panel).toBeVisible();
  }

  item(name: string): Locator {
    return this.panel.getByRole('listitem', { name, exact: true });
  }

  async action(version: string, action: string): Promise<void> {
    await this.item(version).getByRole('button', { name: action, exact: true }).click();
  }
}
