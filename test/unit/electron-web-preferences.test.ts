import { describe, expect, it } from 'vitest';
import { createWebPreferences } from '../../electron/main/web-preferences';

describe('createWebPreferences', () => {
  it('isolates and sandboxes the renderer, with the preload as the only bridge', () => {
    const prefs = createWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
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
    });
  });

  it('sets nothing that would weaken those defaults', () => {
    const prefs = createWebPreferences('/p.cjs') as Record<string, unknown>;
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments', 'partition']) {
      expect(prefs[risky]).toBeUndefined();
    }
  });
});
