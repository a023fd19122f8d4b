import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage, seedMapOverHttp } from './pages/editor-page';
import { hostApi, journeyMap, VersionsPanel } from './pages/versions-page';

const P = 'vj';
const id = (suffix: string) => `${P}-${suffix}`;

/**
 * The workshop edits the issue lists: add a touchpoint, remove a card, edit a pain point, move a
 * card, rename a stage, change the metrics. Made through the API, as another window would.
 */
async function workshopEdits(call: (name: string, input: unknown) => Promise<unknown>, mapId: string) {
  await call('maps.applyChanges', {
    id: mapId,
    changes: {
      upsert: {
        stages: [{ id: id('s2'), name: 'Decision', description: '', goal: '', width: 320 }],
        cards: [
          {
            id: 'live-chat',
            kind: 'touchpoint',
            channel: 'web',
            stageId: id('s1'),
            laneId: id('l0'),
            title: 'Live chat',
            order: 1,
          },
          {
            id: id('slow'),
            kind: 'painPoint',
            severity: 3,
            stageId: id('s2'),
            laneId: id('l1'),
            title: 'Slow delivery',
          },
          { id: id('move'), kind: 'note', stageId: id('s1'), laneId: id('l2'), title: 'Follow-up call' },
        ],
      },
      remove: { cardIds: [id('old')] },
    },
  });
}

async function seedMetrics(
  call: (name: string, input: unknown) => Promise<unknown>,
  mapId: string,
  counts: number[],
) {
  const created = (await call('metrics.createPeriod', { mapId, name: 'Q1' })) as {
    periods: { id: string; name: string }[];
  };
  const period = created.periods.find((p) => p.name === 'Q1');
  if (!period) throw new Error('no period');
  await call('metrics.setStageMetrics', {
    periodId: period.id,
    rows: counts.map((count, i) => ({ stageId: id(`s${i}`), count })),
  });
  return period.id;
}

