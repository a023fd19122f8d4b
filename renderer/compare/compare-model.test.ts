import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card, JourneyMap, MapSnapshot } from '../../shared/domain';
import { describeDiff, diffMaps } from '../../shared/diff';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { parseRoute, routeHash } from '../routing/routes';
import { changeContext, changeText, focusKeyOf, groupEntries } from './change-text';
import { buildDiffOverlay, overlayKey } from './diff-overlay';
import { formatSideRef, parseSideRef } from './side-ref';

const T = '2026-01-01T00:00:00.000Z';
const base = { x: null, y: null, text: '', tags: [], order: 0 };

function before(): JourneyMap {
  return {
    id: 'm',
    name: 'Journey',
    description: '',
    language: 'en',
    personaIds: [],
    stages: [
      { id: 's0', name: 'Awareness', description: '', goal: '', width: 320 },
      { id: 's1', name: 'Consideration', description: '', goal: '', width: 320 },
      { id: 's2', name: 'Intent', description: '', goal: '', width: 320 },
    ],
    lanes: [
      { id: 'l0', name: 'Touchpoints', kind: 'touchpoints', height: 180 },
      { id: 'l1', name: 'Pain points', kind: 'painPoints', height: 180 },
    ],
    cards: [
      {
        ...base,
        id: 'ad',
        kind: 'touchpoint',
        channel: 'ads',
        stageId: 's0',
        laneId: 'l0',
        title: 'Banner ad',
      },
      {
        ...base,
        id: 'slow',
        kind: 'painPoint',
        severity: 2,
        stageId: 's2',
        laneId: 'l1',
        title: 'Slow delivery',
      },
      { ...base, id: 'gone', kind: 'note', stageId: 's1', laneId: 'l1', title: 'Old flyer' },
    ],
    connections: [],
    createdAt: T,
    updatedAt: T,
  };
}

function after(): JourneyMap {
  const map = before();
  const cards: Card[] = [
    {
      ...base,
      id: 'ad',
      kind: 'touchpoint',
      channel: 'ads',
      stageId: 's1',
      laneId: 'l0',
      title: 'Banner ad',
    },
    {
      ...base,
      id: 'slow',
      kind: 'painPoint',
      severity: 3,
      stageId: 's2',
      laneId: 'l1',
      title: 'Slow delivery',
    },
    {
      ...base,
      id: 'chat',
      kind: 'touchpoint',
      channel: 'web',
      stageId: 's1',
      laneId: 'l0',
      order: 1,
      title: 'Live chat',
    },
  ];
  return {
    ...map,
    stages: map.stages.map((s) => (s.id === 's2' ? { ...s, name: 'Decision' } : s)),
    cards,
  };
}

const snap = (map: JourneyMap): MapSnapshot => ({ map, personas: [], periods: [], metrics: [] });

let tEn: TFunction;
let tZh: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      lng,
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  tEn = await make('en');
  tZh = await make('zh-CN');
});

