import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openWorkshopMap, ParticipantPage, WorkshopPanel } from './pages/workshop-page';

test('the participant page follows the browser’s Chinese, switches to English, shows the map on a laptop and stays joined on reload', async ({
  page,
  appUrl,
  browser,
}) => {
  await openWorkshopMap(page, appUrl, 'wp');
  const join = await new WorkshopPanel(page).start();

  const participant = await ParticipantPage.open(browser, { width: 1280, height: 800 }, 'zh-CN');
  const laptop = participant.page;
  await laptop.goto(join.homeUrl);
  await expect(laptop.getByRole('heading', { name: '加入工作坊' })).toBeVisible();
  await expect(laptop.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // A wrong code is refused in the page's language, and nothing joins.
  await laptop.getByLabel('你的名字').fill('小王');
  await laptop.getByLabel('加入码').fill('ZZZZZZ');
  await laptop.getByRole('button', { name: '加入', exact: true }).click();
  await expect(laptop.getByRole('alert')).toBeVisible();
  await expect(laptop.getByText('你是 小王')).toHaveCount(0);
  await laptop.getByLabel('加入码').fill(join.code);
  await laptop.getByRole('button', { name: '加入', exact: true }).click();
  await expect(laptop.getByText('你是 小王')).toBeVisible();

  // On a larger screen the stages stand side by side as the map's columns.
  const board = laptop.getByRole('region', { name: '各阶段及其卡片' });
  const boxes = await board
    .getByRole('heading', { level: 2 })
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  const axe = await new AxeBuilder({ page: laptop }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await laptop.screenshot({ path: test.info().outputPath('participant-laptop-zh.png') });

  await laptop.getByLabel('语言').selectOption('en');
  await expect(laptop.getByText('You are 小王')).toBeVisible();
  await laptop.reload();
  await expect(laptop.getByText('You are 小王')).toBeVisible();
  await expect(laptop.getByRole('region', { name: 'Stages and their cards' })).toBeVisible();
  await participant.close();
});

test('a participant whose phone cannot reach the session is told the facilitator’s computer is out of reach, and carries on when it is back', async ({
  page,
  appUrl,
  browser,
}) => {
  await openWorkshopMap(page, appUrl, 'wn');
  const join = await new WorkshopPanel(page).start();
  const phone = await ParticipantPage.open(browser, { width: 360, height: 740 });
  // The phone's requests to the session's listener fail as on a dropped Wi-Fi: the event stream
  // from the moment the page is live, an action once it is sent.
  const unreachable = ['**/session/events**', '**/session/api/addCard'];
  for (const url of unreachable) await phone.page.route(url, (route) => route.abort('internetdisconnected'));
  await phone.joinByLink(join.joinUrl, 'Li Wei');

  const lost = phone.page.getByText('Lost the connection to the facilitator’s computer. Reconnecting…');
  await expect(lost).toBeVisible();
  const form = phone.addForm();
  await form.getByLabel('Title').fill('Queue at the till');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(
    phone.page.getByText(
      'Could not reach the facilitator’s computer. Check that you are on the same Wi-Fi, then try again.',
    ),
  ).toBeVisible();
  // Nothing on the phone speaks of the web host that runs the app on the facilitator's machine.
  await expect(phone.page.getByText(/npm run web|local server/)).toHaveCount(0);
  await phone.page.screenshot({ path: test.info().outputPath('participant-unreachable-phone.png') });
  const results = await new AxeBuilder({ page: phone.page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  for (const url of unreachable) await phone.page.unroute(url);
  await expect(lost).toHaveCount(0, { timeout: 20_000 });
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByText('Added “Queue at the till”.')).toBeVisible();
  await phone.close();
});

test('a pasted 10,000-character name or card title is refused on the phone with the limit, and nothing joins or is added', async ({
  page,
  appUrl,
  browser,
}) => {
  const { editor } = await openWorkshopMap(page, appUrl, 'wl');
  const join = await new WorkshopPanel(page).start();
  const cardsBefore = await editor.cards().count();

  const participant = await ParticipantPage.open(browser, { width: 360, height: 740 });
  const phone = participant.page;
  await phone.goto(join.joinUrl);
  const name = phone.getByLabel('Your name');
  await name.fill('x'.repeat(10_000));
  // Nothing is cut without a word: the form says how long a name may be, and nobody joins.
  expect((await name.inputValue()).length).toBe(10_000);
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.getByRole('alert')).toHaveText('A name can have at most 40 characters.');
  await expect(phone.getByText(/^You are /)).toHaveCount(0);
  await name.fill('Ana');
  await phone.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.getByText('You are Ana')).toBeVisible();

  const form = participant.addForm();
  await form.getByLabel('Title').fill('y'.repeat(10_000));
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByRole('alert')).toHaveText('A title can have at most 140 characters.');
  await expect(editor.cards()).toHaveCount(cardsBefore);
  await participant.close();
});
