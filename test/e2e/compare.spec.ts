import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { EditorPage, seedMapOverHttp } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { hostApi, journeyMap } from './pages/versions-page';

test('compare two different maps (as-is and to-be), in English and Chinese', async ({ page, appUrl }) => {
  const call = await hostApi(appUrl);
  const asIs = await seedMapOverHttp(appUrl, journeyMap('asis', 'As-is'));
  const toBe = await seedMapOverHttp(appUrl, journeyMap('tobe', 'To-be'));
  await call('maps.applyChanges', {
    id: toBe,
    changes: {
      upsert: {
        cards: [
          {
            id: 'tobe-chat',
            kind: 'touchpoint',
            stageId: 'tobe-s1',
            laneId: 'tobe-l0',
            title: 'Live chat',
            order: 1,
          },
        ],
      },
    },
  });

  const emotion = (prefix: string, stage: number, score: number) => ({
    id: `${prefix}-emo${stage}`,
    kind: 'emotion',
    score,
    stageId: `${prefix}-s${stage}`,
    laneId: `${prefix}-l2`,
    title: `Feeling ${stage}`,
  });
  await call('maps.applyChanges', {
    id: asIs,
    changes: { upsert: { cards: [emotion('asis', 0, -1), emotion('asis', 1, -2), emotion('asis', 2, 0)] } },
  });
  await call('maps.applyChanges', {
    id: toBe,
    changes: { upsert: { cards: [emotion('tobe', 0, 1), emotion('tobe', 1, 2)] } },
  });

  await page.goto(`${appUrl}/#/compare?a=map:${asIs}&b=map:${toBe}`);
  // Both emotion curves on one chart: A dashed, B solid, each a real curve through its stages.
  const curves = page.locator('.emotion-curves');
  await expect(curves.locator('path[data-side="a"]')).toHaveCount(1);
  await expect(curves.locator('path[data-side="b"]')).toHaveCount(1);
  expect(await curves.locator('path[data-side="a"]').getAttribute('d')).toMatch(/^M80 [\d.]+ ?C/);
  // Two maps made apart share no ids and no lineage: stages and lanes pair up by name, cards by kind,
  // cell and title, so only real differences are listed (not everything removed and added again).
  await expect(page.locator('.change-list .change-entry')).toHaveText([
    "Emotion 'Feeling 0' score -1 → 1",
    "Touchpoint 'Live chat' added in Consideration",
    "Emotion 'Feeling 1' score -2 → 2",
    "Emotion 'Feeling 2' removed from Intent",
  ]);
  const canvas = page.getByRole('region', { name: /^Side B with changes: To-be/ });
  await expect(canvas.locator('[data-item-id="tobe-chat"]')).toHaveAttribute('data-diff', 'added');
  // B's Awareness is drawn as A's Awareness, unchanged.
  await expect(canvas.locator('[data-item-id="asis-s0"]')).toHaveText(/Awareness/);
  await expect(canvas.locator('[data-item-id="asis-s0"]')).not.toHaveAttribute('data-diff', /./);

  // The pickers offer this map, its versions and the other maps.
  const pickerA = page.getByLabel('Before (A)');
  await expect(pickerA).toHaveValue(`map:${asIs}`);
  await expect(pickerA.locator('option')).toHaveCount(2);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);

  // The same comparison in Chinese.
  await call('settings.update', { language: 'zh-CN' });
  await page.reload();
  await expect(page.locator('.change-list')).toContainText('触点“Live chat”已添加到Consideration');
  await expect(page.getByRole('region', { name: /^B 侧及变更：To-be/ })).toBeVisible();
});