describe('compare change list', () => {
  it('says what changed in the words of the issue, grouped by stage', () => {
    const a = snap(before());
    const b = snap(after());
    const entries = describeDiff(diffMaps(a, b), a, b);
    const ctx = changeContext(a, b);
    const lines = entries.map((e) => changeText(tEn, ctx, e));
    expect(lines).toContain("Touchpoint 'Live chat' added in Consideration");
    expect(lines).toContain("Pain point 'Slow delivery' severity 2 → 3");
    expect(lines).toContain("Stage 'Intent' renamed to 'Decision'");
    expect(lines).toContain("Note 'Old flyer' removed from Consideration");
    expect(lines).toContain(
      "Touchpoint 'Banner ad' moved from Awareness · Touchpoints to Consideration · Touchpoints",
    );

    const groups = groupEntries(entries);
    expect(groups.map((g) => g.stageId)).toEqual(['s1', 's2']);
    expect(new Set(groups.map((g) => g.stageId)).size).toBe(groups.length);
  });

  it('speaks Chinese too, and never invents a field label', () => {
    const a = snap(before());
    const b = snap(after());
    const entries = describeDiff(diffMaps(a, b), a, b);
    const ctx = changeContext(a, b);
    const lines = entries.map((e) => changeText(tZh, ctx, e));
    expect(lines).toContain('触点“Live chat”已添加到Consideration');
    expect(lines).toContain('阶段“Intent”已重命名为“Decision”');
    for (const line of [...lines, ...entries.map((e) => changeText(tEn, ctx, e))]) {
      expect(line).not.toMatch(/compare\.|\{\{/);
    }
  });

  it("calls a persona card and its connections by the persona's name, the library's first", () => {
    const persona: Card = {
      ...base,
      id: 'mia',
      kind: 'persona',
      personaId: 'p-mia',
      stageId: 's0',
      laneId: 'l0',
      title: 'Mia Chen',
    };
    const withPersona = (map: JourneyMap, stageId: string): JourneyMap => ({
      ...map,
      cards: [...map.cards, { ...persona, stageId }],
      connections: [{ id: 'k-mia', sourceId: 'mia', targetId: 'ad', label: '' }],
    });
    const miaIn = (map: JourneyMap, name: string): MapSnapshot => ({
      ...snap(map),
      personas: [{ id: 'p-mia', name, createdAt: T, updatedAt: T } as MapSnapshot['personas'][number]],
    });
    const a = miaIn(withPersona(before(), 's0'), 'Mia Chen');
    const b = miaIn({ ...withPersona(before(), 's1'), connections: [] }, 'Mia Chen');
    const entries = describeDiff(diffMaps(a, b), a, b);
    const library = (id: string) => (id === 'p-mia' ? 'Mia Wong' : undefined);
    const lines = entries.map((e) => changeText(tEn, changeContext(a, b, library), e));
    expect(lines).toContain(
      "Persona 'Mia Wong' moved from Awareness · Touchpoints to Consideration · Touchpoints",
    );
    expect(lines).toContain("Connection 'Mia Wong' → 'Banner ad' removed from Awareness");
    // Without the library, B's snapshot names the persona.
    const renamedInB = miaIn(b.map, 'Mia W.');
    const plain = describeDiff(diffMaps(a, renamedInB), a, renamedInB).map((e) =>
      changeText(tEn, changeContext(a, renamedInB), e),
    );
    expect(plain).toContain(
      "Persona 'Mia W.' moved from Awareness · Touchpoints to Consideration · Touchpoints",
    );
  });

  it('focuses the item, its ghost when removed, a connection by its source card', () => {
    const a = snap(before());
    const b = snap(after());
    const entries = describeDiff(diffMaps(a, b), a, b);
    const removed = entries.find((e) => e.kind === 'removed');
    expect(removed && focusKeyOf(removed, () => null)).toBe(overlayKey(true, 'card', 'gone'));
    expect(
      focusKeyOf(
        { stageId: null, kind: 'added', itemType: 'connection', itemId: 'k', title: '' },
        () => 'ad',
      ),
    ).toBe('b:card:ad');
    expect(
      focusKeyOf({ stageId: null, kind: 'changed', itemType: 'map', itemId: 'm', title: '' }, () => null),
    ).toBe(null);
  });
});

describe('compare overlay', () => {
  it('marks added, changed, moved and removed items and draws an arrow for a moved card', () => {
    const a = before();
    const b = after();
    const overlay = buildDiffOverlay(a, b, diffMaps({ map: a }, { map: b }));
    const status = (key: string) => overlay.items.find((i) => i.key === key)?.status;
    expect(status('b:card:chat')).toBe('added');
    expect(status('b:card:slow')).toBe('changed');
    expect(status('b:card:ad')).toBe('moved');
    expect(status('ghost:card:gone')).toBe('removed');
    expect(status('b:stage:s2')).toBe('changed');
    expect(status('b:stage:s0')).toBe(null);
    expect(overlay.arrows.map((x) => x.itemId)).toEqual(['ad']);
    const arrow = overlay.arrows[0];
    expect(arrow && arrow.to.x > arrow.from.x).toBe(true);
    expect(new Set(overlay.items.map((i) => i.key)).size).toBe(overlay.items.length);
  });

  it('draws a card pushed down within its cell as unchanged, with no arrow', () => {
    const a = before();
    const b = before();
    // "Banner ad" shifts to order 1: another card was dropped before it.
    b.cards = b.cards.map((c) => (c.id === 'ad' ? { ...c, order: 1 } : c));
    const overlay = buildDiffOverlay(a, b, diffMaps({ map: a }, { map: b }));
    expect(overlay.items.find((i) => i.key === 'b:card:ad')?.status).toBe(null);
    expect(overlay.arrows).toEqual([]);
  });

  it('draws a map without marks for the read-only view', () => {
    const map = before();
    const overlay = buildDiffOverlay(map, map, null);
    expect(overlay.items.every((i) => i.status === null)).toBe(true);
    expect(overlay.items.filter((i) => i.itemType === 'card')).toHaveLength(3);
    expect(overlay.arrows).toEqual([]);
  });
});

describe('compare routes', () => {
  it('round-trips sides and routes, and refuses anything else', () => {
    expect(parseSideRef('version:abc')).toEqual({ kind: 'version', id: 'abc' });
    expect(parseSideRef('map:x_1')).toEqual({ kind: 'map', id: 'x_1' });
    expect(parseSideRef('maps:x')).toBeNull();
    expect(parseSideRef('map:<b>')).toBeNull();
    expect(formatSideRef({ kind: 'map', id: 'q' })).toBe('map:q');
    const hash = '#/compare?a=version:v1&b=map:m1';
    expect(parseRoute(hash)).toEqual({ name: 'compare', a: 'version:v1', b: 'map:m1' });
    expect(routeHash(parseRoute(hash))).toBe(hash);
    expect(parseRoute('#/version/v1')).toEqual({ name: 'version', id: 'v1' });
    expect(parseRoute('#/compare?a=file:x&b=map:m').name).toBe('notFound');
    expect(parseRoute('#/version/a%2Fb').name).toBe('notFound');
  });
});
