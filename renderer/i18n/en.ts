import { presentEn, timerEn } from './present.en';
import { commandsEn } from './commands.en';
import { desktopEn } from './desktop.en';
import { errorsEn, repairsEn } from './errors.en';
import { exportEn } from './export.en';
import { canvasEn } from './canvas.en';
import { metricsEn } from './metrics.en';
import { inspectorEn } from './inspector.en';
import { personasEn } from './personas.en';
import { compareEn, versionsEn } from './versions.en';
import { workshopEn } from './workshop.en';

/** English strings. The shape of this object is the type every other language must match. */
export const en = {
  app: {
    name: 'Journey Map Editor',
  },
  language: {
    label: 'Language',
    en: 'English',
    'zh-CN': '简体中文',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    create: 'Create',
    delete: 'Delete',
    close: 'Close',
    dismiss: 'Dismiss',
    loading: 'Loading…',
    retry: 'Try again',
    nameField: 'Name',
    nameRequired: 'Give the map a name.',
    maxLengthReached: 'At most {{max}} characters; anything beyond is left out.',
    nameTooLong: 'A name can have at most {{max}} characters; this one has {{length}}.',
  },
  library: {
    title: 'Your journey maps',
    subtitle: 'Map how customers move from first contact to purchase and loyalty.',
    newMap: 'New map',
    search: 'Search maps',
    searchPlaceholder: 'Search by name or description',
    listLabel: 'Journey maps',
    loading: 'Loading maps…',
    emptyTitle: 'No journey maps yet',
    emptyBody: 'Start from a template such as the sales funnel, or begin with a blank map.',
    emptyAction: 'Create your first map',
    noResults: 'No maps match “{{query}}”.',
    clearSearch: 'Clear search',
    cardCount_one: '{{count}} card',
    cardCount_other: '{{count}} cards',
    stageCount_one: '{{count}} stage',
    stageCount_other: '{{count}} stages',
    edited: 'Edited {{when}}',
    open: 'Open',
    rename: 'Rename',
    duplicate: 'Duplicate',
    compareWith: 'Compare with…',
    delete: 'Delete',
    moreActions: 'More actions for “{{name}}”',
    sortLabel: 'Sort by',
    sortUpdated: 'Last change',
    sortName: 'Name',
    copyName: '{{name}} (copy)',
    renamed: 'Renamed to “{{name}}”.',
    duplicated: 'Created “{{name}}”.',
    deleted: 'Deleted “{{name}}”.',
  },
  newMap: {
    title: 'New map',
    template: 'Template',
    templatesLoading: 'Loading templates…',
    stagesPreview: 'Stages: {{stages}}',
    noStages: 'No stages yet: you add them yourself.',
  },
  compareMap: {
    title: 'Compare “{{name}}” with another map',
    otherMap: 'Other map',
    hint: '“{{name}}” is side A (before), the other map side B (after).',
    submit: 'Compare',
    noOtherMap: 'There is no other map to compare with. Duplicate this map or create another one first.',
  },
  renameMap: {
    title: 'Rename map',
  },
  deleteMap: {
    title: 'Delete map',
    message: 'Delete “{{name}}”? This cannot be undone.',
  },
  editor: {
    library: 'Library',
    loading: 'Loading map…',
    notFoundTitle: 'This map could not be opened',
    canvas: 'Journey map canvas',
    summary: '{{stages}} · {{lanes}} · {{cards}}',
    laneCount_one: '{{count}} lane',
    laneCount_other: '{{count}} lanes',
    emptyMap: 'This map has no stages or lanes yet.',
    connection: 'Connection from {{from}} to {{to}}',
    cardName: '{{kind}}: {{title}}',
  },
  cardKind: {
    persona: 'Persona',
    action: 'Action',
    touchpoint: 'Touchpoint',
    thought: 'Thought',
    emotion: 'Emotion',
    painPoint: 'Pain point',
    opportunity: 'Opportunity',
    note: 'Note',
  },
  laneKind: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    thoughts: 'Thoughts',
    emotions: 'Emotions',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    notes: 'Notes',
    custom: 'Custom',
  },
  flow: {
    nodeDescription:
      'Space selects the card, Enter edits its title, arrow keys move it, Delete removes it. Press ? for every shortcut.',
    nodeDescriptionKeyboard: 'Press enter or space to select a card.',
    nodeMoved: 'Moved selected card {{direction}}. New position, x: {{x}}, y: {{y}}',
    edgeDescription: 'Press enter or space to select a connection.',
    controls: 'Canvas controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Fit map to screen',
    interactive: 'Toggle interactivity',
    minimap: 'Overview of the map',
    handle: 'Connection point',
  },
  commandPalette: commandsEn,
  canvas: canvasEn,
  inspector: inspectorEn,
  personas: personasEn,
  versions: versionsEn,
  compare: compareEn,
  metrics: metricsEn,
  present: presentEn,
  timer: timerEn,
  export: exportEn,
  desktop: desktopEn,
  errors: errorsEn,
  repairs: repairsEn,
  workshop: workshopEn,
};

export type Messages = typeof en;
