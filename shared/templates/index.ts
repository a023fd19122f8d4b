export {
  buildTemplateMap,
  listTemplates,
  templateBenchmarks,
  TEMPLATES,
  TEMPLATE_IDS,
  type BuildTemplateOptions,
} from './build-template-map';
export type { Bilingual, TemplateCard, TemplateDefinition, TemplateLane, TemplateStage } from './types';