test('save a version, change the map, compare, focus, export PDF, restore', async ({
  page,
  appUrl,
}, info) => {
  const call = await hostApi(appUrl);
  const mapId = await seedMapOverHttp(appUrl, journeyMap(P));
  const periodId = await seedMetrics(call, mapId, [1000, 400, 100]);

  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await page.goto(`${appUrl}/#/map/${mapId}`);
  await editor.expectLoaded('Checkout journey');

  await versions.save('Before workshop', 'As-is journey');
  await versions.open();
  const item = versions.item('Before workshop');
  await expect(item).toContainText('As-is journey');
  await expect(item).toContainText('5 cards');
  await expect(item.getByRole('img', { name: 'Preview of “Before workshop”' })).toBeVisible();
  const axePanel = await new AxeBuilder({ page }).include('.versions-panel').analyze();
  expect(axePanel.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);

  await workshopEdits(call, mapId);
  await call('metrics.setStageMetrics', {
    periodId,
    rows: [
      { stageId: id('s0'), count: 1000 },
      { stageId: id('s1'), count: 200 },
      { stageId: id('s2'), count: 150 },
    ],
  });

  // Compare the version with the map as it is now.
  await versions.action('Before workshop', 'Compare');
  await expect(page).toHaveURL(/#\/compare\?a=version:[^&]+&b=map:/);
  const changes = page.getByRole('region', { name: /Changes/ });
  const list = page.locator('.change-list');
  await expect(list).toContainText("Touchpoint 'Live chat' added in Consideration");
  await expect(list).toContainText("Pain point 'Slow delivery' severity 2 → 3");
  await expect(list).toContainText("Stage 'Intent' renamed to 'Decision'");
  await expect(list).toContainText("Note 'Old flyer' removed from Awareness");
  await expect(list).toContainText(
    "Note 'Follow-up call' moved from Awareness · Notes to Consideration · Notes",
  );
  await expect(list).toContainText("Metrics of 'Consideration' count 400 → 200");
  // Grouped by stage: the added touchpoint sits under the Consideration heading.
  const consideration = list.locator('.change-list__group', {
    has: page.getByRole('heading', { name: 'Consideration' }),
  });
  await expect(consideration).toContainText("Touchpoint 'Live chat' added in Consideration");
  void changes;

  // The overlay's colours, as data attributes.
  const canvas = page.getByRole('region', { name: /^Side B with changes/ });
  await expect(canvas.locator('[data-item-id="live-chat"]')).toHaveAttribute('data-diff', 'added');
  await expect(canvas.locator(`[data-item-id="${id('old')}"]`)).toHaveAttribute('data-diff', 'removed');
  await expect(canvas.locator(`[data-item-id="${id('slow')}"]`)).toHaveAttribute('data-diff', 'changed');
  await expect(canvas.locator(`[data-item-id="${id('move')}"]`)).toHaveAttribute('data-diff', 'moved');
  await expect(canvas.locator(`[data-item-id="${id('s2')}"]`)).toHaveAttribute('data-diff', 'changed');
  await expect(canvas.locator(`[data-move-arrow="${id('move')}"]`)).toHaveCount(1);
  await expect(canvas.locator(`[data-item-id="${id('ad')}"]`)).not.toHaveAttribute('data-diff', /./);
  // Added: green border; the left stripe keeps the card kind's colour (touchpoint blue, design tokens).
  const added = await canvas.locator('[data-item-id="live-chat"]').evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.borderTopColor, style.borderRightColor, style.borderBottomColor, style.borderLeftColor];
  });
  expect(added).toEqual(['rgb(22, 163, 74)', 'rgb(22, 163, 74)', 'rgb(22, 163, 74)', 'rgb(3, 105, 161)']);

  // Metric deltas: counts, percentage points and the leak.
  const row = page.locator(`.metric-deltas__table tr[data-stage-id="${id('s1')}"]`);
  await expect(row.locator('[data-delta="count"]')).toHaveText('-200');
  await expect(row.locator('[data-delta="conversion"]')).toHaveText('+50 pp');
  await expect(page.locator('.metric-deltas__leak')).toHaveText(
    'The biggest leak moved from Consideration to Awareness.',
  );
  await expect(page.locator('.emotion-curves')).toBeVisible();

  // Clicking an entry focuses the canvas on its item.
  await page.getByRole('button', { name: "Pain point 'Slow delivery' severity 2 → 3" }).click();
  const slow = canvas.locator(`[data-item-id="${id('slow')}"]`);
  await expect(slow).toHaveAttribute('data-focused', 'true');
  await expect
    .poll(async () => {
      const box = await slow.boundingBox();
      const area = await canvas.boundingBox();
      if (!box || !area) return Number.POSITIVE_INFINITY;
      return Math.abs(box.x + box.width / 2 - (area.x + area.width / 2));
    })
    .toBeLessThan(40);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);

  // Side by side: both maps, one viewport.
  await page.getByRole('button', { name: 'Side by side' }).click();
  const canvasA = page.getByRole('region', { name: /^Side A/ });
  await expect(canvasA.locator(`[data-item-id="${id('old')}"]`)).toBeVisible();
  await canvas.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(async () => {
      const [ta, tb] = await Promise.all(
        [canvasA, canvas].map((c) => c.locator('.react-flow__viewport').getAttribute('style')),
      );
      return ta === tb && ta !== null;
    })
    .toBe(true);

  // PDF export: the button asks the desktop print pipeline, which the web host declines
  // ('unsupported'), so the browser's own print runs instead, with no error shown. What Chromium
  // prints of the compare view is checked next: the change list is text in the PDF.
  const printed = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        window.print = () => resolve(true);
        setTimeout(() => resolve(false), 5_000);
      }),
  );
  await page.getByRole('button', { name: 'Export PDF' }).click();
  expect(await printed).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  mkdirSync(info.outputDir, { recursive: true });
  const pdfPath = path.join(info.outputDir, 'comparison.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain("Touchpoint 'Live chat' added in Consideration");
  expect(text).toContain("Stage 'Intent' renamed to 'Decision'");
  await page.emulateMedia({ media: 'screen' });

  // PNG export downloads an image of the comparison.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/^Compare-Checkout-journey\.png$/);
  const bytes = readFileSync((await png.path()) ?? '');
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // Twice the on-screen size of the comparison: a real picture, not an empty canvas.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);

  // Restore the version and see the old map.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await editor.expectLoaded('Checkout journey');
  expect(await editor.stageNames()).toEqual(['Awareness', 'Consideration', 'Decision']);
  await versions.open();
  await versions.action('Before workshop', 'Restore');
  const confirm = page.getByRole('dialog', { name: 'Restore version' });
  await expect(confirm).toContainText('Before restore');
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(() => editor.stageNames()).toEqual(['Awareness', 'Consideration', 'Intent']);
  await versions.open();
  await expect(versions.panel.getByRole('heading', { name: /^Before restore / })).toBeVisible();
  const restored = (await call('maps.get', { id: mapId })) as { cards: { title: string }[] };
  expect(restored.cards.map((c) => c.title).sort()).toEqual(
    ['Banner ad', 'FAQ page', 'Follow-up call', 'Old flyer', 'Slow delivery'].sort(),
  );
});

