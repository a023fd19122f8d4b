import type { desktopEn } from './desktop.en';

export const desktopZhCN: typeof desktopEn = {
  settings: {
    button: '设置',
    title: '设置',
    libraryHeading: '资料库',
    libraryPath: '资料库文件',
    loading: '正在加载…',
    openOther: '打开其他资料库…',
    move: '移动资料库…',
    switching: '正在切换资料库…',
    moving: '正在复制并检查资料库…',
    desktopHelp:
      '资料库是一个文件，保存你所有的旅程地图、用户画像、指标和版本。可以把它移到同步或备份的文件夹，或打开其他资料库。',
    webHelp:
      '在浏览器中，资料库位置在应用启动时确定：运行“npm run web -- --data <文件夹>”即可使用其他文件夹。',
    logs: '日志文件',
    versions: '版本',
    versionLine: '应用 {{app}} · Electron {{electron}} · Chromium {{chrome}} · Node.js {{node}}',
    webVersionLine: '应用 {{app}} · Node.js {{node}}（网页模式）',
  },
  openFile: {
    importing: '正在打开“{{name}}”…',
    failed: '无法打开“{{name}}”：{{message}}',
  },
};
