/**
 * English texts of errors and import repairs. The backend's errors carry a stable code, reason,
 * params and field path (shared/api/errors.ts); renderer/api/error-message.ts turns them into these
 * sentences, so every error reads in the UI language.
 */
export const errorsEn = {
  // One sentence per error code, for errors that carry no reason.
  invalid_input: 'Some of the input is not valid.',
  not_found: 'This no longer exists in the library. Reload and try again.',
  conflict: 'This does not fit the current state of the library. Reload and try again.',
  unknown_operation: 'The app does not know this action. Restart or update the app.',
  unsupported_version: 'This was made by another version of the app. Update the app to open it.',
  too_large: 'This is too large for the app.',
  forbidden: 'The app refused this request. Reload the page.',
  internal: 'Something went wrong inside the app. Please try again.',
  unsupported: 'This is only available in the desktop app.',

  /** A bad field: its name in words, then the problem. */
  field: '{{field}} {{problem}}.',
  fieldMore_one: '{{field}} {{problem}} (and {{count}} more problem).',
  fieldMore_other: '{{field}} {{problem}} (and {{count}} more problems).',
  /** A field in words with its path, for paths of more than one part (map files). */
  withPath: '{{words}} ({{path}})',
  /** "card 3’s score". */
  owned: '{{owner}}’s {{field}}',
  root: 'The input',
  /** Outside English, an error without a reason: its code in words, then the English detail. */
  withDetail: '{{summary}} (in English: {{detail}})',

  reason: {
    map_file_too_large:
      'The file is larger than {{maxMb}} MB; a journey map file is never that big. Choose a .journeymap file.',
    map_file_is_png: 'This is a PNG image, not a journey map file. Choose a .journeymap file.',
    map_file_is_jpeg: 'This is a JPEG image, not a journey map file. Choose a .journeymap file.',
    map_file_is_gif: 'This is a GIF image, not a journey map file. Choose a .journeymap file.',
    map_file_is_pdf: 'This is a PDF document, not a journey map file. Choose a .journeymap file.',
    map_file_is_zip:
      'This is a ZIP archive (or an Office file such as .xlsx), not a journey map file. Choose a .journeymap file.',
    map_file_not_text:
      'This is not a text file, so it cannot be a journey map file. Choose a .journeymap file.',
    map_file_utf16:
      'The file is saved as UTF-16 text; a journey map file is UTF-8. Save it again as UTF-8, or export the map again.',
    map_file_not_json:
      'The file is not valid JSON, so it is not a journey map file. Choose a .journeymap file.',
    map_file_not_json_at:
      'The file is not valid JSON (error at line {{line}}, column {{column}}). Choose a .journeymap file.',
    map_file_too_deep:
      'The file nests lists and objects more than {{maxDepth}} levels deep; a journey map file is never nested like that.',
    map_file_not_object: 'The file is not a journey map file (it holds no JSON object).',
    map_file_wrong_format: 'The file is not a journey map file: its format is {{found}}, not "{{expected}}".',
    map_file_newer_version:
      'The file was written by a newer version of the app (file format {{version}}; this app reads format {{supported}}). Update the app to open it.',
    map_file_unknown_version:
      'The file has an unknown file format {{found}}; this app reads format {{expected}}.',
    request_not_json: 'The app sent a request that is not valid JSON. Reload the page and try again.',
    request_not_json_at:
      'The request is not valid JSON (error at line {{line}}, column {{column}}). Reload the page and try again.',
    request_too_large: 'The request is larger than the {{maxMb}} MB limit.',
    request_too_deep: 'The request nests lists and objects more than {{maxDepth}} levels deep.',
    method_not_allowed: 'The app only accepts POST requests, not {{method}}.',
    unknown_operation: 'The app does not offer the action {{name}}. Restart or update the app.',
    server_unreachable:
      'The app cannot reach its local server. Check that it is still running (npm run web), then reload the page.',
    server_bad_answer:
      'The local server gave an unexpected answer (HTTP {{status}}). Reload the page and try again.',
    backend_unreachable: 'The app could not reach its backend. Please restart it.',
    browser_no_image: 'The browser returned no image.',
    picture_not_drawn: 'The picture could not be drawn.',
    item_not_found: 'No {{what}} with id "{{id}}" exists in this library.',
    unexpected_error: 'Something went wrong inside the app. Please try again.',
    persona_in_use:
      'Persona “{{name}}” is used by {{count}} maps ({{maps}}). Delete it anyway to take it off those maps; their persona cards keep their text.',
    persona_in_use_one:
      'Persona “{{name}}” is used by {{count}} map ({{maps}}). Delete it anyway to take it off those maps; their persona cards keep their text.',
    persona_in_use_other:
      'Persona “{{name}}” is used by {{count}} maps ({{maps}}). Delete it anyway to take it off those maps; their persona cards keep their text.',
    desktop_only:
      '{{action}} is only available in the desktop app. In the browser, use the download or file picker instead.',
    open_file_too_large: '"{{file}}" is {{sizeMb}} MB; files up to {{maxMb}} MB can be opened.',
    write_disk_full: 'The disk is full: "{{file}}" was not saved. Free some space or choose another drive.',
    write_read_only: 'The folder is read-only: "{{folder}}" cannot be written to. Choose another folder.',
    write_no_folder: 'The folder "{{folder}}" does not exist. Choose another folder.',
    write_target_is_folder: '"{{target}}" is a folder, not a file. Choose another name.',
    write_failed: '"{{file}}" could not be saved ({{errno}}).',
    library_already_here: 'The library is already in this folder. Choose another folder.',
    library_exists_in_folder:
      '"{{folder}}" already holds a library. Use "Open another library..." to switch to it, or choose an empty folder.',
    library_copy_failed: 'The library could not be copied: {{cause}}',
    library_copy_unverified:
      'The copy of the library did not verify (integrity check: {{integrity}}; {{maps}} of {{expected}} maps). The library was not moved.',
    library_not_sqlite:
      'The file at {{file}} is not a Journey Map Editor library (it is not a SQLite database). It was left untouched; move it away or choose another data folder.',
    library_newer_version:
      'The library at {{file}} is from a newer version of Journey Map Editor (schema {{found}}; this app knows up to {{latest}}). It was left untouched: please update the app to open it.',
    imported_map_unreadable: 'The imported map could not be read back.',
    request_refused_host: 'Refused: this server only answers to 127.0.0.1 and localhost.',
    request_refused_origin: 'Refused: requests from other web pages are not allowed.',
    request_refused_token: 'Refused: the API token is missing or wrong. Reload the page this server printed.',
    request_refused_sender: 'Refused: this request did not come from the app window.',
    session_running:
      'A workshop session is already running on “{{mapName}}”. End it before starting another.',
    session_not_running: 'This workshop session is not running any more.',
    session_address_unknown:
      '{{address}} is not a network address of this computer. Choose one of the listed addresses.',
    session_listen_failed:
      'The session could not listen on {{address}}:{{port}} ({{detail}}). Choose another address or port.',
    session_join_refused:
      'This join link is not valid (any more). Ask the facilitator for the current link or code.',
    session_code_wrong: 'This join code is wrong. Check it on the facilitator’s screen and try again.',
    session_code_cooldown: 'Too many wrong codes. Wait {{seconds}} seconds, then try again.',
    session_token_refused: 'You are no longer in this session (it ended or the facilitator removed you).',
    session_locked: 'The facilitator has locked contributions for now.',
    session_kind_not_allowed: 'Cards of this kind cannot be added in this session.',
    session_not_your_card: 'You can only change or delete your own cards.',
    session_card_gone: 'This card was deleted by the facilitator.',
    session_rate_limited: 'Too many requests. Wait {{seconds}} seconds, then try again.',
    session_refused_host: 'Refused: this address does not belong to the workshop session.',
    session_refused_origin: 'Refused: requests from other web pages are not allowed.',
    session_unreachable:
      'Could not reach the facilitator’s computer. Check that you are on the same Wi-Fi, then try again.',
    session_bad_answer:
      'The facilitator’s computer gave an unexpected answer (HTTP {{status}}). Reload the page and try again.',
    vote_none: 'There is no vote in this session right now.',
    vote_already_open: 'A vote is already open. Close it before starting another.',
    vote_not_open: 'Voting is not open.',
    vote_card_not_eligible: 'This card is not part of the vote.',
    vote_no_dots_left: 'You have no dots left. Take one back from another card first.',
    vote_card_limit: 'You have placed the most dots allowed on this card.',
    vote_no_dot_on_card: 'You have no dot on this card.',
    funnel_file_too_large:
      'The file is larger than {{maxMb}} MB; a funnel export is much smaller. Check that you picked the right file.',
    funnel_file_workbook:
      'This is a spreadsheet workbook, not a text file. Save it as CSV (or tab-separated text) and import that.',
    funnel_file_not_text:
      'This is not a text or CSV file: it holds binary data, not a table of numbers. Export the funnel as CSV (or tab-separated text) and import that file.',
    funnel_file_unknown_encoding:
      'This text file uses an encoding the app cannot read (not UTF-8, UTF-16 or GBK/GB18030). Save it again as “CSV UTF-8” and import that.',
    funnel_file_bad_bom:
      'The file starts with a {{encoding}} byte order mark but is not valid {{encoding}} text. Save it again as CSV UTF-8 and import that.',
    funnel_file_empty: 'The file is empty. Export the funnel again and import the new file.',
    funnel_file_no_table: 'The file has only comment lines and no table. Export the funnel table again.',
    funnel_file_no_data_rows: 'The file has a header (row {{row}}) but no rows of numbers below it.',
    funnel_file_no_steps: 'The file has no rows with a stage name and a count.',
    funnel_no_step_column:
      'Row {{row}} (the header) has no column for stage (step) names. Name that column {{names}} or similar; the header has {{found}}.',
    funnel_no_count_column:
      'Row {{row}} (the header) has no column for counts. Name that column {{names}} or similar; the header has {{found}}.',
    funnel_unclosed_quote:
      'Row {{row}}: a quoted cell is never closed. Check for a missing quote (") in that row.',
    funnel_too_many_periods: 'The file has more than {{max}} periods (dates); import a shorter date range.',
    funnel_too_many_steps:
      'Period "{{period}}" has more than {{max}} steps, more than a map can hold. Check the stage column.',
    funnel_cell_row_ends:
      'Row {{row}}, column "{{column}}": the row ends before this column. Fix the cell and import again.',
    funnel_cell_no_stage_name:
      'Row {{row}}, column "{{column}}": the stage name is empty. Fix the cell and import again.',
    funnel_cell_percentage:
      'Row {{row}}, column "{{column}}": "{{value}}" is a percentage, not a count. Fix the cell and import again.',
    funnel_cell_negative_count:
      'Row {{row}}, column "{{column}}": "{{value}}" is negative; a count must be 0 or more. Fix the cell and import again.',
    funnel_cell_not_whole:
      'Row {{row}}, column "{{column}}": "{{value}}" is not a whole number of customers. Fix the cell and import again.',
    funnel_cell_not_number:
      'Row {{row}}, column "{{column}}": "{{value}}" is not a number. Fix the cell and import again.',
    funnel_cell_negative:
      'Row {{row}}, column "{{column}}": "{{value}}" is negative; it must be 0 or more. Fix the cell and import again.',
    funnel_cell_not_decimal:
      'Row {{row}}, column "{{column}}": "{{value}}" is not a number like 12.5. Fix the cell and import again.',
    funnel_cell_above_max:
      'Row {{row}}, column "{{column}}": "{{value}}" is larger than {{max}}. Fix the cell and import again.',
    funnel_cell_not_date:
      'Row {{row}}, column "{{column}}": "{{value}}" is not a date like 2024-01-31. Fix the cell and import again.',
    funnel_cell_too_long:
      'Row {{row}}, column "{{column}}": the text is longer than {{max}} characters. Fix the cell and import again.',
    funnel_match_no_step: 'Matching {{match}} refers to step {{step}}, which the file does not have.',
    funnel_match_unknown_stage: 'Step "{{step}}" is matched to a stage that is not in this map.',
    funnel_match_same_stage:
      'Steps "{{first}}" and "{{second}}" are both matched to the same stage; match one of them to another stage or to none.',
    diff_remove_missing: 'The change does not fit this map: {{list}} "{{id}}" to remove does not exist.',
    diff_row_changed: 'The change does not fit this map: {{list}} "{{id}}" was changed since.',
    diff_change_missing: 'The change does not fit this map: {{list}} "{{id}}" to change does not exist.',
    diff_add_exists: 'The change does not fit this map: {{list}} "{{id}}" to add already exists.',
    diff_order_count:
      'The change does not fit this map: the {{list}} order lists {{listed}} ids for {{rows}} rows.',
    diff_order_unknown: 'The change does not fit this map: the {{list}} order names unknown "{{id}}".',
    diff_map_field_changed: "The change does not fit this map: the map's {{list}} was changed since.",
    edit_unknown_item: 'The map has no {{what}} with id "{{id}}".',
    edit_expected_ids: 'Expected a list of {{what}} ids.',
    edit_position_outside: 'Position {{index}} is outside 0..{{max}}.',
    map_limit: 'A map can hold at most {{limit}} {{list}}; this edit would make {{made}}.',
    edit_id_exists: 'A {{what}} with id "{{id}}" exists.',
    edit_nothing_selected: 'Select at least one card to copy.',
    edit_persona_not_on_map: 'Persona "{{id}}" is not on this map.',
    clipboard_too_deep: 'The clipboard content is nested too deeply.',
    clipboard_forbidden_key: 'The clipboard content has a forbidden key "{{key}}".',
    clipboard_not_text: 'The clipboard content must be text.',
    clipboard_other_version:
      'These cards were copied by a different version of the app (format {{version}}); this version reads format {{supported}}.',
    clipboard_too_large: 'The clipboard holds {{length}} characters; at most {{max}} can be pasted.',
    edit_self_connection: 'A card cannot be connected to itself.',
    edit_already_connected: 'These two cards are already connected in this direction.',
    edit_unknown_card_kind: 'Unknown card kind "{{kind}}".',
    edit_patch_not_object: 'The card change must be an object of fields.',
    edit_field_not_editable: 'A {{kind}} card has no editable field "{{key}}".',
    edit_nothing_to_move: 'There is nothing to move.',
    edit_size_not_finite: 'The size must be a finite number.',
    edit_card_in_cell: 'Card "{{id}}" sits in a cell; move it out of the cell first.',
    edit_not_in_cell: 'Card "{{id}}" is not in this cell or is listed twice.',
    edit_order_incomplete: "The new order lists {{listed}} of the cell's {{total}} cards.",
    edit_unknown_direction: 'Unknown direction "{{direction}}".',
    edit_step_not_positive: 'The step must be a positive number of pixels.',
    template_unknown: 'Unknown template "{{id}}"; choose one of {{ids}}.',
    what_if_no_next_stage:
      'What-if needs a stage that has a next stage: index {{index}} is outside 0..{{last}}.',
    what_if_bad_conversion: 'The what-if conversion must be a percentage of 0 or more.',
  },

  /** The problem of one field; the sentence starts with the field's name. */
  issue: {
    required: 'is missing',
    wrong_type: 'must be {{expected}}',
    not_integer: 'must be a whole number',
    empty: 'must not be empty',
    too_short: 'must have at least {{minimum}} characters',
    too_long: 'must have at most {{maximum}} characters',
    too_few: 'must have at least {{minimum}} items',
    too_many: 'must have at most {{maximum}} items',
    at_least: 'must be at least {{minimum}}',
    more_than: 'must be more than {{minimum}}',
    at_most: 'must be at most {{maximum}}',
    less_than: 'must be less than {{maximum}}',
    not_one_of: 'must be one of {{values}}',
    bad_id: 'is not a valid id (only letters, digits, "-" and "_")',
    bad_datetime: 'is not a valid date and time',
    bad_date: 'is not a valid date (YYYY-MM-DD)',
    bad_format: 'has the wrong format',
    unknown_fields: 'has fields the app does not know: {{keys}}',
    invalid: 'is not valid',
    /** Outside English, an issue without a reason, with its English words. */
    invalidWithDetail: 'is not valid (in English: {{detail}})',
    no_stages: 'must contain at least one stage',
    duplicate_id: 'repeats the id "{{id}}"',
    missing_stage: 'points at stage "{{id}}", which is not in the map',
    missing_lane: 'points at lane "{{id}}", which is not in the map',
    missing_card: 'points at card "{{id}}", which is not in the map',
    missing_period: 'points at period "{{id}}", which is not in the file',
    duplicate_metric: 'repeats the numbers of a stage in the same period',
    not_in_library: 'refers to {{what}} "{{id}}", which is not in this library',
    not_in_map: 'refers to {{what}} "{{id}}", which is not in this map',
    id_in_other_map: 'is the id of a {{what}} in another map; use a new id',
    listed_twice: 'lists {{what}} "{{id}}" twice',
    before_start_date: 'must not be before the start date ({{start}})',
    repeated: 'is repeated',
    no_listed_stage: 'names no listed stage',
    no_listed_lane: 'names no listed lane',
    no_copied_card: 'names no copied card',
    negative_money: 'must not be negative',
    unknown_currency: 'is not a currency this app knows',
    benchmark_min_above_max: 'must not be below the minimum of the range',
    bad_avatar: 'must be a PNG, JPEG or WebP image',
    too_big_file: 'is {{sizeKb}} KB; the limit is {{maxKb}} KB',
  },

  /** Actions named in `desktop_only`. */
  action: {
    save_dialog: 'Saving through a file dialog',
    open_dialog: 'Opening through a file dialog',
    pdf_dialog: 'Saving a PDF through a file dialog',
    open_library: 'Opening another library (start the web host with --data <folder> instead)',
    move_library: 'Moving the library (stop the web host and move the folder instead)',
  },

  /** What `wrong_type` expected, in words. */
  type: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'yes or no',
    object: 'an object',
    array: 'a list',
  },

  /** Items of a list in a field path: `cards.2` is "card 3". */
  item: {
    stages: 'stage {{n}}',
    lanes: 'lane {{n}}',
    cards: 'card {{n}}',
    connections: 'connection {{n}}',
    personas: 'persona {{n}}',
    periods: 'period {{n}}',
    metrics: 'stage numbers {{n}}',
    versions: 'version {{n}}',
    tags: 'tag {{n}}',
    goals: 'goal {{n}}',
    needs: 'need {{n}}',
    frustrations: 'frustration {{n}}',
    lossReasons: 'loss reason {{n}}',
    personaIds: 'persona reference {{n}}',
    changes: 'change {{n}}',
    rows: 'row {{n}}',
  },

  /** Things named in messages such as "No map with id …" (`item_not_found`). */
  thing: {
    map: 'map',
    persona: 'persona',
    version: 'version',
    stage: 'stage',
    lane: 'lane',
    card: 'card',
    connection: 'connection',
    period: 'metric period',
  },

  /** Field names in words. */
  fieldName: {
    map: 'map',
    stages: 'stages',
    lanes: 'lanes',
    cards: 'cards',
    connections: 'connections',
    personas: 'personas',
    periods: 'metric periods',
    metrics: 'stage numbers',
    versions: 'versions',
    id: 'id',
    name: 'name',
    title: 'title',
    text: 'text',
    description: 'description',
    goal: 'goal',
    note: 'note',
    kind: 'kind',
    score: 'score',
    severity: 'severity',
    impact: 'impact',
    effort: 'effort',
    label: 'label',
    channel: 'channel',
    tags: 'tags',
    stageId: 'stage',
    laneId: 'lane',
    sourceId: 'start card',
    targetId: 'end card',
    periodId: 'period',
    personaId: 'persona',
    personaIds: 'personas',
    mapId: 'map',
    role: 'role',
    quote: 'quote',
    goals: 'goals',
    needs: 'needs',
    frustrations: 'frustrations',
    demographics: 'demographics',
    avatarImage: 'avatar image',
    avatarColor: 'avatar colour',
    count: 'count',
    metricLabel: 'metric label',
    targetConversion: 'target conversion',
    avgDaysInStage: 'average days in stage',
    lossReasons: 'loss reasons',
    startDate: 'start date',
    endDate: 'end date',
    source: 'source',
    width: 'width',
    height: 'height',
    x: 'x position',
    y: 'y position',
    language: 'language',
    format: 'format',
    schemaVersion: 'file format version',
    createdAt: 'creation time',
    updatedAt: 'last change time',
    exportedAt: 'export time',
  },
};

/** Texts of the repairs a map file import made, counted per kind (shared/api/operations/maps.ts). */
export const repairsEn = {
  notice_one: 'Imported “{{name}}” with {{countText}} repair: {{list}}.',
  notice_other: 'Imported “{{name}}” with {{countText}} repairs: {{list}}.',
  separator: '; ',
  dropped_field_one: 'dropped {{countText}} unknown field named {{key}} (at {{examples}})',
  dropped_field_other: 'dropped {{countText}} unknown fields named {{key}} (e.g. at {{examples}})',
  missing_persona_one:
    'removed {{countText}} reference to a persona that is neither in the file nor in this library ({{examples}})',
  missing_persona_other:
    'removed {{countText}} references to personas that are neither in the file nor in this library (e.g. {{examples}})',
  other_one: '{{countText}} more repair',
  other_other: '{{countText}} more repairs',
};
