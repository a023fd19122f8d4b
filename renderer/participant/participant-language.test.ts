import { describe, expect, it } from 'vitest';
import { participantLanguage, rememberParticipantLanguage } from './participant-language';

const memory = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};

describe('participant page language', () => {
  it('follows the browser until the participant chooses, then keeps the choice on this device', () => {
    const storage = memory();
    expect(participantLanguage(storage, 'zh-CN')).toBe('zh-CN');
    expect(participantLanguage(storage, 'en-US')).toBe('en');
    rememberParticipantLanguage(storage, 'zh-CN');
    expect(participantLanguage(storage, 'en-US')).toBe('zh-CN');
  });

  it('ignores a stored value that is no language, and storage that throws', () => {
    expect(participantLanguage({ getItem: () => 'fr' }, 'en')).toBe('en');
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(participantLanguage(throwing, 'zh-TW')).toBe('zh-CN');
    expect(() =>
      rememberParticipantLanguage(
        {
          setItem: () => {
            throw new Error('full');
          },
        },
        'en',
      ),
    ).not.toThrow();
  });
});
