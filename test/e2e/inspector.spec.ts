import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { makeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function openSeeded(page: Page, appUrl: string): Promise<EditorPage> {
  const id = await seedMapOverHttp(
    appUrl,
    makeMap({ idPrefix: 'ins', stages: 2, lanes: 4, name: 'Inspect me' }),
  );
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, id));
  await editor.expectLoaded('Inspect me');
  return editor;
}

test('the inspector edits each card kind; every edit persists after a reload', async ({ page, appUrl }) => {
  const editor = await openSeeded(page, appUrl);
  const panel = inspector(page);
  await expect(panel).toContainText('Select a card, a stage or a lane');

  // Emotion: the score as a radio group with labelled faces.
  await editor.card('Emotion: Card ins-c0-1-0').click();
  await expect(panel.getByRole('heading', { name: 'Emotion card' })).toBeVisible();
  const score = panel.getByRole('radiogroup', { name: 'Emotion score' });
  await expect(score.getByRole('radio', { name: 'Very negative' })).toBeChecked();
  await score.getByRole('radio', { name: 'Very positive' }).check();
  await expect(editor.card('Emotion: Card ins-c0-1-0')).toContainText('+2');

  // Pain point severity.
  await editor.card('Pain point: Card ins-c0-2-0').click();
  await panel.getByRole('radiogroup', { name: 'Severity' }).getByRole('radio', { name: 'Severe' }).check();

  // Opportunity impact and effort.
  await editor.card('Opportunity: Card ins-c0-3-0').click();
  await panel.getByRole('radiogroup', { name: 'Impact' }).getByRole('radio', { name: 'Low' }).check();
  await panel.getByRole('radiogroup', { name: 'Effort' }).getByRole('radio', { name: 'High' }).check();

  // Touchpoint: channel, title (Enter commits), text (blur commits), tags.
  await editor.card('Touchpoint: Card ins-c0-0-0').click();
  await panel.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Email' });
  await expect(panel.locator('[data-channel="email"]')).toBeVisible();
  const title = panel.getByRole('textbox', { name: 'Title' });
  await title.fill('Welcome email');
  await title.press('Enter');
  await expect(editor.card('Touchpoint: Welcome email')).toBeVisible();
  await panel.getByRole('textbox', { name: 'Text', exact: true }).fill('Sent on sign-up\nwith a coupon');
  await panel.getByRole('textbox', { name: 'New tag' }).fill('vip');
  await panel.getByRole('textbox', { name: 'New tag' }).press('Enter');
  await panel.getByRole('button', { name: 'Remove tag test' }).click();
  await expect(panel.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['vip×']);

  // A typed title is one undo step, not one per key.
  await page.getByRole('button', { name: 'Undo', exact: true }).click(); // tag removal
  await page.getByRole('button', { name: 'Undo', exact: true }).click(); // tag added
  await page.getByRole('button', { name: 'Undo', exact: true }).click(); // text
  await page.getByRole('button', { name: 'Undo', exact: true }).click(); // title
  await expect(editor.card('Touchpoint: Card ins-c0-0-0')).toBeVisible();
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(editor.card('Touchpoint: Welcome email')).toBeVisible();
  await editor.expectSaved();

  await page.reload();
  await editor.expectLoaded('Inspect me');
  await editor.card('Touchpoint: Welcome email').click();
  await expect(panel.getByRole('combobox', { name: 'Channel' })).toHaveValue('email');
  await expect(panel.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(
    'Sent on sign-up\nwith a coupon',
  );
  await expect(panel.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['vip×']);
  await editor.card('Emotion: Card ins-c0-1-0').click();
  await expect(panel.getByRole('radio', { name: 'Very positive' })).toBeChecked();
  await editor.card('Pain point: Card ins-c0-2-0').click();
  await expect(panel.getByRole('radio', { name: 'Severe' })).toBeChecked();
  await editor.card('Opportunity: Card ins-c0-3-0').click();
  await expect(
    panel.getByRole('radiogroup', { name: 'Impact' }).getByRole('radio', { name: 'Low' }),
  ).toBeChecked();
  await expect(
    panel.getByRole('radiogroup', { name: 'Effort' }).getByRole('radio', { name: 'High' }),
  ).toBeChecked();
});

test('a persona card picks its persona from the library in the inspector', async ({ page, appUrl }) => {
  const editor = await openSeeded(page, appUrl);
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Persona library' });
  await library.getByRole('button', { name: 'New persona' }).click();
  await page.getByRole('dialog', { name: 'New persona' }).getByRole('textbox', { name: 'Name' }).fill('Mei');
  await page.getByRole('dialog', { name: 'New persona' }).getByRole('button', { name: 'Save' }).click();
  await library.getByRole('button', { name: 'Close' }).click();

  await editor.paletteItem('Persona card').click();
  // The new card's name is open for typing; Escape keeps the default.
  await page.keyboard.press('Escape');
  await editor.card('Persona: New persona').click();
  await inspector(page)
    .getByRole('combobox', { name: 'Persona', exact: true })
    .selectOption({ label: 'Mei' });
  await expect(editor.canvas.locator('.persona-badge__name')).toHaveText('Mei');
  await editor.expectSaved();
  await page.reload();
  await editor.expectLoaded('Inspect me');
  await expect(editor.canvas.locator('.persona-badge__name')).toHaveText('Mei');
});

test('the inspector has no serious accessibility violations', async ({ page, appUrl }) => {
  const editor = await openSeeded(page, appUrl);
  const scan = async () => {
    const results = await new AxeBuilder({ page }).include('.editor__side').analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  };
  for (const card of [
    'Emotion: Card ins-c0-1-0',
    'Touchpoint: Card ins-c0-0-0',
    'Opportunity: Card ins-c0-3-0',
  ]) {
    await editor.card(card).click();
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toBeVisible();
    expect(await scan()).toEqual([]);
  }
  await inspector(page).getByRole('button', { name: 'Edit Stage 1' }).click();
  expect(await scan()).toEqual([]);
});

test('a 10,000-character title pasted into the inspector is kept to 200 characters, and the field says so in the UI’s language', async ({
  page,
  appUrl,
}) => {
  const editor = await openSeeded(page, appUrl);
  const panel = inspector(page);
  await editor.card('Touchpoint: Card ins-c0-0-0').click();
  const title = panel.getByRole('textbox', { name: 'Title', exact: true });
  await expect(panel.getByRole('status')).toHaveCount(0);
  await title.fill('t'.repeat(10_000));
  await expect(title).toHaveAccessibleDescription('At most 200 characters; anything beyond is left out.');
  await title.press('Enter');
  await expect(editor.card(`Touchpoint: ${'t'.repeat(200)}`)).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByText('最多 200 个字符，超出的部分不会保留。')).toBeVisible();
});
