import type { Channel, LaneKind } from '../domain';

/** A text in both languages the app ships. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** Kind-specific fields of a template card; the card goes into the lane of the matching kind. */
export type TemplateCardFields =
  | { kind: 'note' }
  | { kind: 'touchpoint'; channel: Channel }
  | { kind: 'emotion'; score: -2 | -1 | 0 | 1 | 2 }
  | { kind: 'painPoint'; severity: 1 | 2 | 3 }
  | { kind: 'opportunity'; impact: 1 | 2 | 3; effort: 1 | 2 | 3 };

/** An example card of a template stage. */
export type TemplateCard = TemplateCardFields & { title: Bilingual; text: Bilingual };

export interface TemplateStage {
  name: Bilingual;
  goal: Bilingual;
  cards: TemplateCard[];
  /**
   * A published reference range of the conversion from this stage to the next, in percent; a map
   * made from the template starts with it as the stage's benchmark (editable per map).
   */
  benchmark?: { minPercent: number; maxPercent: number };
}

export interface TemplateLane {
  kind: LaneKind;
  name: Bilingual;
}

/** A built-in starting point for a new map, fully written in English and Simplified Chinese. */
export interface TemplateDefinition {
  id: string;
  name: Bilingual;
  description: Bilingual;
  stages: TemplateStage[];
  lanes: TemplateLane[];
}
