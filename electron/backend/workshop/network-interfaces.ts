import os from 'node:os';
import type { NetworkInterface } from '../../../shared/api';

/** The machine's IPv4 interfaces, non-loopback first (in the OS's order), loopback last. */
export function listIpv4Interfaces(
  source: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces(),
): NetworkInterface[] {
  const found: NetworkInterface[] = [];
  for (const [name, addresses] of Object.entries(source)) {
    for (const entry of addresses ?? []) {
      if (entry.family !== 'IPv4') continue;
      found.push({ name, address: entry.address, internal: entry.internal });
    }
  }
  if (!found.some((i) => i.address === '127.0.0.1'))
    found.push({ name: 'lo', address: '127.0.0.1', internal: true });
  return [...found.filter((i) => !i.internal), ...found.filter((i) => i.internal)];
}

/** The first non-loopback IPv4 address, else 127.0.0.1. */
export const defaultAddress = (interfaces: readonly NetworkInterface[]): string =>
  interfaces.find((i) => !i.internal)?.address ?? '127.0.0.1';
