import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { hostApi, VersionsPanel } from './pages/versions-page';
import { openWorkshopMap, ParticipantPage, WorkshopPanel } from './pages/workshop-page';

const PHONE = { width: 360, height: 740 };

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('workshop session', () => {
  // Four browsers (the facilitator's and three participants') on a shared machine take a while.
  test.describe.configure({ timeout: 120_000 });

  test('the room joins by link and by code, adds cards that reach the canvas, is locked, and sees the end; the version exists', async ({
    page,
    appUrl,
    browser,
  }) => {
    const { editor, id } = await openWorkshopMap(page, appUrl, 'wj');
    const panel = new WorkshopPanel(page);
    const join = await panel.start();
    expect(join.code).toMatch(/^[A-Z2-9]{6}$/);

    const phone = await ParticipantPage.open(browser, PHONE);
    const laptop = await ParticipantPage.open(browser);
    const tablet = await ParticipantPage.open(browser, { width: 1024, height: 768 });
    await phone.joinByLink(join.joinUrl, 'Li Wei');
    await laptop.joinByCode(join.homeUrl, join.code, 'Ana');
    await tablet.joinByLink(join.joinUrl, 'Sam');
    await expect(panel.panel.getByRole('heading', { name: '3 participants' })).toBeVisible();
    for (const name of ['Li Wei', 'Ana', 'Sam']) await expect(panel.participant(name)).toBeVisible();

    // Phone first: the stages as a list with their cards, usable at 360 x 740.
    await expect(phone.stage('Intent').getByText('Slow delivery')).toBeVisible();
    await phone.page.screenshot({ path: test.info().outputPath('participant-phone.png'), fullPage: true });
    await expectAxeClean(phone.page);

    await phone.addCard({
      kind: 'Pain point',
      title: 'Queue at the till',
      stage: 'Intent',
      lane: 'Pain points',
    });
    await laptop.addCard({
      kind: 'Touchpoint',
      title: 'Loyalty app',
      stage: 'Awareness',
      lane: 'Touchpoints',
    });
    await expect(editor.card('Pain point: Queue at the till')).toBeVisible();
    await expect(editor.card('Touchpoint: Loyalty app')).toBeVisible();
    // The facilitator sees who contributed what, on the card itself.
    await expect(editor.card('Pain point: Queue at the till')).toContainText('by Li Wei');
    await expect(editor.card('Touchpoint: Loyalty app')).toContainText('by Ana');
    // Every participant sees every contribution, with its author.
    await expect(tablet.stage('Intent').getByText('Queue at the till')).toBeVisible();
    await expect(tablet.stage('Intent').getByText('Pain point by Li Wei')).toBeVisible();
    await expect(panel.panel.getByText('Li Wei added “Queue at the till”')).toBeVisible();
    await expect(panel.participant('Li Wei')).toContainText('1 card');

    // The facilitator's undo takes back their own edit, never a participant's card.
    await editor.card('Touchpoint: Banner ad').click();
    await page.keyboard.press('Delete');
    await expect(editor.card('Touchpoint: Banner ad')).toHaveCount(0);
    await editor.undoButton.click();
    await expect(editor.card('Touchpoint: Banner ad')).toBeVisible();
    await expect(editor.undoButton).toBeDisabled();
    await expect(editor.card('Pain point: Queue at the till')).toBeVisible();

    await page.screenshot({ path: test.info().outputPath('facilitator-panel.png') });

    // Lock: participants can read but no longer add.
    // The box shows the session's state, so it turns on when the server has answered.
    const lock = panel.panel.getByRole('checkbox', { name: 'Lock contributions' });
    await lock.click();
    await expect(lock).toBeChecked();
    await expect(phone.page.getByText('The facilitator has paused contributions for now.')).toBeVisible();
    await expect(phone.addForm()).toHaveCount(0);
    await lock.click();
    await expect(lock).not.toBeChecked();
    await expect(laptop.addForm()).toBeVisible();

    await panel.end();
    await expect(panel.panel.getByText(/^Session ended\. Saved as version “.+”\.$/)).toBeVisible();
    for (const p of [phone, laptop, tablet])
      await expect(p.page.getByText('The session has ended. Thank you for taking part!')).toBeVisible();
    const ended =
      (await panel.panel.getByRole('status').filter({ hasText: 'Session ended' }).textContent()) ?? '';
    const versionName = /“(.+)”/.exec(ended)?.[1] ?? '';
    const versions = new VersionsPanel(page);
    await versions.open();
    await expect(versions.item(versionName)).toBeVisible();

    // The participants' cards are ordinary cards of the library's map.
    const call = await hostApi(appUrl);
    const map = (await call('maps.get', { id })) as { cards: { title: string }[] };
    expect(map.cards.map((c) => c.title)).toEqual(
      expect.arrayContaining(['Queue at the till', 'Loyalty app']),
    );
    for (const p of [phone, laptop, tablet]) await p.close();
  });

  test('a participant renames a card while the facilitator drags it to another cell: the canvas and the library end with the new title in the new cell', async ({
    page,
    appUrl,
    browser,
  }) => {
    const { editor, id } = await openWorkshopMap(page, appUrl, 'wl');
    const panel = new WorkshopPanel(page);
    const join = await panel.start();
    const phone = await ParticipantPage.open(browser, PHONE);
    await phone.joinByLink(join.joinUrl, 'Ana');
    await phone.addCard({ kind: 'Note', title: 'Idea', stage: 'Awareness', lane: 'Notes' });
    await expect(editor.card('Note: Idea')).toBeVisible();
    await editor.expectSaved();

    // The facilitator's save of the drag is held on its way to the library, so the participant's
    // rename lands first and reaches the editor while that save, built from the old title, is in flight.
    let held: Route | null = null;
    let heldNow = () => {};
    const saveHeld = new Promise<void>((resolve) => (heldNow = resolve));
    await page.route('**/api/maps.applyChanges', async (route) => {
      if (held) return route.continue();
      held = route;
      heldNow();
    });
    await editor.dragCard(editor.card('Note: Idea'), await editor.cellPoint('Consideration', 'Notes', 'top'));
    await saveHeld;

    await phone.page.getByRole('button', { name: 'Edit “Idea”' }).click();
    await phone.page.getByLabel('Title of your card').fill('Ana’s idea');
    await phone.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(panel.panel.getByText('Ana changed “Ana’s idea”')).toBeVisible();

    await (held as Route | null)?.continue();
    await page.unroute('**/api/maps.applyChanges');
    await editor.expectSaved();

    // The canvas: the new title, in the cell the facilitator dropped it in.
    const card = editor.card('Note: Ana’s idea');
    await expect(card).toBeVisible();
    await expect(editor.card('Note: Idea')).toHaveCount(0);
    const box = await card.boundingBox();
    const stage = await editor.stageHeader('Consideration').boundingBox();
    const lane = await editor.laneHeader('Notes').boundingBox();
    const centre = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
    expect(centre.x).toBeGreaterThan(stage?.x ?? Infinity);
    expect(centre.x).toBeLessThan((stage?.x ?? 0) + (stage?.width ?? 0));
    expect(centre.y).toBeGreaterThan(lane?.y ?? Infinity);
    expect(centre.y).toBeLessThan((lane?.y ?? 0) + (lane?.height ?? 0));
    await page.screenshot({ path: test.info().outputPath('renamed-and-moved.png') });

    // The library holds both writes, and so does every participant's page.
    const call = await hostApi(appUrl);
    const map = (await call('maps.get', { id })) as {
      cards: { title: string; stageId: string | null; laneId: string | null }[];
    };
    expect(map.cards.find((c) => c.title === 'Ana’s idea')).toMatchObject({
      stageId: 'wl-s1',
      laneId: 'wl-l2',
    });
    expect(map.cards.some((c) => c.title === 'Idea')).toBe(false);
    await expect(phone.stage('Consideration').getByText('Ana’s idea')).toBeVisible();
    await expectAxeClean(phone.page);
    await phone.close();
  });

  test('closing the map ends its session: the participant is told at once', async ({
    page,
    appUrl,
    browser,
  }) => {
    const { editor } = await openWorkshopMap(page, appUrl, 'wc');
    const join = await new WorkshopPanel(page).start();
    const phone = await ParticipantPage.open(browser, PHONE);
    await phone.joinByLink(join.joinUrl, 'Li Wei');
    await editor.libraryButton.click();
    await expect(page.getByRole('heading', { name: 'Your journey maps' })).toBeVisible();
    await expect(phone.page.getByText('The session has ended. Thank you for taking part!')).toBeVisible();
    // The link no longer leads anywhere: the listener is closed.
    const gone = await phone.page.request.get(join.joinUrl).then(
      (r) => r.status(),
      () => 0,
    );
    expect(gone).toBe(0);
    await phone.close();
  });
});
