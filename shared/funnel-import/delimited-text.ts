import { ApiError } from '../api/errors';
import type { FunnelFileDelimiter } from './types';

/** One record of a delimited file. */
export interface DelimitedRow {
  /** 1-based line where the record starts: the row number a spreadsheet or editor shows. */
  row: number;
  cells: string[];
}

/** A comment line (starting with `#`), as GA4 writes before its header. */
export interface CommentLine {
  row: number;
  /** The text after the `#`, trimmed. */
  text: string;
}

export interface DelimitedText {
  rows: DelimitedRow[];
  comments: CommentLine[];
}

const DELIMITERS: readonly FunnelFileDelimiter[] = ['\t', ';', ','];

/** Counts each delimiter outside quoted fields in one line. */
function countOutsideQuotes(line: string): Map<FunnelFileDelimiter, number> {
  const counts = new Map<FunnelFileDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as FunnelFileDelimiter)) {
      const key = char as FunnelFileDelimiter;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Guesses the delimiter from the header: the first line that is neither empty nor a `#` comment.
 * The delimiter that occurs most often outside quotes wins; on a tie tab beats semicolon beats
 * comma, since commas also appear inside numbers (`12,345`). A file with a single column gets a comma.
 */
export function detectDelimiter(text: string): FunnelFileDelimiter {
  const header = text
    .split(/\r\n|\n|\r/)
    .find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (header === undefined) return ',';
  const counts = countOutsideQuotes(header);
  let best: FunnelFileDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits delimited text into records (RFC 4180: quoted fields may hold delimiters, line breaks and
 * `""` for a quote; CRLF, LF and CR line ends). Lines starting with `#` outside a record are
 * returned as comments; blank lines are dropped. A quote inside an unquoted field is kept as text,
 * as spreadsheets do.
 *
 * @throws ApiError `invalid_input` naming the row of a quoted field that never ends.
 */
export function parseDelimitedText(text: string, delimiter: FunnelFileDelimiter): DelimitedText {
  const rows: DelimitedRow[] = [];
  const comments: CommentLine[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;

  const atLineEnd = (i: number): number => {
    // Returns the length of the line break at i (0 when there is none).
    const char = text[i];
    if (char === '\r') return text[i + 1] === '\n' ? 2 : 1;
    return char === '\n' ? 1 : 0;
  };

  while (pos < length) {
    const recordRow = line;
    if (text[pos] === '#') {
      let end = pos;
      while (end < length && atLineEnd(end) === 0) end += 1;
      comments.push({ row: recordRow, text: text.slice(pos + 1, end).trim() });
      pos = end + atLineEnd(end);
      line += 1;
      continue;
    }
    const cells: string[] = [];
    let cell = '';
    let recordDone = false;
    while (!recordDone) {
      if (text[pos] === '"' && cell.trim() === '') {
        // A quoted field: read to the closing quote, keeping delimiters and line breaks.
        cell = '';
        pos += 1;
        for (;;) {
          if (pos >= length) {
            throw new ApiError(
              'invalid_input',
              `Row ${recordRow}: a quoted cell is never closed. Check for a missing quote (") in that row.`,
              { path: `row ${recordRow}`, reason: 'funnel_unclosed_quote', params: { row: recordRow } },
            );
          }
          const char = text[pos] as string;
          if (char === '"') {
            if (text[pos + 1] === '"') {
              cell += '"';
              pos += 2;
              continue;
            }
            pos += 1;
            break;
          }
          const lineBreak = atLineEnd(pos);
          if (lineBreak > 0) line += 1;
          cell += lineBreak === 2 ? '\r\n' : char;
          pos += lineBreak === 2 ? 2 : 1;
        }
        // Text after the closing quote (rare, malformed) is kept rather than refused.
        while (pos < length && text[pos] !== delimiter && atLineEnd(pos) === 0) {
          cell += text[pos];
          pos += 1;
        }
      } else {
        while (pos < length && text[pos] !== delimiter && atLineEnd(pos) === 0) {
          cell += text[pos];
          pos += 1;
        }
      }
      cells.push(cell);
      cell = '';
      if (pos < length && text[pos] === delimiter) {
        pos += 1;
        continue;
      }
      const lineBreak = pos < length ? atLineEnd(pos) : 0;
      pos += lineBreak;
      line += 1;
      recordDone = true;
    }
    if (cells.some((value) => value.trim() !== '')) rows.push({ row: recordRow, cells });
  }
  return { rows, comments };
}
