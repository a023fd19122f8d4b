import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { seedMapOverHttp } from './pages/editor-page';
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
  const list = page.locator('.change-list');
  // Different maps share no ids: everything of A is removed and everything of B added.
  await expect(list).toContainText("Touchpoint 'Live chat' added in Consideration");
  await expect(list).toContainText("Stage 'Awareness' removed");
  await expect(list).toContainText("The map renamed to 'To-be'");
  const canvas = page.getByRole('region', { name: /^Side B with changes: To-be/ });
  await expect(canvas.locator('[data-item-id="tobe-chat"]')).toHaveAttribute('data-diff', 'added');
  await expect(canvas.locator('[data-item-id="asis-s0"]')).toHaveAttribute('data-diff', 'removed');

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