/** The seeded checkout journey open in the editor, with the host's API and the versions menu. */
async function openCheckoutJourney(page: Page, appUrl: string) {
  const call = await hostApi(appUrl);
  const mapId = await seedMapOverHttp(appUrl, journeyMap(P));
  const editor = new EditorPage(page);
  await page.goto(`${appUrl}/#/map/${mapId}`);
  await editor.expectLoaded('Checkout journey');
  return { call, mapId, editor, versions: new VersionsPanel(page) };
}

test('open a version read-only, rename it, duplicate it, delete it; Ctrl+Shift+S saves', async ({
  page,
  appUrl,
}) => {
  const { call, mapId, editor, versions } = await openCheckoutJourney(page, appUrl);

  await editor.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Save a version' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill('Kickoff <b>');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved version “Kickoff <b>”.')).toBeVisible();

  await workshopEdits(call, mapId);
  await versions.open();
  await versions.action('Kickoff <b>', 'Open');
  await expect(page.getByText('Read-only: version “Kickoff <b>”')).toBeVisible();
  const viewCanvas = page.getByRole('region', { name: 'Journey map canvas' });
  await expect(viewCanvas.locator(`.frozen-headers__stage[data-stage-id="${id('s2')}"]`)).toContainText(
    'Intent',
  );
  await expect(viewCanvas.locator('.react-flow__node[data-id="card:live-chat"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await editor.expectLoaded('Checkout journey');

  await versions.open();
  await versions.action('Kickoff <b>', 'Rename');
  const rename = page.getByRole('dialog', { name: 'Rename version' });
  await rename.getByLabel('Name').fill('Kickoff');
  await rename.getByLabel('Note').fill('First session');
  await rename.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(versions.item('Kickoff')).toContainText('First session');

  await versions.action('Kickoff', 'Duplicate as map');
  await expect(versions.panel.getByText('Created the map “Checkout journey (copy)”.')).toBeVisible();
  const maps = (await call('maps.list', {})) as { name: string }[];
  expect(maps.map((m) => m.name).sort()).toEqual(['Checkout journey', 'Checkout journey (copy)']);

  await versions.action('Kickoff', 'Delete');
  const del = page.getByRole('dialog', { name: 'Delete version' });
  await del.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(versions.panel.getByText('No versions yet.', { exact: false })).toBeVisible();
});

