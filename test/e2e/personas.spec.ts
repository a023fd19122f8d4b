import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { makeMap } from '../../shared/document/test-map';
import { expect, test } from './fixtures';
import { EditorPage, mapUrl, seedMapOverHttp } from './pages/editor-page';
import { hostApi, journeyMap, VersionsPanel } from './pages/versions-page';
import type { Page } from '@playwright/test';

const personasDialog = (page: Page) => page.getByRole('dialog', { name: 'Persona library' });

async function createPersona(page: Page, name: string, role: string): Promise<void> {
  await personasDialog(page).getByRole('button', { name: 'New persona' }).click();
  const form = page.getByRole('dialog', { name: 'New persona' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Role' }).fill(role);
  await form.getByRole('textbox', { name: 'Goals' }).fill('Compare prices\nBuy fast');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(personasDialog(page).getByRole('status')).toHaveText(`Created “${name}”.`);
}

async function addPersonaToOpenMap(page: Page, editor: EditorPage, name: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await panel.getByRole('combobox', { name: 'Persona to add' }).selectOption({ label: name });
  await panel.getByRole('button', { name: 'Add persona to map' }).click();
  await expect(editor.canvas.locator('.persona-badge__name', { hasText: name })).toBeVisible();
  await editor.expectSaved();
}

test('a persona used in two maps: editing it shows the new name on both canvases', async ({
  page,
  appUrl,
}) => {
  const a = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'pa', name: 'Map A' }));
  const b = await seedMapOverHttp(appUrl, makeMap({ idPrefix: 'pb', name: 'Map B' }));
  const editor = new EditorPage(page);

  // Create the persona from the library header.
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  await createPersona(page, 'Lin Wei', 'Procurement lead');
  await expect(personasDialog(page).getByRole('listitem')).toContainText([
    'Lin WeiProcurement leadNot used by any map',
  ]);
  await personasDialog(page).getByRole('button', { name: 'Close' }).click();

  for (const [id, name] of [
    [a, 'Map A'],
    [b, 'Map B'],
  ] as const) {
    await page.goto(mapUrl(appUrl, id));
    await editor.expectLoaded(name);
    await addPersonaToOpenMap(page, editor, 'Lin Wei');
    await expect(editor.canvas.locator('.persona-badge__role')).toHaveText('Procurement lead');
  }

  // Edit it from the editor toolbar of map B: the canvas follows at once.
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  await expect(personasDialog(page).getByText('Used by 2 maps')).toBeVisible();
  await personasDialog(page).getByRole('button', { name: 'Edit Lin Wei' }).click();
  const form = page.getByRole('dialog', { name: 'Edit persona' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Lin Chen');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(personasDialog(page).getByRole('status')).toHaveText('Saved “Lin Chen”.');
  await personasDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(editor.canvas.locator('.persona-badge__name')).toHaveText('Lin Chen');

  // Map A shows the new name too, after a fresh load.
  await page.goto(mapUrl(appUrl, a));
  await editor.expectLoaded('Map A');
  await expect(editor.canvas.locator('.persona-badge__name')).toHaveText('Lin Chen');

  // Deleting asks and says how many maps use it; the cards stay, unlinked, with their own title.
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  await personasDialog(page).getByRole('button', { name: 'Delete Lin Chen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete persona' });
  await expect(confirm).toContainText('“Lin Chen” is used by 2 maps.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(personasDialog(page).getByRole('status')).toHaveText('Deleted “Lin Chen”.');
  await expect(personasDialog(page).getByText('No personas yet.', { exact: false })).toBeVisible();
  await personasDialog(page).getByRole('button', { name: 'Close' }).click();

  // The open map was read again: its card is unlinked and further edits save without complaint.
  await editor.expectLoaded('Map A');
  await expect(editor.canvas.locator('.persona-badge')).toHaveCount(0);
  await expect(editor.card('Persona: Lin Wei')).toBeVisible();
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('button', { name: 'Add stage' })
    .click();
  await editor.expectSaved();
});

test('an avatar image is re-encoded to a PNG; a file that is not an image is refused', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  await personasDialog(page).getByRole('button', { name: 'New persona' }).click();
  const form = page.getByRole('dialog', { name: 'New persona' });

  await form.getByLabel('Avatar image').setInputFiles({
    name: 'evil.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await expect(form.getByRole('alert')).toContainText('could not be read as an image');

  const png = new PNG({ width: 40, height: 20 });
  png.data.fill(120);
  await form.getByLabel('Avatar image').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: PNG.sync.write(png),
  });
  await form.getByRole('textbox', { name: 'Name' }).fill('Pic');
  await form.getByRole('button', { name: 'Save' }).click();
  const avatar = personasDialog(page).getByRole('listitem').locator('img.persona-avatar');
  await expect(avatar).toHaveAttribute('src', /^data:image\/png;base64,/);
  const size = await avatar.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([256, 256]);
});

test('the persona screens have no serious accessibility violations', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  await createPersona(page, 'Ana', 'Student');
  const scan = async () => {
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  };
  expect(await scan()).toEqual([]);
  await personasDialog(page).getByRole('button', { name: 'Edit Ana' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit persona' })).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('a renamed persona renames its cards everywhere: card, connection, inspector, export and compare', async ({
  page,
  appUrl,
}) => {
  // Seeded: a persona "Mia Chen" and a map whose persona card points at her and connects to an ad.
  const call = await hostApi(appUrl);
  const mia = (await call('personas.create', { name: 'Mia Chen', role: 'Shopper' })) as { id: string };
  const seeded = journeyMap('pn', 'Persona journey');
  seeded.personaIds = [mia.id];
  seeded.cards.push({
    id: 'pn-mia',
    kind: 'persona',
    personaId: mia.id,
    stageId: 'pn-s0',
    laneId: 'pn-l2',
    order: 2,
    x: null,
    y: null,
    text: '',
    tags: [],
    title: 'Mia Chen',
  });
  seeded.connections.push({ id: 'pn-k', sourceId: 'pn-mia', targetId: 'pn-ad', label: '' });
  const mapId = await seedMapOverHttp(appUrl, seeded);
  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await page.goto(mapUrl(appUrl, mapId));
  await editor.expectLoaded('Persona journey');
  await versions.save('Before rename', '');

  // A change the compare will list: a text on the persona card, typed in the inspector.
  await editor.card('Persona: Mia Chen').click();
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await panel.getByRole('textbox', { name: 'Text' }).fill('Met at the fair');
  await panel.getByRole('textbox', { name: 'Text' }).blur();
  await editor.expectSaved();

  // Rename her in the persona library.
  await page.getByRole('button', { name: 'Persona library', exact: true }).click();
  await personasDialog(page).getByRole('button', { name: 'Edit Mia Chen' }).click();
  const form = page.getByRole('dialog', { name: 'Edit persona' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Mia Wong');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(personasDialog(page).getByRole('status')).toHaveText('Saved “Mia Wong”.');
  await personasDialog(page).getByRole('button', { name: 'Close' }).click();

  // The card, its connection and the inspector all say "Mia Wong".
  await expect(editor.card('Persona: Mia Wong')).toBeVisible();
  await expect(editor.card('Persona: Mia Chen')).toHaveCount(0);
  await expect(
    editor.canvas.getByRole('group', { name: 'Connection from Mia Wong to Banner ad', exact: true }),
  ).toHaveCount(1);
  await editor.card('Persona: Mia Wong').click();
  await expect(panel.getByRole('combobox', { name: 'Persona', exact: true })).toHaveValue(mia.id);
  await expect(panel.getByTestId('inspector-persona')).toContainText('Mia Wong');
  await expect(panel.getByTestId('inspector-persona')).toContainText('Shopper');
  // No title field that would edit a name shown nowhere; double-click goes to the persona picker.
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  await editor.card('Persona: Mia Wong').dblclick();
  await expect(panel.getByRole('combobox', { name: 'Persona', exact: true })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Card title' })).toHaveCount(0);

  // The export draws her current name: the picture the PNG is made from, and the print view of the PDF.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const picture = exportDialog.locator('[data-map-picture]');
  await expect(picture).toContainText('Mia Wong');
  await expect(picture).not.toContainText('Mia Chen');
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  const print = await page.context().newPage();
  await print.goto(`${appUrl}/#/print/${mapId}?page=A4&orientation=landscape&mode=fit`);
  await expect(print.locator('[data-print-ready="true"]')).toBeAttached();
  await expect(print.locator('body')).toContainText('Mia Wong');
  await expect(print.locator('body')).not.toContainText('Mia Chen');
  await print.close();

  // The compare text calls the card by her current name.
  await versions.open();
  await versions.action('Before rename', 'Compare');
  await expect(page.locator('.change-list')).toContainText(
    "Persona 'Mia Wong' text (empty) → Met at the fair",
  );
  await expect(page.locator('.change-list')).not.toContainText('Mia Chen');
});

test('a persona card from the palette is named for typing, not announced "Persona: Persona"', async ({
  page,
  appUrl,
}) => {
  const mapId = await seedMapOverHttp(appUrl, journeyMap('pp', 'Palette personas'));
  const editor = new EditorPage(page);
  await page.goto(mapUrl(appUrl, mapId));
  await editor.expectLoaded('Palette personas');
  await editor.paletteItem('Persona card').click();
  await expect(editor.card('Persona: New persona')).toBeVisible();
  await page.keyboard.type('Walk-in buyer');
  await page.keyboard.press('Enter');
  await expect(editor.card('Persona: Walk-in buyer')).toBeVisible();
  // Unlinked, the card's own name is what the inspector edits.
  await editor.card('Persona: Walk-in buyer').click();
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await expect(panel.getByRole('textbox', { name: 'Name on the card' })).toHaveValue('Walk-in buyer');
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
});
