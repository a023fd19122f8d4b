import { describe, expect, it } from 'vitest';
import { createWebPreferences } from '../../electron/main/web-preferences';

describe('createWebPreferences', () => {
  it('is exactly the isolated, sandboxed, Node-free setup with the preload as the only bridge', () => {
    // toEqual, not toMatchObject: any option added later must be reviewed here.
    expect(createWebPreferences('/app/out/preload/index.cjs', { devTools: false })).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('allows DevTools only when asked (development builds)', () => {
    expect(createWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
    expect(createWebPreferences('/p.cjs', { devTools: false }).devTools).toBe(false);
  });

  it('sets nothing that would weaken those defaults', () => {
    const prefs = createWebPreferences('/p.cjs', { devTools: false }) as Record<string, unknown>;
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments', 'partition']) {
      expect(prefs[risky]).toBeUndefined();
    }
  });
});
