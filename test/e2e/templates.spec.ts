import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

// Every template creates its stages on the canvas in the language of the UI (issue 3, item 11).
// The expected names are the funnel vocabulary of DESIGN.md section 2, not read from the templates.
const TEMPLATES = [
  {
    en: 'Blank map',
    zh: '空白地图',
    stagesEn: ['Stage 1', 'Stage 2', 'Stage 3'],
    stagesZh: ['阶段 1', '阶段 2', '阶段 3'],
  },
  {
    en: 'Sales funnel',
    zh: '销售漏斗',
    stagesEn: ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase', 'Loyalty'],
    stagesZh: ['认知', '兴趣', '考虑', '意向', '购买', '忠诚'],
  },
  {
    en: 'B2B sales',
    zh: 'B2B 销售',
    stagesEn: ['Lead capture', 'Needs discovery', 'Proposal', 'Negotiation', 'Closed deal', 'Retention'],
    stagesZh: ['线索获取', '需求深挖', '方案呈现', '商务谈判', '成交', '留存'],
  },
  {
    en: 'E-commerce',
    zh: '电商转化',
    stagesEn: ['Impression', 'Click', 'Add to cart', 'Order', 'Payment'],
    stagesZh: ['曝光', '点击', '加购', '下单', '支付'],
  },
  {
    en: 'Education enrolment',
    zh: '教育招生',
    stagesEn: ['Outreach', 'Trial class', 'Enrolment', 'Learning', 'Renewal'],
    stagesZh: ['招生触达', '试听课', '报名', '学习', '续费'],
  },
];

/** Stage names as drawn, left to right (not scoped by the canvas's name, which is translated). */
async function stageNames(page: Page): Promise<string[]> {
  const boxes = await page
    .locator('.frozen-headers__stage .stage-header__name')
    .evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', x: el.getBoundingClientRect().x })));
  return boxes.sort((a, b) => a.x - b.x).map((b) => b.text);
}

for (const language of ['en', 'zh'] as const) {
  test(`every template creates its stages in ${language === 'en' ? 'English' : 'Chinese'}`, async ({
    page,
    appUrl,
  }) => {
    const library = new LibraryPage(page);
    const editor = new EditorPage(page);
    await library.goto(appUrl);
    if (language === 'zh') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    }
    for (const template of TEMPLATES) {
      const templateName = language === 'en' ? template.en : template.zh;
      await page
        .getByRole('button', { name: language === 'en' ? 'New map' : '新建地图' })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: templateName }).check();
      await dialog.getByRole('textbox').first().fill(`${templateName} map`);
      await dialog.getByRole('button', { name: language === 'en' ? 'Create' : '创建' }).click();
      await expect(dialog).toBeHidden();
      await expect(editor.title).toHaveText(`${templateName} map`);
      await expect
        .poll(() => stageNames(page))
        .toEqual(language === 'en' ? template.stagesEn : template.stagesZh);
      await page.getByRole('button', { name: language === 'en' ? 'Library' : '地图库', exact: true }).click();
      await expect(
        page.getByRole('button', { name: language === 'en' ? 'New map' : '新建地图' }).first(),
      ).toBeVisible();
    }
  });
}
