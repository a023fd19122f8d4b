import type { Channel } from '../domain';
import type { Bilingual, TemplateCard, TemplateLane, TemplateStage } from './types';

// Short builders so the template files read like the workshop wall they describe.

const bi = (en: string, zh: string): Bilingual => ({ en, zh });
const none = bi('', '');

export const stage = (en: string, zh: string, goal: Bilingual, cards: TemplateCard[]): TemplateStage => ({
  name: bi(en, zh),
  goal,
  cards,
});
export const goal = bi;

/** What the customer does (an action card in the actions lane). */
export const act = (en: string, zh: string, text = none): TemplateCard => ({
  kind: 'action',
  title: bi(en, zh),
  text,
});
export const touch = (channel: Channel, en: string, zh: string, text = none): TemplateCard => ({
  kind: 'touchpoint',
  channel,
  title: bi(en, zh),
  text,
});
export const feel = (score: -2 | -1 | 0 | 1 | 2, en: string, zh: string, text = none): TemplateCard => ({
  kind: 'emotion',
  score,
  title: bi(en, zh),
  text,
});
export const pain = (severity: 1 | 2 | 3, en: string, zh: string, text = none): TemplateCard => ({
  kind: 'painPoint',
  severity,
  title: bi(en, zh),
  text,
});
export const idea = (
  impact: 1 | 2 | 3,
  effort: 1 | 2 | 3,
  en: string,
  zh: string,
  text = none,
): TemplateCard => ({ kind: 'opportunity', impact, effort, title: bi(en, zh), text });
export const text = bi;

/** The five lanes most journey workshops use, in the usual top-to-bottom order. */
export const STANDARD_LANES: TemplateLane[] = [
  { kind: 'actions', name: bi('Actions', '用户行为') },
  { kind: 'touchpoints', name: bi('Touchpoints', '触点') },
  { kind: 'emotions', name: bi('Emotions', '情绪') },
  { kind: 'painPoints', name: bi('Pain points', '痛点') },
  { kind: 'opportunities', name: bi('Opportunities', '机会点') },
];
