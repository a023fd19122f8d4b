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
  // Pictures the renderer draws (PNG export, the compare picture).
  'browser_no_image',
  'picture_not_drawn',
  // Services.
  'item_not_found',
  'unexpected_error',
  'persona_in_use',
  'desktop_only',
  'open_file_too_large',
  'imported_map_unreadable',
  // Files the app writes (electron/backend/files/atomic-write.ts) and the library file.
  'write_disk_full',
  'write_read_only',
  'write_no_folder',
  'write_target_is_folder',
  'write_failed',
  'library_already_here',
  'library_exists_in_folder',
  'library_copy_failed',
  'library_copy_unverified',
  'library_not_sqlite',
  'library_newer_version',
  // The web host's guard (electron/web-host/request-guard.ts).
  'request_refused_host',
  'request_refused_origin',
  'request_refused_token',
  'request_refused_sender',
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
  // Edits of a map document (shared/document), the clipboard, templates and diffs.
  'diff_remove_missing',
  'diff_row_changed',
  'diff_change_missing',
  'diff_add_exists',
  'diff_order_count',
  'diff_order_unknown',
  'diff_map_field_changed',
  'edit_unknown_item',
  'edit_expected_ids',
  'edit_position_outside',
  'map_limit',
  'edit_id_exists',
  'edit_nothing_selected',
  'edit_persona_not_on_map',
  'clipboard_too_deep',
  'clipboard_forbidden_key',
  'clipboard_not_text',
  'clipboard_other_version',
  'clipboard_too_large',
  'edit_self_connection',
  'edit_already_connected',
  'edit_unknown_card_kind',
  'edit_patch_not_object',
  'edit_field_not_editable',
  'edit_nothing_to_move',
  'edit_size_not_finite',
  'edit_card_in_cell',
  'edit_not_in_cell',
  'edit_order_incomplete',
  'edit_unknown_direction',
  'edit_step_not_positive',
  'template_unknown',
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
  // References and values the backend checks against the library.
  'not_in_library',
  'not_in_map',
  'id_in_other_map',
  'listed_twice',
  'before_start_date',
  // The clipboard's own checks (shared/document/clipboard-schema.ts).
  'repeated',
  'no_listed_stage',
  'no_listed_lane',
  'no_copied_card',
  // Funnel value and benchmarks (shared/domain/metrics.ts).
  'negative_money',
  'unknown_currency',
  'benchmark_min_above_max',
  // Avatar images.
  'bad_avatar',
  'too_big_file',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/** Structured values a translated message interpolates (numbers are formatted for the language). */
export type ErrorParams = Record<string, string | number>;
