/**
 * The one Chinese glossary of the app: the word a Chinese CX team uses for each journey-mapping term,
 * in the interface, the desktop menu and the templates alike. `banned` lists the variants that crept
 * in before (each a pattern that matches the variant but not the preferred word), so a unit test
 * (test/unit/glossary.test.ts) can scan every zh-CN string and template text for them.
 */
export interface GlossaryTerm {
  /** The English term, as the English interface writes it. */
  en: string;
  /** The Simplified Chinese term. */
  zh: string;
  /** Variants not to use, with why in `note`. */
  banned: readonly RegExp[];
  note?: string;
}

export const ZH_GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'Journey map', zh: '旅程地图', banned: [/旅程图/], note: 'the product name says 旅程地图' },
  { en: 'Stage', zh: '阶段', banned: [/环节/] },
  { en: 'Lane', zh: '泳道', banned: [/行道/, /通道/] },
  {
    en: 'Persona',
    zh: '用户画像',
    banned: [/人物角色/, /角色卡片/],
    note: '画像 alone only in compounds (画像卡片, 新建画像)',
  },
  { en: 'Persona card', zh: '画像卡片', banned: [/画像卡(?!片)/] },
  { en: 'Persona library', zh: '用户画像库', banned: [/(?<!用户)画像库/] },
  { en: 'Action', zh: '行为', banned: [/动作/, /行动/] },
  { en: 'Touchpoint', zh: '触点', banned: [/接触点/, /触达点/] },
  { en: 'Thought', zh: '想法', banned: [/思考/, /念头/] },
  { en: 'Emotion', zh: '情绪', banned: [/情感/, /心情/] },
  { en: 'Pain point', zh: '痛点', banned: [/痛处/] },
  { en: 'Opportunity', zh: '机会点', banned: [/机会(?!点)/], note: 'never 机会 alone' },
  { en: 'Note', zh: '备注', banned: [/便签/, /笔记/] },
  { en: 'Funnel', zh: '漏斗', banned: [/转化漏斗图/] },
];

/** Every banned variant found in `text`, as "variant (use preferred)". */
export function glossaryViolations(text: string): string[] {
  const found: string[] = [];
  for (const term of ZH_GLOSSARY) {
    for (const pattern of term.banned) {
      const match = pattern.exec(text);
      if (match) found.push(`${match[0]} (use ${term.zh})`);
    }
  }
  return found;
}
