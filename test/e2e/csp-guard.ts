import type { BrowserContext } from '@playwright/test';

/** One `securitypolicyviolation` event as a page saw it. */
export interface CspViolation {
  pageUrl: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
}

const BINDING = '__journeyReportCspViolation';

/**
 * Runs in every page and frame before the app's own scripts. Each violation goes into
 * `window.__cspViolations` (for a test that wants to look) and to the test process at once, so
 * violations of a page that navigates, reloads or closes before the test ends are not lost.
 */
function recordViolations(binding: string): void {
  const seen: unknown[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      pageUrl: location.href,
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
    };
    seen.push(violation);
    const report = (window as unknown as Record<string, ((v: unknown) => unknown) | undefined>)[binding];
    void report?.(violation);
  });
}

/** Starts recording the CSP violations of every page the context opens; returns the live list. */
export async function watchCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await context.addInitScript(recordViolations, BINDING);
  return violations;
}

/** Lets reports already sent by the open pages arrive (a binding call is asynchronous). */
export async function settleCspReports(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((page) => page.evaluate(() => undefined).catch(() => undefined)));
}

export function describeCspViolations(violations: readonly CspViolation[]): string {
  const lines = violations.map(
    (v) =>
      `- ${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.line} on ${v.pageUrl}`,
  );
  return `Content-Security-Policy violations (${violations.length}):\n${lines.join('\n')}`;
}
