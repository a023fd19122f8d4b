import type { Language } from '../../shared/domain';

/**
 * The native menu's own labels (menus and system items); command items are named by the command
 * table's labels (`shared/commands`). The menu follows the UI language like the rest of the app.
 */
export const MENU_LABELS = {
  en: {
    file: '&File',
    closeWindow: 'Close Window',
    quit: 'Quit',
    edit: '&Edit',
    view: '&View',
    language: 'Language',
    devTools: 'Toggle Developer Tools',
    window: '&Window',
    help: '&Help',
    about: 'About Journey Map Editor',
  },
  'zh-CN': {
    file: '文件(&F)',
    closeWindow: '关闭窗口',
    quit: '退出',
    edit: '编辑(&E)',
    view: '视图(&V)',
    language: '语言',
    devTools: '切换开发者工具',
    window: '窗口(&W)',
    help: '帮助(&H)',
    about: '关于 Journey Map Editor',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabels = (typeof MENU_LABELS)['en'];

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
