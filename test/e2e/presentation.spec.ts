import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { CHINESE, EditorPage, mapUrl } from './pages/editor-page';
import { openNewMap } from './pages/library-page';
import { hostApi } from './pages/versions-page';

test.use({ viewport: { width: 1920, height: 1080 } });

/** Operations that change the library: none may run while presenting. */
const WRITES =
  /\/api\/(maps\.(applyChanges|create|delete|duplicate|rename|importFile)|versions\.(save|update|delete|restore)|metrics\.(set|apply|create|update|delete)|preferences\.set|settings\.update|personas\.(create|update|delete))/;

interface StepMeasure {
  counter: string;
  /** Per card of the presented stage (or every card on the overview): rendered title px. */
  titles: { name: string; px: number; inside: boolean }[];
  /** The highest opacity of any card or header of another stage. */
  otherOpacity: number;
  others: number;
}

const frame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

/**
 * What the room sees at the current step: every card title's rendered size (CSS font size x the
 * viewport's zoom) and whether its card lies fully inside the window above the presentation bar;
 * the opacity of the other stages' headers and cards (a card belongs to the stage whose column
 * holds its centre).
 */
async function measure(page: Page, stageIndex: number | null): Promise<StepMeasure> {
  await frame(page);
  const counter = (await page.getByTestId('presentation-counter').textContent()) ?? '';
  const data = await page.evaluate((index) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport as HTMLElement).transform).a;
    const bar = document.querySelector('.presentation-bar')?.getBoundingClientRect();
    const headers = [...document.querySelectorAll<HTMLElement>('.frozen-headers__stage')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .sort((a, b) => a.box.x - b.box.x);
    const column = index === null ? null : headers[index]?.box;
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const titles: { name: string; px: number; inside: boolean }[] = [];
    const others: number[] = [];
    headers.forEach(({ el, box }) => {
      if (column && box.x !== column.x) others.push(opacityOf(el));
    });
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-card')) {
      const box = node.getBoundingClientRect();
      const centre = box.x + box.width / 2;
      const mine = column === null || column === undefined || (centre > column.x && centre < column.right);
      if (!mine) {
        others.push(opacityOf(node));
        continue;
      }
      const title = node.querySelector<HTMLElement>('.card-node__title, .persona-badge__name');
      const px = title ? parseFloat(getComputedStyle(title).fontSize) * zoom : 0;
      const inside =
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth &&
        box.bottom <= (bar?.top ?? window.innerHeight);
      titles.push({ name: node.getAttribute('aria-label') ?? '', px, inside });
    }
    return { titles, otherOpacity: Math.max(0, ...others), others: others.length };
  }, stageIndex);
  return { counter, ...data };
}

interface EditorSnapshot {
  transform: string;
  undoDisabled: boolean;
  selected: string[];
  paletteFolded: boolean;
  save: string;
}

async function snapshot(page: Page): Promise<EditorSnapshot> {
  return page.evaluate(() => ({
    transform: document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
    undoDisabled:
      [...document.querySelectorAll<HTMLButtonElement>('.editor-toolbar button')].find((b) =>
        /Undo|撤销/.test(b.textContent ?? ''),
      )?.disabled ?? false,
    selected: [...document.querySelectorAll('.react-flow__node-card.selected')].map(
      (n) => n.getAttribute('data-id') ?? '',
    ),
    paletteFolded: document.querySelector('.foldable-panel--start')?.hasAttribute('data-collapsed') ?? false,
    save: document.querySelector('.editor-toolbar [role="status"]')?.textContent ?? '',
  }));
}

const LANGUAGES = [
  {
    code: 'en',
    present: 'Present',
    overview: /^Overview · 6 stages$/,
    step: (n: number, name: string) => `Stage ${n} of 6 · ${name}`,
  },
  {
    code: 'zh-CN',
    present: '演示',
    overview: /^总览 · 共 6 个阶段$/,
    step: (n: number, name: string) => `第 ${n} 阶段（共 6 个）· ${name}`,
  },
] as const;

