/**
 * The last cards copied in this window, as clipboard text. A module-level value, so it survives
 * leaving one map and opening another; it is the fallback when the system clipboard cannot be read
 * (no permission, or an environment without one).
 */
let memory: string | null = null;

export function rememberClipboard(text: string): void {
  memory = text;
}

/** Writes to the system clipboard too; a refusal is fine, the memory copy is enough to paste. */
export async function writeClipboard(text: string): Promise<void> {
  rememberClipboard(text);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Permission refused or no clipboard: paste falls back to the memory copy.
  }
}

/**
 * The text to paste: the system clipboard when it can be read and holds our cards, else the memory
 * copy. `isOurs` tells whether a text is a copy of cards (so text copied from elsewhere does not
 * hide the cards copied here).
 */
export async function readClipboard(isOurs: (text: string) => boolean): Promise<string | null> {
  try {
    const text = await navigator.clipboard.readText();
    if (isOurs(text)) return text;
  } catch {
    // Not allowed to read: use the memory copy.
  }
  return memory;
}
