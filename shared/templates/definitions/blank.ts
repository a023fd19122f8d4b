import type { TemplateDefinition } from '../types';

/**
 * Not truly empty: three unnamed stages and the three lanes almost every map needs. A canvas with no
 * cells gives a first-time user nowhere to drop a card; renaming or deleting a column is one click,
 * while discovering how to create the first one is not.
 */
export const blankTemplate: TemplateDefinition = {
  id: 'blank',
  name: { en: 'Blank map', zh: '空白地图' },
  description: {
    en: 'Three empty stages with touchpoint, emotion and pain point lanes.',
    zh: '三个空白阶段，包含触点、情绪和痛点泳道。',
  },
  stages: [1, 2, 3].map((n) => ({
    name: { en: `Stage ${n}`, zh: `阶段 ${n}` },
    goal: { en: '', zh: '' },
    cards: [],
  })),
  lanes: [
    { kind: 'touchpoints', name: { en: 'Touchpoints', zh: '触点' } },
    { kind: 'emotions', name: { en: 'Emotions', zh: '情绪' } },
    { kind: 'painPoints', name: { en: 'Pain points', zh: '痛点' } },
  ],
};
