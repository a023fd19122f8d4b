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
    item_not_found: 'No {{what}} with id "{{id}}" exists in this library.',
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
    bad_avatar: 'must be a PNG, JPEG or WebP image',
    too_big_file: 'is {{sizeKb}} KB; the limit is {{maxKb}} KB',
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
