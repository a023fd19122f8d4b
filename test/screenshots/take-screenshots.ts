/**
 * `npm run screenshots`: pictures of the real app for the README, taken again whenever the app
 * changes so they stay true. It starts the web host on 127.0.0.1 over a fresh temporary library,
 * creates the Sales funnel (and a changed copy to compare with) in each UI language, and drives
 * Chromium at 1920x1080 (the projector size) through the editor, presentation mode, the PNG export
 * and compare. Writes docs/screenshots/<view>-<language>.png; look at them after a run.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { Language } from '../../shared/domain';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { findChromiumHere } from '../static/find-chromium.mjs';

const OUT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1920, height: 1080 };
const LANGUAGES: { code: Language; messages: typeof en; name: string; suffix: string }[] = [
  { code: 'en', messages: en, name: 'Sales funnel', suffix: 'en' },
  { code: 'zh-CN', messages: zhCN, name: '销售漏斗', suffix: 'zh-CN' },
];

async function call(host: WebHost, name: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${host.url.replace(/\/$/, '')}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-journey-token': host.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message ?? 'failed'}`);
  return result.value;
}

/** Lets React Flow and the fonts settle: two frames after the network is quiet. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

const shot = (page: Page, view: string, suffix: string) =>
  page.screenshot({ path: path.join(OUT_DIR, `${view}-${suffix}.png`) });

/** The map and a copy with one more touchpoint and a happier purchase, in the template's language. */
async function seedMaps(
  host: WebHost,
  language: Language,
  name: string,
): Promise<{ id: string; copyId: string }> {
  const { id } = (await call(host, 'maps.create', { name, templateId: 'sales-funnel', language })) as {
    id: string;
  };
  const copyName = language === 'zh-CN' ? `${name}（改进后）` : `${name} (to-be)`;
  const { id: copyId } = (await call(host, 'maps.duplicate', { id, name: copyName })) as { id: string };
  const copy = (await call(host, 'maps.get', { id: copyId })) as {
    stages: { id: string }[];
    lanes: { id: string; kind: string }[];
    cards: { id: string; kind: string; stageId: string | null; score?: number }[];
  };
  const touchpoints = copy.lanes.find((l) => l.kind === 'touchpoints');
  const purchase = copy.stages[4];
  const sad = copy.cards.find((c) => c.kind === 'emotion' && c.stageId === copy.stages[2]?.id);
  await call(host, 'maps.applyChanges', {
    id: copyId,
    changes: {
      upsert: {
        cards: [
          ...(touchpoints && purchase
            ? [
                {
                  id: `${copyId}-chat`,
                  kind: 'touchpoint',
                  channel: 'app',
                  stageId: purchase.id,
                  laneId: touchpoints.id,
                  title: language === 'zh-CN' ? '在线客服' : 'Live chat',
                  order: 1,
                },
              ]
            : []),
          ...(sad ? [{ ...sad, score: 1 }] : []),
        ],
      },
    },
  });
  return { id, copyId };
}

async function main(): Promise<void> {
  const browserPath = findChromiumHere(() => chromium.executablePath());
  if (!browserPath.ok) throw new Error(browserPath.message);
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: browserPath.path,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (const language of LANGUAGES) {
      // A library of its own per language: the Chinese pictures show Chinese maps only.
      const dataDir = await mkdtemp(path.join(tmpdir(), 'jm-screenshots-'));
      const host = await startWebHost({ dataDir, port: 0 });
      const t = language.messages;
      await call(host, 'settings.update', { language: language.code });
      const { id, copyId } = await seedMaps(host, language.code, language.name);
      const context = await browser.newContext({
        viewport: VIEWPORT,
        locale: language.code,
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const base = host.url.replace(/\/$/, '');

      await page.goto(`${base}/#/`);
      await page.getByRole('listitem', { name: language.name, exact: true }).locator('img').waitFor();
      await settle(page);
      await shot(page, 'library', language.suffix);

      await page.goto(`${base}/#/map/${encodeURIComponent(id)}`);
      await page.locator('.react-flow__node-card').first().waitFor();
      await settle(page);
      await shot(page, 'editor', language.suffix);

      // Presentation mode at the third stage (the clicker's Page Down from the overview).
      await page.keyboard.press('F5');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('PageDown');
      await settle(page);
      await shot(page, 'presentation', language.suffix);
      await page.keyboard.press('Escape');

      // The PNG the export writes, as the user gets it.
      await page.getByRole('button', { name: t.export.button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t.export.title });
      await dialog.getByRole('radio', { name: t.export.format.png }).check();
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: t.export.button, exact: true }).click();
      await (await download).saveAs(path.join(OUT_DIR, `export-${language.suffix}.png`));

      await page.goto(`${base}/#/compare?a=map:${id}&b=map:${copyId}`);
      await page.locator('.compare[data-print-ready="true"]').waitFor();
      await settle(page);
      await shot(page, 'compare', language.suffix);
      await context.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  console.log(`Screenshots written to ${OUT_DIR}`);
}

await main();
