import { z } from 'zod';
import { LanguageSchema } from '../../domain';
import { op, type OperationHandlers, type OperationSpec } from './define';

/**
 * What the renderer reports so the main process can enable only the menu items that apply, and
 * show the current state of the checkable ones.
 */
export const MenuStateSchema = z.object({
  /** A map is open in the editor (exports, versions, edit and view items need one). */
  editorOpen: z.boolean().default(false),
  canUndo: z.boolean().default(false),
  canRedo: z.boolean().default(false),
  /** Cards or connections are selected (cut, copy, delete). */
  hasSelection: z.boolean().default(false),
  /** Keyboard focus is in a text field: Edit items then act on the text natively. */
  textEditing: z.boolean().default(false),
  metricsOverlay: z.boolean().default(false),
  minimap: z.boolean().default(false),
  language: LanguageSchema.nullable().default(null),
});
/** The renderer's state as far as the menu is concerned. */
export type MenuState = z.infer<typeof MenuStateSchema>;

export const DesktopInfoSchema = z.object({
  /** True in the Electron app, false in web mode (what each can do: `app.capabilities`). */
  desktop: z.boolean(),
  /** Where the main process writes its log files; null in web mode. */
  logDir: z.string().nullable(),
  versions: z.object({
    app: z.string(),
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
    node: z.string(),
  }),
});
export type DesktopInfo = z.infer<typeof DesktopInfoSchema>;

/**
 * The shell around the page: its versions and log folder, and the application menu's state. Every
 * host answers them (a browser tab has no menu, so the web host applies nothing).
 */
export const desktopOperations = {
  'desktop.info': op(z.object({}), DesktopInfoSchema),
  /** The renderer's state, so the main process enables only the menu items that apply. */
  'desktop.setMenuState': op(MenuStateSchema, z.object({ applied: z.boolean() })),
} as const satisfies Record<string, OperationSpec>;
export type DesktopHandlers = OperationHandlers<typeof desktopOperations>;
