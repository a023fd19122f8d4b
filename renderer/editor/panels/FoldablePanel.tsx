import type { ReactNode } from 'react';
import type { CommandId } from '../../../shared/commands';
import { commandShortcut, useCommandLabel } from '../../commands/command-label';
import { Icon, type IconName } from '../../ui/Icon';
import { useViewPrefs } from '../store/view-prefs-store';

interface Side {
  /** The command that folds it (its name is the toggle's accessible name). */
  command: CommandId;
  prefKey: 'paletteCollapsed' | 'inspectorCollapsed';
  contentId: string;
  /** The chevron while unfolded (towards the panel's edge) and while folded (away from it). */
  icons: readonly [IconName, IconName];
}

const SIDES: Record<'start' | 'end', Side> = {
  start: {
    command: 'view.togglePalette',
    prefKey: 'paletteCollapsed',
    contentId: 'editor-palette',
    icons: ['chevronLeft', 'chevronRight'],
  },
  end: {
    command: 'view.toggleInspector',
    prefKey: 'inspectorCollapsed',
    contentId: 'editor-inspector',
    icons: ['chevronRight', 'chevronLeft'],
  },
};

/**
 * A side panel of the editor (`start`: the palette, `end`: the inspector) that folds to a thin rail
 * holding its toggle, leaving its room to the canvas. Folded or not is a user preference
 * (remembered in the library). The content stays mounted while folded (hidden), so the inspector
 * keeps what it shows.
 */
export function FoldablePanel({ side, children }: { side: 'start' | 'end'; children: ReactNode }) {
  const { command, prefKey, contentId, icons } = SIDES[side];
  const collapsed = useViewPrefs((v) => v[prefKey]);
  const commandLabel = useCommandLabel();
  const label = commandLabel(command);
  const key = commandShortcut(command);
  const toggle = () =>
    side === 'start' ? useViewPrefs.getState().togglePalette() : useViewPrefs.getState().toggleInspector();
  return (
    <div className={`foldable-panel foldable-panel--${side}`} data-collapsed={collapsed || undefined}>
      <div className="foldable-panel__rail">
        <button
          type="button"
          className="foldable-panel__toggle"
          aria-label={label}
          aria-expanded={!collapsed}
          aria-controls={contentId}
          title={key ? `${label} (${key})` : label}
          onClick={toggle}
        >
          <Icon name={collapsed ? icons[1] : icons[0]} />
        </button>
      </div>
      <div className="foldable-panel__content" id={contentId} hidden={collapsed}>
        {children}
      </div>
    </div>
  );
}
