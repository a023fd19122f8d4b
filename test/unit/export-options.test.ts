import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_OPTIONS,
  parseExportOptions,
  pictureGeometry,
  printableAreaPx,
  tileContent,
} from '../../shared/export';
import { buildTemplateMap } from '../../shared/templates';
import { computeLayout } from '../../shared/canvas/layout';
import { parsePrintRoute, printHash } from '../../renderer/print/print-route';

const map = (() => {
  let n = 0;
  return buildTemplateMap('sales-funnel', 'zh-CN', '销售漏斗', { makeId: () => `id${++n}` });
})();

describe('export options', () => {
  it('repairs each bad or missing stored field with its default and keeps the good ones', () => {
    expect(parseExportOptions(null)).toEqual(DEFAULT_EXPORT_OPTIONS);
    const repaired = parseExportOptions({
      format: 'pdf',
      scale: 9,
      background: 'green',
      margin: -3,
      pageSize: 'A3',
    });
    expect(repaired.format).toBe('pdf');
    expect(repaired.pageSize).toBe('A3');
    expect(repaired.scale).toBe(DEFAULT_EXPORT_OPTIONS.scale);
    expect(repaired.background).toBe('white');
    expect(repaired.margin).toBe(DEFAULT_EXPORT_OPTIONS.margin);
  });
});

describe('print route', () => {
  it('round-trips the options through the hash and ignores other screens', () => {
    const options = {
      pageSize: 'Tabloid' as const,
      orientation: 'portrait' as const,
      pdfMode: 'tile' as const,
      tileScale: 0.5 as const,
      showCurve: false,
      showOverlay: true,
    };
    const route = parsePrintRoute(printHash('abc_1', options, { autoPrint: true }));
    expect(route).toEqual({ mapId: 'abc_1', options, autoPrint: true });
    expect(parsePrintRoute('#/map/abc')).toBeNull();
    expect(parsePrintRoute('#/print/../../etc')).toBeNull();
    expect(parsePrintRoute('#/print/abc?page=B5&mode=zzz')?.options.pageSize).toBe('A4');
  });
});

describe('picture geometry', () => {
  it('covers the whole map in whole pixels, or only the selected cards with padding', () => {
    const layout = computeLayout(map);
    const whole = pictureGeometry(map);
    expect(whole.rect).toEqual({
      x: Math.floor(layout.bounds.x),
      y: Math.floor(layout.bounds.y),
      width: Math.ceil(layout.bounds.width),
      height: Math.ceil(layout.bounds.height),
    });
    const card = layout.cards[0]!;
    const selected = pictureGeometry(map, new Set([card.id]));
    expect(selected.rect).toEqual({
      x: card.x - 16,
      y: card.y - 16,
      width: card.width + 32,
      height: card.height + 32,
    });
  });

  it('draws the emotion curve through every stage with emotion cards, inside the emotions lane', () => {
    const g = pictureGeometry(map);
    const laneIndex = map.lanes.findIndex((l) => l.kind === 'emotions');
    const lane = g.layout.lanes[laneIndex]!;
    expect(g.curve.dots).toHaveLength(map.stages.length);
    for (const dot of g.curve.dots) {
      expect(dot.y).toBeGreaterThanOrEqual(lane.y);
      expect(dot.y).toBeLessThanOrEqual(lane.y + lane.height);
    }
    expect(g.curve.paths[0]).toMatch(/^M/);
  });

  it('draws one edge per connection between drawn cards, from the source side to the target side', () => {
    const [a, b] = map.cards;
    const withEdge = { ...map, connections: [{ id: 'e1', sourceId: a!.id, targetId: b!.id, label: '' }] };
    const g = pictureGeometry(withEdge);
    expect(g.edges).toHaveLength(1);
    const from = g.layout.cards.find((c) => c.id === a!.id)!;
    expect(
      g.edges[0]!.d.startsWith(`M ${from.x + from.width} `) || g.edges[0]!.d.startsWith(`M ${from.x} `),
    ).toBe(true);
    const dangling = { ...map, connections: [{ id: 'e2', sourceId: a!.id, targetId: 'gone', label: '' }] };
    expect(pictureGeometry(dangling).edges).toHaveLength(0);
  });

  it('a tiled print of the sales funnel at 100% on A4 portrait needs several pages', () => {
    const { rect } = pictureGeometry(map);
    const tiling = tileContent(rect, printableAreaPx('A4', 'portrait'), 12);
    expect(tiling.tiles.length).toBe(tiling.rows * tiling.columns);
    expect(tiling.tiles.length).toBeGreaterThan(1);
  });
});
