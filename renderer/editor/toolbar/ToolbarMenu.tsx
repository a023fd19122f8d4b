import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './toolbar-menu.css';

export interface ToolbarMenuItem {
  id: string;
  label: string;
  /** The keys that run it too, shown at the end of the item ("Ctrl+Shift+S"). */
  shortcut?: string | null;
  /** A checkable item (a menuitemcheckbox) showing this state. */
  checked?: boolean;
  disabled?: boolean;
  run(): void;
}

/**
 * A toolbar button that opens a short menu of related commands (the ARIA menu button pattern):
 * arrows move between items, Enter or a click runs one, Escape or a click elsewhere closes and focus
 * goes back to the button. Used for "Funnel" and "Versions", so related commands sit under one name.
 */
export function ToolbarMenu({
  label,
  menuLabel,
  items,
}: {
  label: string;
  /** The menu's accessible name ("Funnel tools"). */
  menuLabel: string;
  items: readonly ToolbarMenuItem[];
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="toolbar-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button--small toolbar-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
        <span aria-hidden="true" className="toolbar-menu__caret">
          ▾
        </span>
      </button>
      {open ? (
        <ul
          ref={menu}
          id={id}
          role="menu"
          aria-label={menuLabel}
          className="toolbar-menu__list"
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <li
              key={item.id}
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              aria-keyshortcuts={item.shortcut ?? undefined}
              tabIndex={-1}
              className="toolbar-menu__item"
              onClick={() => {
                if (item.disabled) return;
                setOpen(false);
                item.run();
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                if (item.disabled) return;
                setOpen(false);
                item.run();
              }}
            >
              <span className="toolbar-menu__check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
              <span className="toolbar-menu__label">{item.label}</span>
              {/* The keys are told by aria-keyshortcuts; the name stays the command's words. */}
              {item.shortcut ? (
                <kbd className="toolbar-menu__key" aria-hidden="true">
                  {item.shortcut}
                </kbd>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
