/** Which port the web host tries first, and whether a busy one may be swapped for any free port. */
export interface PortPlan {
  /** 0 = any free port. */
  first: number;
  /** True only for the remembered port: an explicit `--port N` that is busy is an error. */
  fallBackToAnyPort: boolean;
}

/**
 * `--port N` wins; else the port of the last launch (so a bookmark keeps working: the browser's
 * origin, and with it the address, stays the same); else any free port.
 */
export function planPort(requested: number | undefined, remembered: number | undefined): PortPlan {
  if (requested !== undefined) return { first: requested, fallBackToAnyPort: false };
  if (remembered !== undefined) return { first: remembered, fallBackToAnyPort: true };
  return { first: 0, fallBackToAnyPort: false };
}

/** The port of the last launch from the parsed contents of `web-host.json`; undefined if unusable. */
export function rememberedPortOf(stored: unknown): number | undefined {
  if (typeof stored !== 'object' || stored === null || !('port' in stored)) return undefined;
  const { port } = stored;
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}

/** What the CLI says on stderr when the remembered port was taken by something else. */
export const portMovedMessage = (wanted: number, got: number): string =>
  `Port ${wanted} (the one used last time) is in use by another program, so the address changed to port ${got}.`;
