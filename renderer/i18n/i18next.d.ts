import 'i18next';
import type { Messages } from './en';

// Typed keys: `t('library.newMap')` is checked, a typo fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
