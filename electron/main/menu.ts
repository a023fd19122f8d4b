import type { MenuItemConstructorOptions } from 'electron';
import { MenuStateSchema, type MenuState } from '../../shared/api';
import { buildMenuTemplate, type MenuActions } from './menu-template';

export interface MenuControllerOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  actions: MenuActions;
  /** Installs a template as the application menu (`Menu.setApplicationMenu(Menu.buildFromTemplate(t))`). */
  apply(template: MenuItemConstructorOptions[]): void;
}

export interface MenuController {
  readonly state: MenuState;
  update(state: MenuState): void;
}

/**
 * Keeps the application menu in step with the renderer: each reported state rebuilds the menu
 * from the pure template (cheap: a few dozen items), skipping reports that change nothing.
 */
export function createMenuController(options: MenuControllerOptions): MenuController {
  let state = MenuStateSchema.parse({});
  let rendered = '';
  const render = (): void => {
    const key = JSON.stringify(state);
    if (key === rendered) return;
    rendered = key;
    options.apply(buildMenuTemplate({ ...options, state }));
  };
  render();
  return {
    get state() {
      return state;
    },
    update(next) {
      state = next;
      render();
    },
  };
}