test('edit through the UI (a title typed, a card dropped into a full cell), save versions, compare', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  const mapId = await seedMapOverHttp(appUrl, journeyMap('ui'));
  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await page.goto(`${appUrl}/#/map/${mapId}`);
  await editor.expectLoaded('Checkout journey');
  await versions.save('Before workshop', 'As-is');

  // A new title, typed in place.
  await editor.card('Pain point: Slow delivery').dblclick();
  const title = page.getByRole('textbox', { name: 'Card title' });
  await title.fill('Late delivery');
  await title.press('Enter');
  await expect(editor.card('Pain point: Late delivery')).toBeVisible();
  // "FAQ page" dropped on top of Awareness · Touchpoints, where "Banner ad" already is.
  await editor.dragCard(
    editor.card('Touchpoint: FAQ page'),
    await editor.cellPoint('Awareness', 'Touchpoints', 'top'),
  );
  await editor.expectSaved();
  // The drop really pushed "Banner ad" down within its cell (what used to be reported as a move).
  const stored = (await call('maps.get', { id: mapId })) as {
    cards: { id: string; stageId: string; order: number }[];
  };
  const place = (cardId: string) => stored.cards.find((c) => c.id === cardId);
  expect(place('ui-faq')).toMatchObject({ stageId: 'ui-s0', order: 0 });
  expect(place('ui-ad')).toMatchObject({ stageId: 'ui-s0', order: 1 });
  await versions.save('After workshop', 'To-be');

  await versions.open();
  await versions.action('Before workshop', 'Compare');
  await expect(page).toHaveURL(/#\/compare\?a=version:[^&]+&b=map:/);
  const pickerB = page.getByLabel('After (B)');
  const after = await pickerB.locator('option', { hasText: 'After workshop' }).getAttribute('value');
  await pickerB.selectOption(after ?? '');
  await expect(page).toHaveURL(new RegExp(`b=${after ?? ''}$`));

  // Exactly the two edits: the drop is one move, the card it pushed down did not move.
  await expect(page.locator('.change-list .change-entry')).toHaveText([
    "Touchpoint 'FAQ page' moved from Consideration · Touchpoints to Awareness · Touchpoints",
    "Pain point 'Slow delivery' renamed to 'Late delivery'",
  ]);
  const canvas = page.getByRole('region', { name: /^Side B with changes/ });
  await expect(canvas.locator('[data-item-id="ui-faq"]')).toHaveAttribute('data-diff', 'moved');
  await expect(canvas.locator('[data-item-id="ui-slow"]')).toHaveAttribute('data-diff', 'changed');
  await expect(canvas.locator('[data-item-id="ui-ad"]')).not.toHaveAttribute('data-diff', /./);
  await expect(canvas.locator('[data-move-arrow]')).toHaveCount(1);
});

