import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon';

interface FoldablePanelProps {
  /** `start`: the left edge of the editor (the palette); `end`: the right edge (the inspector). */
  side: 'start' | 'end';
  collapsed: boolean;
  onToggle(): void;
  /** The toggle's accessible name, the same folded or not (aria-expanded says which). */
  label: string;
  /** The toggle's tooltip: what a press does now, with its key. */
  hint: string;
  /** The id of the content, for aria-controls. */
  contentId: string;
  children: ReactNode;
}

/**
 * A side panel of the editor that folds to a thin rail holding its toggle, leaving its room to the
 * canvas. The content stays mounted while folded (hidden), so the inspector keeps what it shows.
 */
export function FoldablePanel({
  side,
  collapsed,
  onToggle,
  label,
  hint,
  contentId,
  children,
}: FoldablePanelProps) {
  // The chevron points where the panel will go: towards its edge to fold, away from it to unfold.
  const towardsEdge = side === 'start' ? 'chevronLeft' : 'chevronRight';
  const awayFromEdge = side === 'start' ? 'chevronRight' : 'chevronLeft';
  return (
    <div className={`foldable-panel foldable-panel--${side}`} data-collapsed={collapsed || undefined}>
      <div className="foldable-panel__rail">
        <button
          type="button"
          className="foldable-panel__toggle"
          aria-label={label}
          aria-expanded={!collapsed}
          aria-controls={contentId}
          title={hint}
          onClick={onToggle}
        >
          <Icon name={collapsed ? awayFromEdge : towardsEdge} />
        </button>
      </div>
      <div className="foldable-panel__content" id={contentId} hidden={collapsed}>
        {children}
      </div>
    </div>
  );
}
