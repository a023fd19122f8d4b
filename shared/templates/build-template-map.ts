import { ApiError } from '../api/errors';
import type { TemplateSummary } from '../api/contract';
import {
  newId,
  nowIso,
  type Card,
  type CardKind,
  type JourneyMap,
  type Language,
  type LaneKind,
  type StageBenchmark,
} from '../domain';
import { b2bSalesTemplate } from './definitions/b2b-sales';
import { blankTemplate } from './definitions/blank';
import { ecommerceTemplate } from './definitions/ecommerce';
import { educationTemplate } from './definitions/education';
import { salesFunnelTemplate } from './definitions/sales-funnel';
import type { Bilingual, TemplateCard, TemplateDefinition } from './types';

/** Every built-in template, in the order the "new map" dialog shows them. */
export const TEMPLATES: readonly TemplateDefinition[] = [
  blankTemplate,
  salesFunnelTemplate,
  b2bSalesTemplate,
  ecommerceTemplate,
  educationTemplate,
];

/** The ids of the built-in templates. */
export const TEMPLATE_IDS = TEMPLATES.map((t) => t.id);

/** Which lane a template card goes into, by card kind (first choice first). */
const LANE_FOR_KIND: Record<Exclude<CardKind, 'persona'>, LaneKind[]> = {
  note: ['actions', 'notes'],
  touchpoint: ['touchpoints'],
  emotion: ['emotions'],
  painPoint: ['painPoints'],
  opportunity: ['opportunities'],
};

const pick = (text: Bilingual, language: Language): string => (language === 'zh-CN' ? text.zh : text.en);

/**
 * The templates for the "new map" dialog, named and described in `language`.
 *
 * @example listTemplates('zh-CN')[1] // { id: 'sales-funnel', name: '销售漏斗', stageNames: ['认知', ...] }
 */
export function listTemplates(language: Language): TemplateSummary[] {
  return TEMPLATES.map((t) => ({
    id: t.id,
    name: pick(t.name, language),
    description: pick(t.description, language),
    stageNames: t.stages.map((s) => pick(s.name, language)),
  }));
}

/**
 * The benchmark ranges a template ships, for a map just built from it (its stages are in the
 * template's order). Templates without published figures give none.
 */
export function templateBenchmarks(templateId: string, map: Pick<JourneyMap, 'stages'>): StageBenchmark[] {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) return [];
  return template.stages.flatMap((s, index): StageBenchmark[] => {
    const stageId = map.stages[index]?.id;
    return s.benchmark && stageId ? [{ stageId, ...s.benchmark }] : [];
  });
}

export interface BuildTemplateOptions {
  /** Id generator; defaults to {@link newId}. Tests pass a counter for stable ids. */
  makeId?: () => string;
  /** Creation time; defaults to now. */
  now?: string;
}

/**
 * A new journey map from a built-in template, every text in `language`, every id fresh.
 *
 * @throws ApiError `invalid_input` on path `templateId` for an unknown template.
 */
export function buildTemplateMap(
  templateId: string,
  language: Language,
  name: string,
  options: BuildTemplateOptions = {},
): JourneyMap {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) {
    throw new ApiError(
      'invalid_input',
      `Unknown template "${templateId.slice(0, 64)}"; choose one of ${TEMPLATE_IDS.join(', ')}.`,
      {
        path: 'templateId',
        issues: [{ path: 'templateId', message: 'is not a known template' }],
        reason: 'template_unknown',
        params: { id: templateId.slice(0, 64), ids: TEMPLATE_IDS.join(', ') },
      },
    );
  }
  const makeId = options.makeId ?? newId;
  const now = options.now ?? nowIso();

  const stages = template.stages.map((s) => ({
    id: makeId(),
    name: pick(s.name, language),
    description: '',
    goal: pick(s.goal, language),
    width: 320,
  }));
  const lanes = template.lanes.map((l) => ({
    id: makeId(),
    name: pick(l.name, language),
    kind: l.kind,
    height: 180,
  }));

  const laneIdFor = (kind: Exclude<CardKind, 'persona'>): string | null => {
    for (const wanted of LANE_FOR_KIND[kind]) {
      const index = template.lanes.findIndex((l) => l.kind === wanted);
      if (index >= 0) return lanes[index]?.id ?? null;
    }
    return null;
  };

  const cards: Card[] = [];
  template.stages.forEach((s, stageIndex) => {
    const orderInCell = new Map<string | null, number>();
    for (const def of s.cards) {
      const laneId = laneIdFor(def.kind);
      const order = orderInCell.get(laneId) ?? 0;
      orderInCell.set(laneId, order + 1);
      cards.push(
        templateCard(def, {
          id: makeId(),
          stageId: stages[stageIndex]?.id ?? null,
          laneId,
          order,
          language,
        }),
      );
    }
  });

  return {
    id: makeId(),
    name,
    description: pick(template.description, language),
    language,
    personaIds: [],
    stages,
    lanes,
    cards,
    connections: [],
    createdAt: now,
    updatedAt: now,
  };
}

function templateCard(
  def: TemplateCard,
  at: { id: string; stageId: string | null; laneId: string | null; order: number; language: Language },
): Card {
  const base = {
    id: at.id,
    stageId: at.stageId,
    laneId: at.laneId,
    order: at.order,
    x: null,
    y: null,
    title: pick(def.title, at.language),
    text: pick(def.text, at.language),
    tags: [],
  };
  switch (def.kind) {
    case 'note':
      return { ...base, kind: 'note' };
    case 'touchpoint':
      return { ...base, kind: 'touchpoint', channel: def.channel };
    case 'emotion':
      return { ...base, kind: 'emotion', score: def.score };
    case 'painPoint':
      return { ...base, kind: 'painPoint', severity: def.severity };
    case 'opportunity':
      return { ...base, kind: 'opportunity', impact: def.impact, effort: def.effort };
  }
}
