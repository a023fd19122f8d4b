import { expect, test } from './fixtures';
import { openWorkshopMap, ParticipantPage, WorkshopPanel } from './pages/workshop-page';

test('follow me: participants see the facilitator’s presentation step and the workshop timer', async ({
  page,
  appUrl,
  browser,
}) => {
  await openWorkshopMap(page, appUrl, 'wf');
  const panel = new WorkshopPanel(page);
  const join = await panel.start();
  const phone = await ParticipantPage.open(browser, { width: 360, height: 740 });
  await phone.joinByLink(join.joinUrl, 'Li Wei');

  // The timer everyone sees.
  await page.getByRole('button', { name: 'Workshop timer: 5:00' }).click();
  await page.getByRole('group', { name: 'Workshop timer' }).getByRole('button', { name: 'Start' }).click();
  await expect(phone.page.getByTestId('p-timer')).toHaveText(/^Time left: 4:[45]\d$/);
  await page.getByRole('group', { name: 'Workshop timer' }).getByRole('button', { name: 'Pause' }).click();
  // Paused for everyone: once the pause has arrived the participant's time stands still.
  const timer = phone.page.getByTestId('p-timer');
  await expect
    .poll(async () => {
      const before = await timer.textContent();
      await phone.page.waitForTimeout(1_200);
      return (await timer.textContent()) === before;
    })
    .toBe(true);
  await page.keyboard.press('Escape');

  const follow = panel.panel.getByRole('checkbox', { name: 'Participants follow my presentation step' });
  await follow.click();
  await expect(follow).toBeChecked();
  const following = phone.page.getByTestId('p-following');
  await expect(following).toHaveCount(0);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(following).toHaveText('On the screen now: the whole map');
  const controls = page.getByRole('region', { name: 'Presentation controls' });
  await controls.getByRole('button', { name: 'Next' }).click();
  await expect(following).toHaveText('On the screen now: Awareness');
  await expect(phone.stage('Awareness')).toHaveAttribute('aria-current', 'step');
  await controls.getByRole('button', { name: 'Next' }).click();
  await expect(following).toHaveText('On the screen now: Consideration');
  await expect(phone.stage('Consideration')).toHaveAttribute('aria-current', 'step');
  await expect(phone.stage('Awareness')).not.toHaveAttribute('aria-current', 'step');
  await phone.page.screenshot({ path: test.info().outputPath('follow-phone.png') });
  await page.keyboard.press('Escape');
  await expect(following).toHaveCount(0);
  await phone.close();
});
