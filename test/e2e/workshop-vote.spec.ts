import { expect, test } from './fixtures';
import { openWorkshopMap, ParticipantPage, WorkshopPanel } from './pages/workshop-page';

test.describe.configure({ timeout: 120_000 });

test('dot vote on the pain points: a budget of two dots, one per card, revealed as a ranking and as dots on the cards', async ({
  page,
  appUrl,
  browser,
}) => {
  const { editor } = await openWorkshopMap(page, appUrl, 'wv');
  const panel = new WorkshopPanel(page);
  const join = await panel.start();
  const phone = await ParticipantPage.open(browser, { width: 360, height: 740 });
  const laptop = await ParticipantPage.open(browser);
  await phone.joinByLink(join.joinUrl, 'Li Wei');
  await laptop.joinByCode(join.homeUrl, join.code, 'Ana');
  await phone.addCard({
    kind: 'Pain point',
    title: 'Queue at the till',
    stage: 'Intent',
    lane: 'Pain points',
  });
  await expect(editor.card('Pain point: Queue at the till')).toBeVisible();

  const vote = panel.panel.getByRole('form', { name: 'Dot vote' });
  await vote.getByLabel('Which cards').selectOption({ label: 'Cards in Pain points lanes' });
  await vote.getByLabel('Dots per person').fill('2');
  await vote.getByLabel('At most per card').fill('1');
  await vote.getByRole('button', { name: 'Start vote' }).click();

  await expect(phone.dotsLeft()).toHaveText('2 dots left');
  // Only the pain points take dots.
  await expect(phone.castDot('Banner ad')).toHaveCount(0);
  await phone.castDot('Slow delivery').click();
  await expect(phone.dotsLeft()).toHaveText('1 dot left');
  // At most one per card.
  await expect(phone.castDot('Slow delivery')).toBeDisabled();
  await phone.castDot('Queue at the till').click();
  await expect(phone.dotsLeft()).toHaveText('0 dots left');
  await expect(phone.castDot('Queue at the till')).toBeDisabled();
  // A dot taken back can be placed again.
  await phone.page.getByRole('button', { name: 'Take a dot back from “Queue at the till”' }).click();
  await expect(phone.dotsLeft()).toHaveText('1 dot left');
  await phone.castDot('Queue at the till').click();
  await laptop.castDot('Slow delivery').click();
  await expect(laptop.dotsLeft()).toHaveText('1 dot left');

  await expect(panel.panel.getByText('Voting is open: 3 of 4 dots cast.')).toBeVisible();
  await panel.panel.getByRole('button', { name: 'Reveal result' }).click();

  const ranking = panel.panel.getByRole('list', { name: 'Ranking' });
  await expect(ranking.getByRole('listitem')).toHaveText([
    /^1\. Slow delivery2 dots$/,
    /^2\. Queue at the till1 dot$/,
  ]);
  await expect(editor.card('Pain point: Slow delivery').getByTestId('vote-dots')).toHaveText('22 dots');
  await expect(editor.card('Pain point: Queue at the till').getByTestId('vote-dots')).toHaveText('11 dot');
  await expect(phone.page.getByRole('list', { name: 'Ranking' }).getByRole('listitem').first()).toHaveText(
    /^1\. Slow delivery2 dots$/,
  );
  await page.screenshot({ path: test.info().outputPath('vote-revealed.png') });
  await phone.page.screenshot({ path: test.info().outputPath('vote-phone.png'), fullPage: true });

  await panel.panel.getByRole('button', { name: 'Clear vote' }).click();
  await expect(ranking).toHaveCount(0);
  await expect(editor.card('Pain point: Slow delivery').getByTestId('vote-dots')).toHaveCount(0);
  await expect(phone.page.getByRole('list', { name: 'Ranking' })).toHaveCount(0);
  await phone.close();
  await laptop.close();
});
