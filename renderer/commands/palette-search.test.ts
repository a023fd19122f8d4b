import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchPalette, type PaletteEntry } from './palette-search';

const entries: PaletteEntry[] = [
  { kind: 'command', id: 'file.exportPng', label: 'Export PNG', also: ['导出 PNG'] },
  { kind: 'command', id: 'file.exportPdf', label: 'Export PDF', also: ['导出 PDF'] },
  { kind: 'command', id: 'edit.undo', label: 'Undo', also: ['撤销'] },
  { kind: 'card', id: 'c1', label: 'Export the quote', also: ['Decision'] },
  { kind: 'card', id: 'c2', label: '支付失败', also: ['支付'] },
  { kind: 'stage', id: 's1', label: 'Awareness' },
];
const ids = (query: string) => searchPalette(entries, query).map((e) => e.id);

describe('command palette search', () => {
  it('finds commands by name in either language', () => {
    expect(ids('export png')).toEqual(['file.exportPng']);
    expect(ids('导出')).toEqual(['file.exportPng', 'file.exportPdf']);
    expect(ids('撤销')).toEqual(['edit.undo']);
  });

  it('finds cards and stages by title, commands first when equally good', () => {
    expect(ids('export')).toEqual(['file.exportPng', 'file.exportPdf', 'c1']);
    expect(ids('quote')).toEqual(['c1']);
    expect(ids('支付失败')).toEqual(['c2']);
    expect(ids('aware')).toEqual(['s1']);
  });

  it('needs every word, ignores case, width and extra spaces', () => {
    expect(ids('  EXPORT   pdf ')).toEqual(['file.exportPdf']);
    expect(ids('Ｅｘｐｏｒｔ ＰＮＧ')).toEqual(['file.exportPng']);
    expect(ids('export zebra')).toEqual([]);
    expect(normalizeForSearch(' A\tB ')).toBe('a b');
  });

  it('lists only commands for an empty query, and caps the list', () => {
    expect(ids('')).toEqual(['file.exportPng', 'file.exportPdf', 'edit.undo']);
    const many = Array.from({ length: 500 }, (_, i) => ({
      kind: 'card' as const,
      id: `c${i}`,
      label: `Card ${i}`,
    }));
    expect(searchPalette(many, 'card', 20)).toHaveLength(20);
  });
});
