import { Icon } from '../../ui/Icon';
import './side-panel.css';

/**
 * The header of a panel docked beside the canvas (funnel numbers, versions, workshop session): its
 * title, which names the panel (`aria-labelledby={titleId}` on the panel), and the close button.
 */
export function SidePanelHeader({
  titleId,
  title,
  closeLabel,
  onClose,
  className,
}: {
  titleId: string;
  title: string;
  closeLabel: string;
  onClose(): void;
  /** The panel's own spacing, added to the shared look. */
  className?: string;
}) {
  return (
    <header className={className ? `side-panel__header ${className}` : 'side-panel__header'}>
      <h2 id={titleId} className="side-panel__title">
        {title}
      </h2>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={closeLabel}
        title={closeLabel}
        onClick={onClose}
      >
        <Icon name="close" />
      </button>
    </header>
  );
}
