/**
 * What a column of a funnel file holds. `target`, `days` and `reasons` are the other numbers a stage
 * keeps (target conversion, average days in stage, main loss reasons), as the app's own metrics CSV
 * exports them, so an exported file imports back whole.
 */
export type ColumnRole =
  'step' | 'count' | 'metric' | 'period' | 'date' | 'segment' | 'target' | 'days' | 'reasons' | 'rate';

/** The header names (normalised, English and Chinese) recognised for each role. */
export const COLUMN_NAMES: Readonly<Record<Exclude<ColumnRole, 'rate'>, readonly string[]>> = {
  // Names first: a Mixpanel "Step" column may hold only numbers next to an "Event" column.
  step: [
    'stage',
    'stage name',
    'step name',
    'funnel step',
    'event',
    'event name',
    'name',
    'step',
    '阶段',
    '阶段名称',
    '漏斗阶段',
    '步骤名称',
    '步骤',
    '环节',
    '名称',
    '事件',
  ],
  count: [
    'count',
    'users',
    'active users',
    'total users',
    'uniques',
    'unique users',
    'sessions',
    'customers',
    'visitors',
    'leads',
    'orders',
    'deals',
    'value',
    'number',
    'total',
    'event count',
    '人数',
    '数量',
    '用户数',
    '活跃用户',
    '客户数',
    '线索数',
    '订单数',
    '计数',
    '数值',
  ],
  metric: ['metric', 'metric label', 'metric name', '指标', '指标名称'],
  period: ['period', 'period name', '周期', '期间', '时期'],
  date: ['date', 'day', '日期'],
  segment: ['segment', 'segment name', '细分', '细分名称'],
  // Besides these, any header starting with "target" or 目标 (see isTargetHeader).
  target: ['target conversion (%)', 'target conversion', 'target', '目标转化率 (%)', '目标转化率', '目标'],
  days: [
    'average days in stage',
    'avg days in stage',
    'avg. days in stage',
    'days in stage',
    'average days',
    'avg days',
    'avg. days',
    '平均停留天数',
    '停留天数',
    '平均天数',
  ],
  reasons: [
    'main loss reasons',
    'loss reasons',
    'main loss reason',
    'loss reason',
    '主要流失原因',
    '流失原因',
  ],
};

/** Normalises a header cell: full-width to half-width, case-folded, spaces collapsed. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A target conversion column (`Target conversion (%)`, `目标转化率 (%)`): a number the user set, not
 * a rate measured by the tool, so it is read although it looks like a rate.
 */
function isTargetHeader(name: string): boolean {
  return /^target(?:$|[\s(%])/.test(name) || name.startsWith('目标');
}

/** A rate or ratio column (conversion, completion, abandonment): never used, counts are. */
function isRateHeader(name: string): boolean {
  return /rate|ratio|conversion|%|率|占比/.test(name);
}

/** Where each role's column is in the header (0-based), when the file has one. */
export type ColumnMap = Partial<Record<ColumnRole, number>> & { rates: number[] };

/**
 * Assigns roles to header cells by name. Exact names win over prefixes (`Active users (total)`),
 * and for a role with several candidates the earliest name in {@link COLUMN_NAMES} wins.
 */
export function mapColumns(header: readonly string[]): ColumnMap {
  const names = header.map(normalizeHeader);
  const map: ColumnMap = { rates: [] };
  const taken = new Set<number>();
  const exactNames = new Set<string>(Object.values(COLUMN_NAMES).flat());
  const target = names.findIndex(isTargetHeader);
  if (target >= 0) {
    map.target = target;
    taken.add(target);
  }
  names.forEach((name, index) => {
    if (!taken.has(index) && isRateHeader(name)) {
      map.rates.push(index);
      taken.add(index);
    }
  });
  for (const role of ['date', 'period', 'segment', 'metric', 'days', 'reasons', 'step', 'count'] as const) {
    const candidates = COLUMN_NAMES[role];
    const pick = (matches: (name: string, candidate: string) => boolean): number | undefined => {
      for (const candidate of candidates) {
        const index = names.findIndex((name, i) => !taken.has(i) && matches(name, candidate));
        if (index >= 0) return index;
      }
      return undefined;
    };
    // A prefix match must not take a column another role names exactly ("Event count" is a count).
    const index =
      pick((name, c) => name === c) ??
      pick((name, c) => !exactNames.has(name) && (name.startsWith(`${c} `) || name.startsWith(`${c}(`)));
    if (index !== undefined) {
      map[role] = index;
      taken.add(index);
    }
  }
  return map;
}