for (const language of LANGUAGES) {
  test(`presents the Sales funnel stage by stage with the keyboard, titles at 24 px or more, and Esc brings the editor back unchanged (${language.code})`, async ({
    page,
    appUrl,
  }) => {
    // Six steps, each measured, and axe twice: more than a minute on a busy machine.
    test.slow();
    const opened = await openNewMap(page, appUrl, 'Sales funnel', 'Workshop funnel');
    await opened.editor.expectSaved();
    let editor = opened.editor;
    if (language.code === 'zh-CN') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      editor = new EditorPage(page, CHINESE);
      await expect(page.getByRole('button', { name: language.present, exact: true })).toBeVisible();
    }
    // A state to come back to: a card picked, the palette folded, the view zoomed in and panned.
    const stageNames = await editor.stageNames();
    expect(stageNames).toHaveLength(6);
    await editor.cards().first().click();
    await page.keyboard.press('Control+b');
    await page.mouse.move(900, 600);
    await page.mouse.wheel(0, -200);
    await frame(page);
    const before = await snapshot(page);
    const cardCount = await editor.cards().count();
    expect(before.selected).toHaveLength(1);
    expect(before.paletteFolded).toBe(true);

    const writes: string[] = [];
    page.on('request', (request) => {
      if (WRITES.test(request.url())) writes.push(request.url());
    });

    await page.keyboard.press('F5');
    const counter = page.getByTestId('presentation-counter');
    await expect(counter).toHaveText(language.overview);
    await expect(page.locator('.editor-bar')).toBeHidden();
    await expect(page.locator('.react-flow__controls')).toBeHidden();
    await expectNoSeriousAxe(page);

    const overview = await measure(page, null);
    await page.screenshot({ path: test.info().outputPath(`overview-${language.code}.png`) });
    expect(overview.titles.length).toBeGreaterThan(20);
    for (const title of overview.titles) expect(title.inside, title.name).toBe(true);

    // Clickers send Page Down; the keyboard also steps with arrows and Space.
    const forward = ['PageDown', 'ArrowRight', ' ', 'ArrowDown', 'PageDown', 'ArrowRight'];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press(forward[i] as string);
      const name = stageNames[i] as string;
      await expect(counter).toHaveText(language.step(i + 1, name));
      const step = await measure(page, i);
      expect(step.titles.length, `cards of ${name}`).toBeGreaterThan(2);
      for (const title of step.titles) {
        expect(title.px, `${title.name} at step ${i + 1}`).toBeGreaterThanOrEqual(24);
        expect(title.inside, `${title.name} inside the screen at step ${i + 1}`).toBe(true);
      }
      expect(step.others).toBeGreaterThan(0);
      expect(step.otherOpacity, `other stages at step ${i + 1}`).toBeLessThan(0.5);
      if (i === 1) await page.screenshot({ path: test.info().outputPath(`stage-2-${language.code}.png`) });
    }
    // The last step stays the last; Page Up and Backspace go back.
    await page.keyboard.press('PageDown');
    await expect(counter).toHaveText(language.step(6, stageNames[5] as string));
    await page.keyboard.press('PageUp');
    await expect(counter).toHaveText(language.step(5, stageNames[4] as string));
    await page.keyboard.press('Backspace');
    await expect(counter).toHaveText(language.step(4, stageNames[3] as string));
    await expectNoSeriousAxe(page);

    await page.keyboard.press('Escape');
    await expect(counter).toBeHidden();
    await expect(page.locator('.editor-bar')).toBeVisible();
    await frame(page);
    expect(await snapshot(page)).toEqual(before);
    // Backspace while presenting did not delete the picked card, and nothing was written.
    await expect(editor.cards()).toHaveCount(cardCount);
    expect(writes).toEqual([]);
  });
}

