import {
  isParticipantOperationName,
  PARTICIPANT_PATHS,
  type ParticipantOperationName,
} from './participant-protocol';

/** Where the participant listener sends one request; anything not listed is `refused`. */
export type ParticipantRoute =
  | { kind: 'page' }
  | { kind: 'asset'; file: string }
  | { kind: 'api'; name: ParticipantOperationName }
  | { kind: 'events' }
  | { kind: 'refused'; status: 404 | 405 };

/** A built asset's file name: letters, digits, `.`, `-` and `_`, no path, no leading dot. */
const ASSET_FILE = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,199}$/;
/** The join link's secret segment as the page path carries it (checked again by `join`). */
const SECRET_SEGMENT = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The participant allow-list: the only paths the listener answers. It never routes to the
 * loopback API (`/api/...`), to `index.html` or to any file outside `assets/`; the raw (still
 * encoded) path is matched, so `%2e%2e`, `%2f` and backslashes never match a file name.
 */
export function routeParticipantRequest(
  method: string | undefined,
  rawUrl: string | undefined,
): ParticipantRoute {
  const url = rawUrl ?? '/';
  const pathname = url.split(/[?#]/, 1)[0] ?? '/';
  const isRead = method === 'GET' || method === 'HEAD';

  const readOnly = (route: ParticipantRoute): ParticipantRoute =>
    isRead ? route : { kind: 'refused', status: 405 };

  if (pathname === PARTICIPANT_PATHS.home) return readOnly({ kind: 'page' });
  if (pathname === PARTICIPANT_PATHS.events) return readOnly({ kind: 'events' });
  for (const prefix of [PARTICIPANT_PATHS.assetsPrefix, PARTICIPANT_PATHS.joinAssetsPrefix]) {
    if (pathname.startsWith(prefix)) {
      const file = pathname.slice(prefix.length);
      if (!ASSET_FILE.test(file) || file.includes('..')) return { kind: 'refused', status: 404 };
      return readOnly({ kind: 'asset', file });
    }
  }
  if (pathname.startsWith(PARTICIPANT_PATHS.joinPrefix)) {
    const secret = pathname.slice(PARTICIPANT_PATHS.joinPrefix.length);
    return SECRET_SEGMENT.test(secret) ? readOnly({ kind: 'page' }) : { kind: 'refused', status: 404 };
  }
  if (pathname.startsWith(PARTICIPANT_PATHS.apiPrefix)) {
    const name = pathname.slice(PARTICIPANT_PATHS.apiPrefix.length);
    if (!isParticipantOperationName(name)) return { kind: 'refused', status: 404 };
    return method === 'POST' ? { kind: 'api', name } : { kind: 'refused', status: 405 };
  }
  return { kind: 'refused', status: 404 };
}

/**
 * The Host header must name the bound address and port exactly (no DNS name: a rebinding page on
 * the network would send its own name). The listener binds to one IPv4 address, so that is the one.
 */
export function isParticipantHost(host: string | undefined, address: string, port: number): boolean {
  return host === `${address}:${port}`;
}

/** No Origin (navigations, EventSource same-origin in some browsers) or exactly the listener's own. */
export function isParticipantOrigin(origin: string | undefined, address: string, port: number): boolean {
  return origin === undefined || origin === `http://${address}:${port}`;
}

/** `<participant id>.<secret>` split in two; null for anything else. */
export function splitParticipantToken(token: unknown): { participantId: string; secret: string } | null {
  if (typeof token !== 'string') return null;
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { participantId: match[1]!, secret: match[2]! } : null;
}
