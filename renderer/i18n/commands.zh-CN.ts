import type { Messages } from './en';

/** 命令面板的中文文本（命令名称本身在 shared/commands 中）。 */
export const commandsZhCN: Messages['commandPalette'] = {
  title: '搜索命令和地图内容',
  search: '命令或标题',
  placeholder: '输入命令…',
  placeholderMap: '输入命令，或卡片、阶段、泳道的标题…',
  results: '结果',
  none: '没有与“{{query}}”匹配的内容。',
  untitled: '（无标题）',
  kind: {
    command: '命令',
    card: '卡片',
    stage: '阶段',
    lane: '泳道',
  },
};
