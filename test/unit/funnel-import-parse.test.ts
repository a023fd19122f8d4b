import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { analyzeFunnel } from '../../shared/funnel';
import { parseFunnelFile } from '../../shared/funnel-import/parse-funnel-file';
import type { ImportResult } from '../../shared/funnel-import/types';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/funnel/${name}`, import.meta.url)));

const parseFixture = (name: string): ImportResult => parseFunnelFile(fixture(name), name);

const stepsOf = (result: ImportResult, period = 0): [string, number | null][] =>
  (result.periods[period]?.steps ?? []).map((step) => [step.name, step.count]);

function thrown(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseFunnelFile on fixtures', () => {
  it('reads a GA4 funnel exploration: preamble dates, thousands separators, first segment only', () => {
    const result = parseFixture('ga4-funnel.csv');
    expect(result).toMatchObject({
      format: 'ga4',
      source: 'GA4',
      encoding: 'utf-8',
      bom: false,
      delimiter: ',',
    });
    expect(result.periods).toHaveLength(1);
    expect(result.periods[0]).toMatchObject({
      name: '2024-01-01 – 2024-01-31',
      startDate: '2024-01-01',
      endDate: '2024-01-31',
    });
    expect(stepsOf(result)).toEqual([
      ['1. First visit', 12345],
      ['2. View product', 5592],
      ['3. Add to cart', 2130],
      ['4. Begin checkout', 1120],
      ['5. Purchase', 800],
    ]);
    expect(result.periods[0]?.steps[0]).toMatchObject({ metricLabel: 'Active users', row: 9 });
    expect(result.warnings.map((w) => w.code)).toEqual(['ratesIgnored', 'segmentsIgnored']);
    expect(result.warnings[1]?.params).toMatchObject({ segment: 'All Users', skipped: ['Mobile traffic'] });
    // Column names as a list, not as the file's quoted text ("Completion rate", "Abandonment rate").
    expect(result.warnings[0]?.params).toEqual({ columns: ['Completion rate', 'Abandonment rate'] });
    expect(result.warnings[0]?.message).toBe(
      'The rate columns “Completion rate” and “Abandonment rate” were not imported; conversion is computed from the counts.',
    );
  });

  it('reads a trended GA4 export as one period per date', () => {
    const result = parseFixture('ga4-funnel-trended.csv');
    expect(result.format).toBe('ga4-trended');
    expect(result.periods.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['2024-01-01', '2024-01-01', '2024-01-01'],
      ['2024-01-02', '2024-01-02', '2024-01-02'],
      ['2024-01-03', '2024-01-03', '2024-01-03'],
    ]);
    expect(result.periods.map((p) => p.steps.map((s) => s.count))).toEqual([
      [4100, 1640, 410],
      [3900, 1638, 491],
      [4345, 1651, 330],
    ]);
  });

  it("uses Mixpanel's counts and ignores its ratios, which sit on the later step", () => {
    const result = parseFixture('mixpanel-funnel.csv');
    expect(result).toMatchObject({ format: 'mixpanel', source: 'Mixpanel' });
    expect(stepsOf(result)).toEqual([
      ['Viewed landing page', 10000],
      ['Signed up', 2500],
      ['Created project', 1500],
      ['Invited teammate', 300],
    ]);
    expect(result.periods[0]?.steps[0]?.metricLabel).toBe('Uniques');
    expect(result.warnings.map((w) => w.code)).toEqual(['ratesIgnored']);
    // Our conversion belongs to the earlier stage: 25% for the landing page, not Mixpanel's 100%.
    const analysis = analyzeFunnel(
      result.periods[0]?.steps.map((s, i) => ({ stageId: String(i), count: s.count })) ?? [],
    );
    expect(analysis.stages.map((row) => row.conversion)).toEqual([25, 60, 20, null]);
  });

  it('decodes a GBK, semicolon-separated CRM export with Chinese names, by period with date ranges', () => {
    const result = parseFixture('crm-gbk-semicolon.csv');
    expect(result).toMatchObject({ format: 'csv', encoding: 'gb18030', bom: false, delimiter: ';' });
    expect(result.periods.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['2024Q1', '2024-01-15', '2024-03-28'],
      ['2024Q2', '2024-04-15', '2024-06-28'],
    ]);
    expect(stepsOf(result, 0)).toEqual([
      ['线索获取', 1200],
      ['需求深挖', 840],
      ['方案呈现', 520],
      ['商务谈判', 330],
      ['成交', 210],
    ]);
    expect(result.periods[0]?.steps.map((s) => s.metricLabel)).toEqual([
      '线索',
      '商机',
      '商机',
      '商机',
      '订单',
    ]);
    expect(stepsOf(result, 1).map(([, count]) => count)).toEqual([1500, 1100, 700, 420, 300]);
  });

  it('reads UTF-16 LE tab-separated text, keeping a missing count as null', () => {
    const result = parseFixture('utf16-tab.tsv');
    expect(result).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
    expect(result.periods[0]?.name).toBe('utf16-tab');
    expect(stepsOf(result)).toEqual([
      ['Awareness', 50000],
      ['Interest', 20000],
      ['Consideration', 8000],
      ['Intent', 3000],
      ['Purchase', 1200],
      ['Loyalty', null],
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'missingCounts', params: { steps: 1, rows: '7' } }),
    ]);
  });

  it('reads UTF-8 with a BOM', () => {
    const result = parseFixture('plain-utf8-bom.csv');
    expect(result).toMatchObject({ encoding: 'utf-8', bom: true, format: 'csv' });
    expect(stepsOf(result)).toEqual([
      ['Awareness', 1000],
      ['Interest', 600],
      ['Purchase', 150],
    ]);
  });
});

describe('parseFunnelFile on broken files', () => {
  it.each([
    {
      file: 'ga4-funnel-broken.csv',
      path: 'row 10, column "Active users"',
      message: /Row 10, column "Active users": "12,3x5" is not a number/,
    },
    {
      file: 'mixpanel-funnel-broken.csv',
      path: 'row 1',
      message: /Row 1 \(the header\) has no column for counts/,
    },
    {
      file: 'crm-gbk-semicolon-broken.csv',
      path: 'row 4, column "客户数"',
      message: /"约500" is not a number/,
    },
    { file: 'csv-broken-quote.csv', path: 'row 3', message: /Row 3: a quoted cell is never closed/ },
    { file: 'empty.csv', path: 'file', message: /The file is empty/ },
  ])('$file fails at $path', ({ file, path, message }) => {
    const error = thrown(() => parseFixture(file));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it.each([
    { name: 'a missing stage column', text: 'Count\n10\n', path: 'row 1', message: /no column for stage/ },
    { name: 'a header without rows', text: 'stage,count\n', path: 'row 2', message: /no rows of numbers/ },
    { name: 'comments only', text: '# Funnel exploration\n#\n', path: 'file', message: /only comment lines/ },
    { name: 'blank lines only', text: '\r\n \r\n', path: 'file', message: /empty/ },
    {
      name: 'a negative count',
      text: 'stage,count\nA,10\nB,-4\n',
      path: 'row 3, column "count"',
      message: /negative/,
    },
    {
      name: 'a fractional count',
      text: 'stage,count\nA,10.5\n',
      path: 'row 2, column "count"',
      message: /whole number/,
    },
    {
      name: 'a percentage as count',
      text: 'stage,count\nA,45%\n',
      path: 'row 2, column "count"',
      message: /percentage/,
    },
    {
      name: 'a short row',
      text: 'stage,metric,count\nA,x,1\nB,y\n',
      path: 'row 3, column "count"',
      message: /ends before/,
    },
    {
      name: 'a count without a name',
      text: 'stage,count\nA,1\n,5\n',
      path: 'row 3, column "stage"',
      message: /name is empty/,
    },
    {
      name: 'a bad date',
      text: 'date,stage,count\n2024-02-30,A,1\n',
      path: 'row 2, column "date"',
      message: /not a date/,
    },
  ])('rejects $name', ({ text, path, message }) => {
    const error = thrown(() => parseFunnelFile(encode(text), 'x.csv'));
    expect(error).toMatchObject({ code: 'invalid_input', path });
    expect(error.message).toMatch(message);
  });

  it('refuses an Excel workbook with advice', () => {
    const error = thrown(() =>
      parseFunnelFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'funnel.xlsx'),
    );
    expect(error).toMatchObject({ code: 'invalid_input', path: 'file' });
    expect(error.message).toMatch(/Save it as CSV/);
  });
});

describe('parseFunnelFile details', () => {
  it('adds up rows of the same step and period, and warns', () => {
    const result = parseFunnelFile(encode('stage,count\nA,10\nB,4\nA,5\nb,1\n'), 'x.csv');
    expect(stepsOf(result)).toEqual([
      ['A', 15],
      ['B', 5],
    ]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'rowsSummed', params: { rows: 2 } })]);
  });

  it('reads quoted cells with delimiters, quotes and line breaks, numbering rows by line', () => {
    const text = 'stage;count\r\n"Lead; ""hot""\r\nsecond line";"1.234"\r\nDeal;"99"\r\n';
    const result = parseFunnelFile(encode(text), 'x.csv');
    expect(result.delimiter).toBe(';');
    expect(result.periods[0]?.steps).toEqual([
      { name: 'Lead; "hot"\r\nsecond line', count: 1234, metricLabel: 'count', row: 2 },
      { name: 'Deal', count: 99, metricLabel: 'count', row: 4 },
    ]);
  });

  it('reads Chinese headers, full-width digits and Chinese dates', () => {
    const text = '日期,步骤,人数\n2024年1月5日,曝光,１２３４５\n2024年1月5日,点击,"1,200"\n';
    const result = parseFunnelFile(encode(text), 'x.csv');
    expect(result.periods).toEqual([
      {
        name: '2024-01-05',
        startDate: '2024-01-05',
        endDate: '2024-01-05',
        steps: [
          { name: '曝光', count: 12345, metricLabel: '人数', row: 2 },
          { name: '点击', count: 1200, metricLabel: '人数', row: 3 },
        ],
      },
    ]);
  });

  it('reads GBK text that is not valid UTF-8 even without Chinese in the header', () => {
    const bytes = iconv.encode('stage,count\n认知,100\n兴趣,40\n', 'gbk');
    const result = parseFunnelFile(new Uint8Array(bytes), 'x.csv');
    expect(result.encoding).toBe('gb18030');
    expect(stepsOf(result)).toEqual([
      ['认知', 100],
      ['兴趣', 40],
    ]);
  });

  it('parses 50,000 rows correctly', () => {
    const stages = ['Awareness', 'Interest', 'Consideration', 'Intent', 'Purchase'];
    const lines = ['period,date,stage,count'];
    const expected = new Map<string, number[]>();
    for (let i = 0; i < 50_000; i += 1) {
      const period = `P${Math.floor(i / 5_000)}`;
      const day = (Math.floor(i / 5) % 28) + 1;
      const stageIndex = i % 5;
      const count = ((i * 7919) % 10_000) + 1;
      const totals = expected.get(period) ?? [0, 0, 0, 0, 0];
      totals[stageIndex] = (totals[stageIndex] ?? 0) + count;
      expected.set(period, totals);
      lines.push(
        `${period},2024-02-${String(day).padStart(2, '0')},${stages[stageIndex]},"${count.toLocaleString('en-US')}"`,
      );
    }
    const result = parseFunnelFile(encode(lines.join('\n')), 'big.csv');
    expect(result.periods).toHaveLength(10);
    for (const period of result.periods) {
      expect(period.steps.map((s) => s.name)).toEqual(stages);
      expect(period.steps.map((s) => s.count)).toEqual(expected.get(period.name));
      expect([period.startDate, period.endDate]).toEqual(['2024-02-01', '2024-02-28']);
    }
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'rowsSummed', params: { rows: 50_000 - 50 } }),
    ]);
  });
});

describe('parseFunnelFile header row', () => {
  it('finds the header below title rows and numbers rows from the top of the file', () => {
    const text = '销售漏斗报表\n导出时间: 2024-07-01\n阶段,客户数\n认知,500\n兴趣,"x"\n';
    const error = thrown(() => parseFunnelFile(encode(text), 'x.csv'));
    expect(error.path).toBe('row 5, column "客户数"');
    const ok = parseFunnelFile(encode('销售漏斗报表\n阶段,客户数\n认知,500\n兴趣,200\n'), 'x.csv');
    expect(stepsOf(ok)).toEqual([
      ['认知', 500],
      ['兴趣', 200],
    ]);
  });
});

describe('parseFunnelFile on the app’s own metrics CSV export', () => {
  const exported = [
    'Stage,Metric,Count,Conversion to next stage (%),Drop-off,Target conversion (%),Average days in stage,Main loss reasons',
    'Awareness,Visits,1000,60,400,70,1.5,',
    `Interest,Leads,600,50,300,55.5,3,"'-5% discount elsewhere, ""slow"" replies"`,
    'Purchase,Leads,300,,,,,',
  ].join('\r\n');

  it('reads the target, days and reasons columns instead of ignoring the target as a rate', () => {
    const result = parseFunnelFile(encode(`\uFEFF${exported}\r\n`), 'Sales-Q3.csv');
    expect(result.periods[0]?.steps).toEqual([
      {
        name: 'Awareness',
        count: 1000,
        metricLabel: 'Visits',
        row: 2,
        targetConversion: 70,
        avgDaysInStage: 1.5,
      },
      {
        name: 'Interest',
        count: 600,
        metricLabel: 'Leads',
        row: 3,
        targetConversion: 55.5,
        avgDaysInStage: 3,
        // The export's formula guard (') is taken off again.
        lossReasons: '-5% discount elsewhere, "slow" replies',
      },
      { name: 'Purchase', count: 300, metricLabel: 'Leads', row: 4 },
    ]);
    // Only the derived conversion is a rate that is not imported; the target is read.
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'ratesIgnored',
        params: { columns: ['Conversion to next stage (%)'] },
      }),
    ]);
  });

  it('reads the Chinese headers of the export', () => {
    const text =
      '阶段,指标,人数,转化率 (%),流失人数,目标转化率 (%),平均停留天数,主要流失原因\n认知,线索,1000,60,400,70,2,价格太高\n';
    expect(parseFunnelFile(encode(text), 'x.csv').periods[0]?.steps[0]).toEqual({
      name: '认知',
      count: 1000,
      metricLabel: '线索',
      row: 2,
      targetConversion: 70,
      avgDaysInStage: 2,
      lossReasons: '价格太高',
    });
  });

  it.each([
    ['abc', 'Target conversion (%)', 'row 2, column "Target conversion (%)"'],
    ['-5', 'Target conversion (%)', 'row 2, column "Target conversion (%)"'],
    ['1e9', 'Average days in stage', 'row 2, column "Average days in stage"'],
  ])('refuses %j in %s, naming the cell', (bad, column, path) => {
    const text = `Stage,Count,${column}\nAwareness,1000,${bad}\n`;
    expect(thrown(() => parseFunnelFile(encode(text), 'x.csv')).path).toBe(path);
  });
});
