/** Which kind of export a funnel file is. */
export type FunnelFileFormat = 'ga4' | 'ga4-trended' | 'mixpanel' | 'csv';

/** The text encodings a funnel file may use (GB18030 also reads GBK and GB2312 files). */
export type FunnelFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The cell separators a funnel file may use. */
export type FunnelFileDelimiter = ',' | ';' | '\t';

/** One step of an imported funnel, as it was in the file. */
export interface ImportedStep {
  /** The step name as written in the file (e.g. `1. First visit`); see `cleanStepName`. */
  name: string;
  /** Customers who entered the step; null when the cell was empty or a dash. */
  count: number | null;
  /** What was counted: the metric column, else the count column's header (e.g. `Active users`). */
  metricLabel: string;
  /** The file row (1-based, as in a spreadsheet) the step was first read from. */
  row: number;
  /**
   * The other numbers of the stage, when the file has their column and a value in it (the app's
   * own metrics CSV does): target conversion in percent, average days in stage, main loss reasons.
   * Absent otherwise, and the stage keeps what it has.
   */
  targetConversion?: number;
  avgDaysInStage?: number;
  lossReasons?: string;
}

/** One period of imported numbers: a whole export, or one date of a trended export. */
export interface ImportedPeriod {
  name: string;
  /** ISO date (`YYYY-MM-DD`) or null when the file does not say. */
  startDate: string | null;
  endDate: string | null;
  steps: ImportedStep[];
}

/** Codes of the things an import did that the user should know about; the UI translates by code. */
export type ImportWarningCode =
  /** The file's own rates (conversion, completion, abandonment) were ignored; counts are used. */
  | 'ratesIgnored'
  /** Several rows for the same step and period were added together. */
  | 'rowsSummed'
  /** The file has several segments; only the first one was imported. */
  | 'segmentsIgnored'
  /** Some steps have no count. */
  | 'missingCounts';

export interface ImportWarning {
  code: ImportWarningCode;
  /** An English sentence for logs and tests; the UI shows its own translation of `code`. */
  message: string;
  /**
   * Values the message refers to (counts, row numbers); a list of names (columns, segments) is an
   * array, for the UI to join in its own language (see `formatNameList`), never a pre-quoted string.
   */
  params: Record<string, string | number | readonly string[]>;
}

/** What a funnel file holds, ready for the preview. Nothing has been written anywhere. */
export interface ImportResult {
  format: FunnelFileFormat;
  /** The source recorded with the period (`GA4`, `Mixpanel`, `CSV`). */
  source: string;
  encoding: FunnelFileEncoding;
  /** Whether the file started with a byte order mark. */
  bom: boolean;
  delimiter: FunnelFileDelimiter;
  periods: ImportedPeriod[];
  warnings: ImportWarning[];
}
