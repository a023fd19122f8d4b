import { useEffect } from 'react';
import { chordMatches, commandKeys, COMMANDS, type CommandId, type CommandSpec } from '../../shared/commands';
import { hasCommand, runCommand } from './command-registry';
import { KEY_PLATFORM } from './key-platform';

function isEditable(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el.matches('input, textarea, select');
}

/** The command of the table a key press is, if any feature on screen answers it. */
function commandOfKey(event: KeyboardEvent): CommandSpec[] {
  return (COMMANDS as readonly CommandSpec[]).filter(
    (spec) =>
      !spec.gesture &&
      commandKeys(spec, KEY_PLATFORM).some((chord) => chordMatches(chord, event, KEY_PLATFORM)) &&
      hasCommand(spec.id as CommandId),
  );
}

/**
 * The one keyboard handler: it looks each key press up in the command table and runs the command
 * of the feature on screen. Listened to on the document in the capture phase so it runs before
 * React Flow's own node keys (its arrow keys would move nodes by pixels, outside the document
 * model, and its Enter only selects). Keys typed into a field are left alone, as are keys while a
 * modal dialog is open; canvas commands apply only while focus is on the canvas.
 */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : document.body;
      if (isEditable(target) || document.querySelector('dialog[open]')) return;
      // A click on the canvas background focuses the main landmark that holds it.
      const inCanvas = target === document.body || target.closest('.editor__main') !== null;
      for (const spec of commandOfKey(event)) {
        if (spec.scope === 'canvas' && !inCanvas) continue;
        const context = { source: 'keyboard' as const, target, key: event.key, shiftKey: event.shiftKey };
        if (runCommand(spec.id as CommandId, context)) {
          event.preventDefault();
          event.stopPropagation();
          return;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
