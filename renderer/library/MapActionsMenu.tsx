import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../shared/domain';
import { Icon, type IconName } from '../ui/Icon';
import { useLibraryUiStore } from './library-ui-store';

interface MenuAction {
  id: string;
  icon: IconName;
  label: string;
  danger?: boolean;
  run(): void;
}

/**
 * The "⋯" menu of one library map: rename, duplicate, compare and delete, out of the way of the
 * card (no red button on every map). A menu with the usual keys: Enter, Space or Arrow Down open it
 * on the first item, arrows move, Home/End jump, Escape closes it and gives the focus back.
 */
export function MapActionsMenu({
  map,
  onDuplicate,
}: {
  map: MapSummary;
  onDuplicate(map: MapSummary): void;
}) {
  const { t } = useTranslation();
  const openDialog = useLibraryUiStore((s) => s.openDialog);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const focusFirst = useRef<'first' | 'last'>('first');

  const actions: MenuAction[] = [
    {
      id: 'rename',
      icon: 'rename',
      label: t('library.rename'),
      run: () => openDialog({ kind: 'rename', map }),
    },
    { id: 'duplicate', icon: 'duplicate', label: t('library.duplicate'), run: () => onDuplicate(map) },
    {
      id: 'compare',
      icon: 'compare',
      label: t('library.compareWith'),
      run: () => openDialog({ kind: 'compare', map }),
    },
    {
      id: 'delete',
      icon: 'trash',
      label: t('library.delete'),
      danger: true,
      run: () => openDialog({ kind: 'delete', map }),
    },
  ];

  useEffect(() => {
    if (!open) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    (focusFirst.current === 'last' ? items?.[items.length - 1] : items?.[0])?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        close(true);
        break;
      case 'ArrowDown':
        event.preventDefault();
        focus(at + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focus(at - 1);
        break;
      case 'Home':
        event.preventDefault();
        focus(0);
        break;
      case 'End':
        event.preventDefault();
        focus(items.length - 1);
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
    }
  };

  return (
    <div className="map-menu">
      <button
        ref={button}
        type="button"
        className="button button--ghost button--small map-menu__button"
        aria-label={t('library.moreActions', { name: map.name })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          focusFirst.current = 'first';
          setOpen((o) => !o);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            focusFirst.current = event.key === 'ArrowUp' ? 'last' : 'first';
            setOpen(true);
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('library.moreActions', { name: map.name })}
          className="map-menu__list"
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => (
            <button
              key={action.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={action.danger ? 'map-menu__item map-menu__item--danger' : 'map-menu__item'}
              onClick={() => {
                close(true);
                action.run();
              }}
            >
              <Icon name={action.icon} />
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