test('the Present button and the presentation bar step with the mouse; the timer counts down and is up at zero', async ({
  page,
  appUrl,
}) => {
  await page.clock.install();
  // Count the tones the timer plays (Web Audio oscillators) without needing a sound device.
  await page.addInitScript(() => {
    const tones = { count: 0 };
    (window as unknown as { tones: typeof tones }).tones = tones;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      override createOscillator(): OscillatorNode {
        tones.count += 1;
        return super.createOscillator();
      }
    };
  });
  await openNewMap(page, appUrl, 'Sales funnel', 'Timed funnel');
  // From here time moves only when the test says so (a loaded machine must not eat seconds).
  await page.clock.pauseAt(Date.now() + 1_000);
  const chip = page.getByRole('button', { name: /^Workshop timer: 5:00$/ });
  await chip.click();
  const controls = page.getByRole('group', { name: 'Workshop timer' });
  await controls.getByRole('combobox', { name: 'Length' }).selectOption('1');
  await controls.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(20_000);
  await expect(page.getByRole('button', { name: 'Workshop timer: 0:40' })).toBeVisible();
  await controls.getByRole('button', { name: 'Add a minute' }).click();
  await expect(page.getByRole('button', { name: 'Workshop timer: 1:40' })).toBeVisible();
  await controls.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(page.getByRole('button', { name: 'Workshop timer: 1:40' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const bar = page.getByRole('region', { name: 'Presentation controls' });
  await expect(bar.getByTestId('presentation-counter')).toHaveText('Overview · 6 stages');
  await bar.getByRole('button', { name: 'Next' }).click();
  await expect(bar.getByTestId('presentation-counter')).toHaveText(/^Stage 1 of 6 · /);
  await bar.getByRole('button', { name: 'Previous' }).click();
  await expect(bar.getByTestId('presentation-counter')).toHaveText('Overview · 6 stages');

  // The same timer in presentation mode: run it out.
  const time = bar.getByTestId('timer-time');
  await expect(time).toHaveText(/1:40/);
  await bar.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(99_000);
  await expect(time).toHaveText(/0:01/);
  expect(await page.evaluate(() => (window as unknown as { tones: { count: number } }).tones.count)).toBe(0);
  await page.clock.runFor(2_000);
  await expect(time).toHaveAttribute('data-finished', 'true');
  await expect(time).toContainText('Time is up');
  await expect(time).toHaveCSS('color', 'rgb(185, 28, 28)');
  // Audible: three beeps, once.
  expect(await page.evaluate(() => (window as unknown as { tones: { count: number } }).tones.count)).toBe(3);
  await expect(bar.getByRole('button', { name: 'Start' })).toBeVisible();
  await bar.getByRole('button', { name: 'Exit (Esc)' }).click();
  await expect(bar).toBeHidden();
  // The editor's chip shows the time is up too, until it is reset.
  const upChip = page.getByRole('button', { name: 'Workshop timer: 0:00' });
  await expect(upChip.getByTestId('timer-time')).toHaveAttribute('data-finished', 'true');
  await upChip.click();
  await page.getByRole('group', { name: 'Workshop timer' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('button', { name: 'Workshop timer: 1:00' })).toBeVisible();
});

test('the command palette and the shortcut list offer Present with F5', async ({ page, appUrl }) => {
  await openNewMap(page, appUrl, 'Sales funnel', 'Palette funnel');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search commands and the map' });
  await palette.getByRole('combobox', { name: 'Command or title' }).fill('present');
  const option = palette.getByRole('option', { name: /Present Stage by Stage/ });
  await expect(option).toContainText('F5');
  await option.click();
  await expect(page.getByTestId('presentation-counter')).toHaveText('Overview · 6 stages');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation-counter')).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Present Stage by Stage/ })).toContainText('F5');
});

test('with the funnel figures shown, each stage step takes in its figures under the header', async ({
  page,
  appUrl,
}) => {
  // Starting state over the API: a Sales funnel map with one period of counts (the band shows them).
  const call = await hostApi(appUrl);
  const { id } = (await call('maps.create', {
    name: 'Figures funnel',
    templateId: 'sales-funnel',
    language: 'en',
  })) as {
    id: string;
  };
  const map = (await call('maps.get', { id })) as { stages: { id: string }[] };
  const metrics = (await call('metrics.createPeriod', { mapId: id, name: 'Q3' })) as {
    periods: { id: string }[];
  };
  await call('metrics.setStageMetrics', {
    periodId: metrics.periods[0]?.id,
    rows: map.stages.map((s, i) => ({ stageId: s.id, count: 20_000 - i * 3_000 })),
  });
  await page.goto(mapUrl(appUrl, id));
  await new EditorPage(page).expectLoaded('Figures funnel');
  const bands = page.locator('[data-testid^="stage-metric-"]');
  await expect(bands).toHaveCount(6);
  await page.keyboard.press('F5');
  const bar = page.getByRole('region', { name: 'Presentation controls' });
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('PageDown');
    await expect(bar.getByTestId('presentation-counter')).toHaveText(new RegExp(`^Stage ${i + 1} of 6`));
    await frame(page);
    const barTop = (await bar.boundingBox())?.y ?? 0;
    const headerBoxes = await page
      .locator('.frozen-headers__stage')
      .evaluateAll((els) =>
        els.map((el) => ({ x: el.getBoundingClientRect().x, bottom: el.getBoundingClientRect().bottom })),
      );
    const headers = headerBoxes.map((h) => h.x).sort((a, b) => a - b);
    // The band of the presented stage: the one over its header column.
    const boxes = await bands.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      }),
    );
    const band = boxes.find((b) => b.x >= (headers[i] ?? 0) - 1 && b.x < (headers[i + 1] ?? Infinity));
    expect(band, `figures of stage ${i + 1}`).toBeDefined();
    expect(band!.y).toBeGreaterThanOrEqual(0);
    // Under the stage's name, read straight down from it.
    expect(band!.y).toBeGreaterThanOrEqual((headerBoxes[0]?.bottom ?? 0) - 1);
    expect(band!.bottom).toBeLessThanOrEqual(barTop);
    expect(band!.x).toBeGreaterThanOrEqual(0);
    expect(band!.right).toBeLessThanOrEqual(1920);
    // Only the presented stage's figures show (and the arrow into it): the others are hidden.
    for (let j = 0; j < 6; j += 1) {
      const count = bands.nth(j).getByTestId('metric-count');
      if (j === i) await expect(count).toBeVisible();
      else await expect(count).toBeHidden();
    }
    if (i > 0) await expect(page.getByTestId(`funnel-link-${i - 1}`)).toBeVisible();
    if (i > 1) await expect(page.getByTestId(`funnel-link-${i - 2}`)).toBeHidden();
    if (i === 2) await page.screenshot({ path: test.info().outputPath('present-stage-3.png') });
  }
  await page.keyboard.press('Escape');
});