test('a version opened read-only looks like the map did: scores, severity, channel, curve, its numbers', async ({
  page,
  appUrl,
}) => {
  const R = 'vr';
  const call = await hostApi(appUrl);
  const seeded = journeyMap(R, 'Feelings journey');
  seeded.lanes.push({ id: `${R}-l3`, name: 'Emotions', kind: 'emotions', height: 200 });
  const emotion = (suffix: string, stage: number, score: number, title: string) => ({
    id: `${R}-${suffix}`,
    kind: 'emotion' as const,
    score,
    stageId: `${R}-s${stage}`,
    laneId: `${R}-l3`,
    order: 0,
    x: null,
    y: null,
    text: '',
    tags: [],
    title,
  });
  seeded.cards.push(emotion('joy', 0, 2, 'Delighted'), emotion('meh', 1, -1, 'Unsure'));
  const mapId = await seedMapOverHttp(appUrl, seeded);
  const created = (await call('metrics.createPeriod', { mapId, name: 'Q1' })) as {
    periods: { id: string; name: string }[];
  };
  const periodId = created.periods.find((p) => p.name === 'Q1')?.id ?? '';
  const setCounts = (counts: number[]) =>
    call('metrics.setStageMetrics', {
      periodId,
      rows: counts.map((count, i) => ({ stageId: `${R}-s${i}`, count })),
    });
  await setCounts([1000, 400, 100]);

  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await page.goto(`${appUrl}/#/map/${mapId}`);
  await editor.expectLoaded('Feelings journey');
  await versions.save('Workshop state', 'As the room left it');

  // Afterwards the map and its numbers change; the version must still show what was saved.
  await call('maps.applyChanges', {
    id: mapId,
    changes: {
      upsert: {
        cards: [
          { ...emotion('joy', 0, -2, 'Delighted') },
          { ...seeded.cards.find((c) => c.id === `${R}-slow`), severity: 3 },
          { ...seeded.cards.find((c) => c.id === `${R}-ad`), channel: 'email' },
        ],
      },
    },
  });
  await setCounts([500, 50, 5]);

  await versions.open();
  await versions.action('Workshop state', 'Open');
  await expect(
    page.getByRole('status').filter({ hasText: 'Read-only: version “Workshop state”' }),
  ).toBeVisible();
  const view = new EditorPage(page);
  // The editor's own cards, with what each measures.
  await expect(view.card('Emotion: Delighted').locator('.card-node__score')).toHaveText('+2');
  await expect(view.card('Emotion: Unsure').locator('.card-node__score')).toHaveText('−1');
  await expect(view.card('Pain point: Slow delivery').locator('.card-node__severity')).toHaveText('●●');
  await expect(view.card('Touchpoint: Banner ad').locator('.card-node__channel')).toHaveText('Ads');
  await expect(view.card('Touchpoint: Banner ad').locator('[data-channel="ads"]')).toHaveCount(2);
  // The emotion curve through +2 and −1.
  const paths = await view.curvePaths();
  expect(paths).toHaveLength(1);
  expect(paths[0]).toMatch(/^M[\d.]+ [\d.]+ ?C/);
  await expect(
    view.canvas.getByRole('img', { name: /Emotion curve: Awareness: Very positive \(\+2\); Consideration/ }),
  ).toBeAttached();
  // The funnel overlay of the stored period: the saved counts, read-only.
  const band = (stage: number) => view.canvas.getByTestId(`stage-metric-${R}-s${stage}`);
  await expect(band(0).getByTestId('metric-count')).toHaveText('1,000');
  await expect(band(1).getByTestId('metric-count')).toHaveText('400');
  await expect(band(0).getByTestId('metric-conversion')).toHaveText('40.0%');
  await expect(band(0).getByRole('button')).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? '')).map((v) => v.id),
  ).toEqual([]);

  // Only edits are refused: no palette, no typing, and a drag does not move a card.
  await expect(page.getByRole('complementary', { name: 'Add to map' })).toHaveCount(0);
  // A drag pans the read-only map at most: the card keeps its place on the grid.
  const card = view.card('Pain point: Slow delivery');
  const grid = view.canvas.locator('.react-flow__node-cellGrid');
  const offset = async () => {
    const [c, g] = [await card.boundingBox(), await grid.boundingBox()];
    if (!c || !g) throw new Error('The pain point or the grid is not on screen.');
    return { x: Math.round(c.x - g.x), y: Math.round(c.y - g.y) };
  };
  const before = await offset();
  await view.dragCard(card, await view.cellPoint('Awareness', 'Touchpoints'));
  expect(await offset()).toEqual(before);
  await card.dblclick();
  await expect(page.getByRole('textbox', { name: 'Card title' })).toHaveCount(0);
  const stored = (await call('versions.get', { id: new URL(page.url()).hash.split('/').pop() })) as {
    snapshot: { map: { cards: { id: string; stageId: string }[] } };
  };
  expect(stored.snapshot.map.cards.find((c) => c.id === `${R}-slow`)?.stageId).toBe(`${R}-s2`);
});

test('a version needs a name: a blank one is refused with a message about the version, in the UI’s language, and none is saved', async ({
  page,
  appUrl,
}) => {
  const { call, mapId, versions } = await openCheckoutJourney(page, appUrl);

  await versions.menu('Save version…');
  const dialog = page.getByRole('dialog', { name: 'Save a version' });
  await dialog.getByLabel('Name').fill('   ');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the version a name.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '版本', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: '保存版本…' }).click();
  const chinese = page.getByRole('dialog', { name: '保存版本' });
  await chinese.getByLabel('名称').fill('');
  await chinese.getByRole('button', { name: '保存', exact: true }).click();
  await expect(chinese.getByRole('alert')).toHaveText('请填写版本名称。');
  await chinese.getByRole('button', { name: '取消' }).click();
  expect(await call('versions.list', { mapId })).toEqual([]);
});
