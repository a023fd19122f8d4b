/** English strings of the command palette (command names themselves live in shared/commands). */
export const commandsEn = {
  title: 'Search commands and the map',
  search: 'Command or title',
  placeholder: 'Type a command…',
  placeholderMap: 'Type a command, or a card, stage or lane title…',
  results: 'Results',
  none: 'Nothing matches “{{query}}”.',
  untitled: '(untitled)',
  kind: {
    command: 'Command',
    card: 'Card',
    stage: 'Stage',
    lane: 'Lane',
  },
};
