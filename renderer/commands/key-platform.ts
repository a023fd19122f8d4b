import type { KeyPlatform } from '../../shared/commands';

/** Which keys this machine uses: Cmd on Apple platforms, Ctrl elsewhere. */
export const KEY_PLATFORM: KeyPlatform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';
