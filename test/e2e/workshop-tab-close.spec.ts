import { expect, test } from './fixtures';
import { hostApi, VersionsPanel } from './pages/versions-page';
import { openWorkshopMap, ParticipantPage, WorkshopPanel } from './pages/workshop-page';

// On the web host the facilitator's app is a browser tab: closing it ends the session (after a
// grace, so that a reload does not). The host's grace is 20 s; these stories use a short one.
const GRACE_MS = 1_500;
test.use({ facilitatorGraceMs: GRACE_MS });

test.describe('workshop session and the facilitator’s tab', () => {
  test.describe.configure({ timeout: 120_000 });

  test('closing the facilitator’s tab ends the session: the participant sees the end, the version exists, another map can start one', async ({
    page,
    context,
    appUrl,
    browser,
  }) => {
    const { id } = await openWorkshopMap(page, appUrl, 'tc');
    const join = await new WorkshopPanel(page).start();
    const phone = await ParticipantPage.open(browser, { width: 360, height: 740 });
    await phone.joinByLink(join.joinUrl, 'Li Wei');
    await phone.addCard({
      kind: 'Pain point',
      title: 'Queue at the till',
      stage: 'Intent',
      lane: 'Pain points',
    });

    await page.close();
    await expect(phone.page.getByText('The session has ended. Thank you for taking part!')).toBeVisible({
      timeout: GRACE_MS + 15_000,
    });

    // Ended like "End session": recorded, and saved as a version named after it.
    const call = await hostApi(appUrl);
    const [record] = (await call('workshop.history', { mapId: id })) as {
      name: string;
      endedAt: string | null;
    }[];
    expect(record?.endedAt).not.toBeNull();
    const tab = await context.newPage();
    await openWorkshopMap(tab, appUrl, 'tc2');
    // Nothing is "already running": a session starts on another map at once.
    await new WorkshopPanel(tab).start();
    await tab.goto(`${appUrl}/#/map/${encodeURIComponent(id)}`);
    const versions = new VersionsPanel(tab);
    await versions.open();
    await expect(versions.item(record!.name)).toBeVisible();
    await phone.close();
  });

  test('reloading the facilitator’s tab keeps the session: the page takes it up again and participants’ cards still arrive', async ({
    page,
    browser,
    appUrl,
  }) => {
    const { editor } = await openWorkshopMap(page, appUrl, 'tr');
    const join = await new WorkshopPanel(page).start();
    const laptop = await ParticipantPage.open(browser);
    await laptop.joinByLink(join.joinUrl, 'Ana');

    await page.reload();
    await editor.expectLoaded('Checkout journey');
    const sessionButton = page
      .getByRole('banner')
      .getByRole('button', { name: 'Workshop session · 1 participant' });
    await expect(sessionButton).toBeVisible();
    // Well past the grace: the session still runs and the reloaded page hears the room.
    await page.waitForTimeout(GRACE_MS * 3);
    await laptop.addCard({
      kind: 'Touchpoint',
      title: 'Loyalty app',
      stage: 'Awareness',
      lane: 'Touchpoints',
    });
    await expect(editor.card('Touchpoint: Loyalty app')).toBeVisible();
    await expect(editor.card('Touchpoint: Loyalty app')).toContainText('by Ana');
    await page.screenshot({ path: test.info().outputPath('reloaded-facilitator.png') });
    await expect(laptop.page.getByText('The session has ended. Thank you for taking part!')).toHaveCount(0);
    await laptop.close();
  });
});
