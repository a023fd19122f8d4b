import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { EditorPage, mapUrl, seedMapOverHttp } from './editor-page';
import { journeyMap } from './versions-page';
import { describeCspViolations, settleCspReports, watchCspViolations, type CspViolation } from '../csp-guard';

/**
 * The facilitator's laptop on the projector (1920 x 1080) with the small checkout journey open
 * (stages Awareness, Consideration, Intent; lanes Touchpoints, Pain points, Notes).
 */
export async function openWorkshopMap(
  page: Page,
  appUrl: string,
  prefix: string,
): Promise<{ editor: EditorPage; id: string }> {
  const id = await seedMapOverHttp(appUrl, journeyMap(prefix, 'Checkout journey'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(mapUrl(appUrl, id));
  const editor = new EditorPage(page);
  await editor.expectLoaded('Checkout journey');
  return { editor, id };
}

/** How the room joins a running session, read off the facilitator's panel. */
export interface JoinDetails {
  joinUrl: string;
  homeUrl: string;
  code: string;
}

/** The facilitator's session panel in the editor. */
export class WorkshopPanel {
  readonly page: Page;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('complementary', { name: 'Workshop session' });
  }

  /**
   * Opens the panel from the editor bar and starts a session on loopback: tests bind the
   * participant listener to 127.0.0.1, real use picks the LAN address offered first.
   */
  async start(): Promise<JoinDetails> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Start Workshop Session' }).click();
    await expect(this.panel).toBeVisible();
    const address = this.panel.getByLabel('Network address');
    await expect(address.locator('option').first()).toBeAttached();
    await address.selectOption({ value: '127.0.0.1' });
    await this.panel.getByRole('button', { name: 'Start Workshop Session' }).click();
    const link = this.panel.getByRole('textbox', { name: 'Join link' });
    await expect(link).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]{43}$/);
    await expect(this.panel.getByRole('img', { name: /^QR code of the join link/ })).toBeVisible();
    const joinUrl = await link.inputValue();
    const code = (await this.panel.getByTestId('workshop-join-code').textContent())?.trim() ?? '';
    return { joinUrl, homeUrl: new URL('/', joinUrl).toString(), code };
  }

  participant(name: string): Locator {
    return this.panel
      .getByRole('list', { name: /^\d+ participants?$/ })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  async end(): Promise<void> {
    await this.panel.getByRole('button', { name: 'End session', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'End the workshop session' });
    await dialog.getByRole('button', { name: 'End session', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}

/** One participant's browser: the participant page served by the session's own listener. */
export class ParticipantPage {
  readonly page: Page;
  private readonly violations: CspViolation[];

  constructor(page: Page, violations: CspViolation[]) {
    this.page = page;
    this.violations = violations;
  }

  /** A participant's own browser (a context of its own); its page must load without a CSP violation. */
  static async open(
    browser: Browser,
    viewport = { width: 1280, height: 800 },
    locale = 'en-US',
  ): Promise<ParticipantPage> {
    const context = await browser.newContext({ viewport, locale });
    const violations = await watchCspViolations(context);
    return new ParticipantPage(await context.newPage(), violations);
  }

  async joinByLink(joinUrl: string, name: string): Promise<void> {
    await this.page.goto(joinUrl);
    await this.page.getByLabel('Your name').fill(name);
    await expect(this.page.getByLabel('Join code')).toHaveCount(0);
    await this.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(this.page.getByText(`You are ${name}`)).toBeVisible();
  }

  async joinByCode(homeUrl: string, code: string, name: string): Promise<void> {
    await this.page.goto(homeUrl);
    await this.page.getByLabel('Your name').fill(name);
    // Typed the way people type it off a projector: lower case, with a dash.
    await this.page.getByLabel('Join code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
    await this.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(this.page.getByText(`You are ${name}`)).toBeVisible();
  }

  addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a card' });
  }

  async addCard(card: { kind: string; title: string; stage: string; lane: string }): Promise<void> {
    const form = this.addForm();
    await form.getByLabel('Kind').selectOption({ label: card.kind });
    await form.getByLabel('Title').fill(card.title);
    await form.getByLabel('Stage').selectOption({ label: card.stage });
    await form.getByLabel('Lane').selectOption({ label: card.lane });
    await form.getByRole('button', { name: 'Add card' }).click();
    await expect(form.getByText(`Added “${card.title}”.`)).toBeVisible();
  }

  stage(name: string): Locator {
    return this.page.getByRole('region', { name: 'Stages and their cards' }).getByRole('region', { name });
  }

  dotsLeft(): Locator {
    return this.page.getByTestId('p-dots-left');
  }

  castDot(title: string): Locator {
    return this.page.getByRole('button', { name: `Give “${title}” a dot` });
  }

  /** Closes the participant's browser; fails on any CSP violation its pages had. */
  async close(): Promise<void> {
    await settleCspReports(this.page.context());
    expect(this.violations, describeCspViolations(this.violations)).toEqual([]);
    await this.page.context().close();
  }
}
