import { ApiError, type ErrorReason } from '../api/errors';

/**
 * What is wrong with a picked file as a whole (not with one of its cells), so the UI can say it in
 * the user's language instead of echoing the English message:
 * - `workbook`: an Excel or other spreadsheet workbook, not text;
 * - `notText`: binary data (an image, an archive, random bytes), not a text or CSV file at all;
 * - `unknownEncoding`: text, but in an encoding other than UTF-8, UTF-16 and GB18030 (e.g. Windows-1252).
 */
export type FunnelFileProblem = 'workbook' | 'notText' | 'unknownEncoding';

/** The reason of each problem, so `errorMessage` translates these errors wherever they are shown. */
const FILE_PROBLEM_REASONS = {
  workbook: 'funnel_file_workbook',
  notText: 'funnel_file_not_text',
  unknownEncoding: 'funnel_file_unknown_encoding',
} as const satisfies Record<FunnelFileProblem, ErrorReason>;

/** An `invalid_input` error (path `file`) about the whole file; `problem` says what, for the UI. */
export class FunnelFileError extends ApiError {
  readonly problem: FunnelFileProblem;

  constructor(problem: FunnelFileProblem, message: string) {
    super('invalid_input', message, { path: 'file', reason: FILE_PROBLEM_REASONS[problem] });
    this.name = 'FunnelFileError';
    this.problem = problem;
  }
}
