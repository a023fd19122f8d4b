/**
 * Key chords in one notation for every surface: `Mod+Shift+Z`, `Alt+ArrowUp`, `Delete`, `?`.
 * `Mod` is Cmd on macOS and Ctrl elsewhere; the last part is a `KeyboardEvent.key` value (letters
 * in upper case). The keyboard handler matches events against chords, the shortcut list and the
 * command palette display them, and the desktop menu turns them into Electron accelerators.
 */
export type KeyChord = string;

/** The platforms whose keys differ: macOS, and everything else. */
export type KeyPlatform = 'mac' | 'other';

/** The parts of a keydown event a chord is matched against (a plain object, so tests need no DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface ParsedChord {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseChord(chord: KeyChord): ParsedChord {
  const parts = chord.split('+');
  // `Mod+=` and `+` end in a plus sign of their own: an empty last part means the key is '+'.
  const key = parts.at(-1) === '' ? '+' : (parts.at(-1) ?? '');
  const modifiers = new Set(parts.slice(0, parts.at(-1) === '' ? -2 : -1));
  return {
    mod: modifiers.has('Mod'),
    ctrl: modifiers.has('Ctrl'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt'),
    key,
  };
}

/** Keys that a shifted press reports as another character on common layouts (`?` is Shift+/). */
const SHIFTED_SYMBOLS = new Set(['?', '+', '_', ':', '"', '<', '>', '{', '}', '|', '~', '!', '@', '#']);

/** Whether a key press is this chord on this platform. */
export function chordMatches(chord: KeyChord, press: KeyPress, platform: KeyPlatform): boolean {
  const c = parseChord(chord);
  const upper = (k: string) => (k.length === 1 ? k.toUpperCase() : k);
  const key = upper(press.key);
  if (key !== upper(c.key) && !(c.key === '=' && key === '+' && c.mod)) return false;
  const wantMeta = c.mod && platform === 'mac';
  const wantCtrl = c.ctrl || (c.mod && platform !== 'mac');
  if (press.metaKey !== wantMeta || press.ctrlKey !== wantCtrl || press.altKey !== c.alt) return false;
  // A symbol that needs Shift to type (?, +) matches whatever Shift state the layout needed.
  if (SHIFTED_SYMBOLS.has(c.key) || (c.key === '=' && c.mod)) return true;
  return press.shiftKey === c.shift;
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  '-': '−',
};

/** How a chord is written for a person: `⌘+Shift+Z` on macOS, `Ctrl+Shift+Z` elsewhere. */
export function chordLabel(chord: KeyChord, platform: KeyPlatform): string {
  const c = parseChord(chord);
  const parts: string[] = [];
  if (c.mod) parts.push(platform === 'mac' ? '⌘' : 'Ctrl');
  if (c.ctrl) parts.push(platform === 'mac' ? '⌃' : 'Ctrl');
  if (c.alt) parts.push(platform === 'mac' ? '⌥' : 'Alt');
  if (c.shift) parts.push('Shift');
  parts.push(KEY_NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key));
  return parts.join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  '+': 'Plus',
};

/** The Electron accelerator of a chord (`Mod` becomes `CmdOrCtrl`). */
export function chordAccelerator(chord: KeyChord): string {
  const c = parseChord(chord);
  const parts: string[] = [];
  if (c.mod) parts.push('CmdOrCtrl');
  if (c.ctrl) parts.push('Ctrl');
  if (c.alt) parts.push('Alt');
  if (c.shift) parts.push('Shift');
  parts.push(ACCELERATOR_KEYS[c.key] ?? c.key);
  return parts.join('+');
}
