import type { TFunction } from 'i18next';
import { LIMITS } from '../../shared/domain';

/**
 * Why a trimmed name is longer than the library keeps, or null. The name fields do not cut what is
 * pasted into them (a silent cut loses text without a word): the dialog says so instead.
 */
export function nameTooLong(trimmed: string, t: TFunction, language: string): string | null {
  if (trimmed.length <= LIMITS.name) return null;
  const number = new Intl.NumberFormat(language);
  return t('common.nameTooLong', {
    max: number.format(LIMITS.name),
    length: number.format(trimmed.length),
  });
}
