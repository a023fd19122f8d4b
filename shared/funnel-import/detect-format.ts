import type { CommentLine } from './delimited-text';
import { normalizeHeader, type ColumnMap } from './column-roles';
import type { FunnelFileFormat } from './types';

/** The source name recorded with imported periods, per format. */
export const FORMAT_SOURCES: Readonly<Record<FunnelFileFormat, string>> = {
  ga4: 'GA4',
  'ga4-trended': 'GA4',
  mixpanel: 'Mixpanel',
  csv: 'CSV',
};

/**
 * Tells which tool exported a funnel file, from its `#` preamble, header and step names:
 * - GA4 funnel explorations write `#` comment lines before the header and number their steps
 *   (`1. First visit`); a trended export adds a date column.
 * - Mixpanel funnels write conversion ratios beside the counts, or name themselves in the file.
 * - Anything else is a plain CSV.
 */
export function detectFormat(
  comments: readonly CommentLine[],
  header: readonly string[],
  columns: ColumnMap,
  stepNames: readonly string[],
): FunnelFileFormat {
  const headerText = header.map(normalizeHeader).join('|');
  const commentText = comments.map((c) => c.text.toLowerCase()).join('\n');
  const numberedSteps = stepNames.length > 0 && stepNames.every((name) => /^\s*\d+\.\s+\S/.test(name));
  const ga4 =
    /funnel exploration|google analytics|ga4/.test(commentText) ||
    (comments.length > 0 &&
      (numberedSteps || /start date|end date|^\d{8}\s*-\s*\d{8}$/m.test(commentText))) ||
    (numberedSteps && /active users|completion rate|abandonment/.test(headerText));
  if (ga4) return columns.date !== undefined ? 'ga4-trended' : 'ga4';
  if (/mixpanel/.test(commentText) || /mixpanel|uniques|\$overall/.test(headerText)) return 'mixpanel';
  if (columns.rates.length > 0 && /conversion/.test(headerText) && /\bevent\b/.test(headerText))
    return 'mixpanel';
  return 'csv';
}
