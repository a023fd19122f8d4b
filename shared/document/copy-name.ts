import type { Language } from '../domain/primitives';

/** The name of a copy: "Plan (copy)" or "计划（副本）", cut so it stays within the name limit. */
export function copyName(name: string, language: Language, maxLength = 200): string {
  const suffix = language === 'zh-CN' ? '（副本）' : ' (copy)';
  return name.slice(0, maxLength - suffix.length) + suffix;
}
