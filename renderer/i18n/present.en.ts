/** English strings of presentation mode and the workshop timer. */
export const presentEn = {
  button: 'Present',
  buttonHint: 'Show the map full screen, stage by stage (F5)',
  overview: 'Overview · {{count}} stages',
  stageStep: 'Stage {{number}} of {{count}} · {{name}}',
  previous: 'Previous',
  next: 'Next',
  exit: 'Exit (Esc)',
  controls: 'Presentation controls',
};

export const timerEn = {
  label: 'Workshop timer',
  chip: 'Workshop timer: {{time}}',
  start: 'Start',
  pause: 'Pause',
  addMinute: '+1 min',
  addMinuteLabel: 'Add a minute',
  reset: 'Reset',
  preset: 'Length',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  timeUp: 'Time is up',
};