test('compare two versions of one map, chosen with the pickers', async ({ page, appUrl }) => {
  const call = await hostApi(appUrl);
  const mapId = await seedMapOverHttp(appUrl, journeyMap('two', 'Two versions'));
  const first = (await call('versions.save', { mapId, name: 'Q1', note: '' })) as { id: string };
  await call('maps.applyChanges', {
    id: mapId,
    changes: { upsert: { stages: [{ id: 'two-s0', name: 'Discover', width: 320 }] } },
  });
  const second = (await call('versions.save', { mapId, name: 'Q2', note: '' })) as { id: string };
  await call('maps.applyChanges', { id: mapId, changes: { remove: { cardIds: ['two-faq'] } } });

  // Start from version vs map, then pick the second version as B.
  await page.goto(`${appUrl}/#/compare?a=version:${first.id}&b=map:${mapId}`);
  const list = page.locator('.change-list');
  await expect(list).toContainText("Touchpoint 'FAQ page' removed from Consideration");
  await page.getByLabel('After (B)').selectOption(`version:${second.id}`);
  await expect(page).toHaveURL(new RegExp(`b=version:${second.id}$`));
  await expect(list).toContainText("Stage 'Awareness' renamed to 'Discover'");
  await expect(list).not.toContainText('FAQ page');
  await expect(page.locator('.change-list .change-entry')).toHaveCount(1);
});

test('an unknown version in the compare route shows the API error', async ({ page, appUrl }) => {
  const mapId = await seedMapOverHttp(appUrl, journeyMap('x', 'Lonely'));
  await page.goto(`${appUrl}/#/compare?a=version:nope&b=map:${mapId}`);
  await expect(page.getByRole('alert')).toContainText('No version with id "nope"');
});

test('duplicate a map in the library, edit the copy, compare the two from the library', async ({
  page,
  appUrl,
}) => {
  const call = await hostApi(appUrl);
  const asIs = await seedMapOverHttp(appUrl, journeyMap('dup', 'As-is'));
  const created = (await call('metrics.createPeriod', { mapId: asIs, name: 'Q1' })) as {
    periods: { id: string }[];
  };
  await call('metrics.setStageMetrics', {
    periodId: created.periods[0]?.id,
    rows: [1000, 400, 100].map((count, i) => ({ stageId: `dup-s${i}`, count })),
  });

  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.goto(appUrl);
  await library.duplicate('As-is');
  await expect(library.map('As-is (copy)')).toBeVisible();

  // One real edit in the copy: a card dropped into a full cell.
  await library.open('As-is (copy)');
  await editor.expectLoaded('As-is (copy)');
  await editor.dragCard(
    editor.card('Touchpoint: FAQ page'),
    await editor.cellPoint('Awareness', 'Touchpoints', 'top'),
  );
  await editor.expectSaved();
  await editor.backToLibrary();

  await library.mapAction('As-is', 'Compare with…');
  const dialog = page.getByRole('dialog', { name: 'Compare “As-is” with another map' });
  const axeDialog = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axeDialog.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);
  await dialog.getByLabel('Other map').selectOption({ label: 'As-is (copy)' });
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?a=map:${asIs}&b=map:[^&]+$`));
  await expect(page.locator('.compare__sides')).toHaveText(
    /Before \(A\): As-is.*After \(B\): As-is \(copy\)/,
  );

  // The copy's rows pair up with the original's: exactly the one edit is listed.
  await expect(page.locator('.change-list .change-entry')).toHaveText([
    "Touchpoint 'FAQ page' moved from Consideration · Touchpoints to Awareness · Touchpoints",
  ]);
  const canvas = page.getByRole('region', { name: /^Side B with changes: As-is \(copy\)/ });
  await expect(canvas.locator('[data-diff]')).toHaveCount(1);
  await expect(canvas.locator('[data-item-id="dup-faq"]')).toHaveAttribute('data-diff', 'moved');

  // Every stage's figures pair up: numbers on both sides, not "—".
  const rows = page.locator('.metric-deltas__table tbody tr');
  await expect(rows).toHaveCount(3);
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)),
  );
  expect(cells).toEqual([
    ['Awareness', '1,000', '1,000', '0', '40.0%', '40.0%', '0 pp', 'p = 1.000not significant'],
    ['Consideration', '400', '400', '0', '25.0%', '25.0%', '0 pp', 'p = 1.000not significant'],
    ['Intent', '100', '100', '0', '—', '—', '—', '—'],
  ]);
});
