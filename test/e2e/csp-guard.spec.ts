import { expect, test } from '@playwright/test';
import { describeCspViolations, settleCspReports, watchCspViolations } from './csp-guard';

// The recorder behind the shared fixture's CSP check (fixtures.ts fails every test whose pages
// reported a violation). Plain Playwright here, on pages served by a route: no host needed.
const PAGE = (label: string) => `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'none'">
<title>${label}</title></head><body><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>`;

test('records the violations of every page, also of pages that reloaded or closed', async ({ browser }) => {
  const context = await browser.newContext();
  await context.route('http://csp.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: PAGE(new URL(route.request().url()).pathname) }),
  );
  const violations = await watchCspViolations(context);

  const first = await context.newPage();
  await first.goto('http://csp.test/first');
  await expect.poll(() => violations.length).toBe(1);
  await first.reload();
  await expect.poll(() => violations.length).toBe(2);
  await first.close();

  const second = await context.newPage();
  await second.goto('http://csp.test/second');
  await settleCspReports(context);
  await expect.poll(() => violations.length).toBe(3);
  expect(
    await second.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations),
  ).toHaveLength(1);

  expect(violations.map((v) => [v.directive, v.pageUrl])).toEqual([
    ['img-src', 'http://csp.test/first'],
    ['img-src', 'http://csp.test/first'],
    ['img-src', 'http://csp.test/second'],
  ]);
  const message = describeCspViolations(violations);
  expect(message).toContain('Content-Security-Policy violations (3):');
  expect(message).toContain('- img-src blocked data at http://csp.test/second:3 on http://csp.test/second');
  await context.close();
});

test('records nothing for a page within its policy', async ({ browser }) => {
  const context = await browser.newContext();
  await context.route('http://csp.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>ok</title><p>fine</p>' }),
  );
  const violations = await watchCspViolations(context);
  const page = await context.newPage();
  await page.goto('http://csp.test/ok');
  await settleCspReports(context);
  expect(violations).toEqual([]);
  await context.close();
});
