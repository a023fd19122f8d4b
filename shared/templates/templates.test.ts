import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { JourneyMapSchema, LANGUAGES } from '../domain';
import { buildTemplateMap, listTemplates, TEMPLATES } from './build-template-map';

const HAN = /\p{Script=Han}/u;

describe('built-in templates', () => {
  for (const template of TEMPLATES) {
    for (const language of LANGUAGES) {
      it(`${template.id} builds a valid ${language} map with fresh, unique ids`, () => {
        const map = buildTemplateMap(template.id, language, 'Name');
        expect(JourneyMapSchema.parse(map)).toEqual(map);
        const ids = [map.id, ...map.stages, ...map.lanes, ...map.cards].map((x) =>
          typeof x === 'string' ? x : x.id,
        );
        expect(new Set(ids).size).toBe(ids.length);
        expect(buildTemplateMap(template.id, language, 'Name').id).not.toBe(map.id);
      });
    }

    it(`${template.id} is written fully in both languages`, () => {
      const texts = [
        template.name,
        template.description,
        ...template.stages.flatMap((s) => [s.name, s.goal]),
        ...template.lanes.map((l) => l.name),
        ...template.stages.flatMap((s) => s.cards.flatMap((c) => [c.title, c.text])),
      ];
      for (const { en, zh } of texts) {
        expect(en === '', `missing English for ${zh}`).toBe(zh === '');
        if (en !== '') {
          expect(en, en).not.toMatch(HAN);
          expect(zh, zh).toMatch(HAN);
        }
      }
    });
  }

  it('places every card in the lane of its kind, in order within the cell', () => {
    const map = buildTemplateMap('sales-funnel', 'en', 'x');
    const laneKind = new Map(map.lanes.map((l) => [l.id, l.kind]));
    const expected = {
      action: 'actions',
      touchpoint: 'touchpoints',
      emotion: 'emotions',
      painPoint: 'painPoints',
      opportunity: 'opportunities',
    };
    for (const card of map.cards) {
      expect(laneKind.get(card.laneId ?? '')).toBe(expected[card.kind as keyof typeof expected]);
    }
    // The Actions lane holds action cards, not notes (issue 11 item 8).
    expect(map.cards.filter((c) => c.kind === 'note')).toEqual([]);
    const awarenessTouchpoints = map.cards.filter(
      (c) => c.stageId === map.stages[0]?.id && c.kind === 'touchpoint',
    );
    expect(awarenessTouchpoints.map((c) => c.order)).toEqual([0, 1]);
  });

  it('puts no note into an Actions or Thoughts lane of any template, in either language', () => {
    for (const template of TEMPLATES) {
      for (const language of ['en', 'zh-CN'] as const) {
        const map = buildTemplateMap(template.id, language, 'x');
        const laneKind = new Map(map.lanes.map((l) => [l.id, l.kind]));
        for (const card of map.cards) {
          const lane = laneKind.get(card.laneId ?? '');
          if (lane === 'actions') expect(card.kind, card.title).toBe('action');
          if (lane === 'thoughts') expect(card.kind, card.title).toBe('thought');
        }
      }
    }
  });

  it('lists names and stage names in the requested language', () => {
    expect(listTemplates('en').map((t) => t.name)).toEqual([
      'Blank map',
      'Sales funnel',
      'B2B sales',
      'E-commerce',
      'Education enrolment',
    ]);
    expect(listTemplates('zh-CN').find((t) => t.id === 'b2b-sales')?.stageNames).toEqual([
      '线索获取',
      '需求深挖',
      '方案呈现',
      '商务谈判',
      '成交',
      '留存',
    ]);
    expect(listTemplates('zh-CN').find((t) => t.id === 'ecommerce')?.stageNames).toEqual([
      '曝光',
      '点击',
      '加购',
      '下单',
      '支付',
    ]);
    expect(listTemplates('zh-CN').find((t) => t.id === 'education')?.stageNames).toEqual([
      '招生触达',
      '试听课',
      '报名',
      '学习',
      '续费',
    ]);
  });

  it('refuses an unknown template on path templateId', () => {
    let caught: unknown;
    try {
      buildTemplateMap('nope', 'en', 'x');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ code: 'invalid_input', path: 'templateId' });
  });
});
