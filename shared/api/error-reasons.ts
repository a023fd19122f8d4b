/**
 * Stable reasons: the exact problem behind an error, finer than its {@link ErrorCode}. The renderer
 * translates `errors.reason.<reason>` with the error's `params`; the English `message` stays for logs
 * and for errors that carry no reason. Add a reason here and its text in renderer/i18n/errors.*.ts
 * (a unit test checks that every reason has both).
 */
export const ERROR_REASONS = [
  // Map files (shared/export/map-file.ts).
  'map_file_too_large',
  'map_file_is_png',
  'map_file_is_jpeg',
  'map_file_is_gif',
  'map_file_is_pdf',
  'map_file_is_zip',
  'map_file_not_text',
  'map_file_utf16',
  'map_file_not_json',
  'map_file_not_json_at',
  'map_file_too_deep',
  'map_file_not_object',
  'map_file_wrong_format',
  'map_file_newer_version',
  'map_file_unknown_version',
  // The transports (web host, IPC, the renderer's clients).
  'request_not_json',
  'request_not_json_at',
  'request_too_large',
  'request_too_deep',
  'method_not_allowed',
  'unknown_operation',
  'server_unreachable',
  'server_bad_answer',
  'backend_unreachable',
  // Services.
  'item_not_found',
  // Funnel files (shared/funnel-import): the whole file.
  'funnel_file_too_large',
  'funnel_file_workbook',
  'funnel_file_not_text',
  'funnel_file_unknown_encoding',
  'funnel_file_bad_bom',
  'funnel_file_empty',
  'funnel_file_no_table',
  'funnel_file_no_data_rows',
  'funnel_file_no_steps',
  'funnel_no_step_column',
  'funnel_no_count_column',
  'funnel_unclosed_quote',
  'funnel_too_many_periods',
  'funnel_too_many_steps',
  // Funnel files: one cell (params `row`, `column`, the cell's text as `value`).
  'funnel_cell_row_ends',
  'funnel_cell_no_stage_name',
  'funnel_cell_percentage',
  'funnel_cell_negative_count',
  'funnel_cell_not_whole',
  'funnel_cell_not_number',
  'funnel_cell_negative',
  'funnel_cell_not_decimal',
  'funnel_cell_above_max',
  'funnel_cell_not_date',
  'funnel_cell_too_long',
  // Funnel files: the steps matched onto stages.
  'funnel_match_no_step',
  'funnel_match_unknown_stage',
  'funnel_match_same_stage',
  // What-if (shared/funnel/what-if.ts).
  'what_if_no_next_stage',
  'what_if_bad_conversion',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * Stable reasons of one bad field (a {@link FieldIssue}), derived from zod's issue codes or set by
 * checks that zod cannot express (references inside a map file). Translated as
 * `errors.issue.<reason>` with the issue's `params`.
 */
export const ISSUE_REASONS = [
  'required',
  'wrong_type',
  'not_integer',
  'empty',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'not_one_of',
  'bad_id',
  'bad_datetime',
  'bad_date',
  'bad_format',
  'unknown_fields',
  'invalid',
  // References inside a map file.
  'no_stages',
  'duplicate_id',
  'missing_stage',
  'missing_lane',
  'missing_card',
  'missing_period',
  'duplicate_metric',
  // Avatar images.
  'bad_avatar',
  'too_big_file',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/** Structured values a translated message interpolates (numbers are formatted for the language). */
export type ErrorParams = Record<string, string | number>;
