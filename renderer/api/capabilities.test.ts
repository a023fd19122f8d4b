import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, capabilitiesAll } from '../../shared/api';
import { capabilities, loadCapabilities } from './capabilities';
import type { ApiClient } from './client';

/** A client whose `app.capabilities` answers `answer` (or throws it, for an error). */
const client = (answer: unknown): ApiClient => ({
  call: ((name: string) =>
    name === 'app.capabilities'
      ? answer instanceof Error
        ? Promise.reject(answer)
        : Promise.resolve(answer)
      : Promise.reject(new Error(`unexpected ${name}`))) as ApiClient['call'],
});

afterEach(() => loadCapabilities(client(capabilitiesAll(false))));

describe('the renderer capability reader', () => {
  it('assumes no capability until the host has answered', () => {
    expect(capabilities()).toEqual(capabilitiesAll(false));
  });

  it("keeps the host's answer for the rest of the session", async () => {
    const desktop = { nativeDialogs: true, printToPdf: true, librarySwitch: true, workshopSession: true };
    await expect(loadCapabilities(client(desktop))).resolves.toEqual(desktop);
    expect(capabilities()).toEqual(desktop);
  });

  it('falls back to none when the host cannot say', async () => {
    await loadCapabilities(client(capabilitiesAll(true)));
    await loadCapabilities(client(new ApiError('internal', 'backend down')));
    expect(capabilities()).toEqual(capabilitiesAll(false));
  });
});
