import { capabilitiesAll, type Capabilities } from '../../shared/api';
import { api, type ApiClient } from './client';

let known: Capabilities = capabilitiesAll(false);

/**
 * Asks the host once, at start, what it can do (`app.capabilities`: native dialogs, printing to
 * PDF, the library switch). Until then, and if the host cannot say, the page assumes none: a
 * download, a file picker and the browser's print work everywhere.
 */
export async function loadCapabilities(client: ApiClient = api): Promise<Capabilities> {
  known = await client.call('app.capabilities', {}).catch(() => capabilitiesAll(false));
  return known;
}

/** What the host can do, as loaded at start (see {@link loadCapabilities}). */
export const capabilities = (): Capabilities => known;
