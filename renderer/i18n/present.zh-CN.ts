import type { presentEn, timerEn } from './present.en';

/** 演示模式与研讨计时器的中文文案。 */
export const presentZhCN: typeof presentEn = {
  button: '演示',
  buttonHint: '全屏逐个阶段展示地图（F5）',
  overview: '总览 · 共 {{count}} 个阶段',
  stageStep: '第 {{number}} 阶段（共 {{count}} 个）· {{name}}',
  previous: '上一步',
  next: '下一步',
  exit: '退出（Esc）',
  controls: '演示控制',
};

export const timerZhCN: typeof timerEn = {
  label: '研讨计时器',
  chip: '研讨计时器：{{time}}',
  start: '开始',
  pause: '暂停',
  addMinute: '+1 分钟',
  addMinuteLabel: '加一分钟',
  reset: '重置',
  preset: '时长',
  minutes_one: '{{count}} 分钟',
  minutes_other: '{{count}} 分钟',
  timeUp: '时间到',
};
