import { describe, expect, it } from 'vitest';
import { errorMessage } from '../api/error-message';
import { callParticipant } from './participant-client';

const { i18next, resources } = await import('../i18n/i18n');
await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });

const unreachable = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
const htmlAnswer = (async () => new Response('<html></html>', { status: 502 })) as typeof fetch;

describe('participant client: words for a participant on a phone', () => {
  it('a request that cannot reach the listener speaks of the facilitator’s computer, in both languages', async () => {
    const error = await callParticipant('state', {}, 'token', unreachable).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'session_unreachable' });
    expect(errorMessage(error)).toBe(
      'Could not reach the facilitator’s computer. Check that you are on the same Wi-Fi, then try again.',
    );
    expect(errorMessage(error)).not.toMatch(/npm run web|local server/);
    await i18next.changeLanguage('zh-CN');
    try {
      expect(errorMessage(error)).toBe('无法连接主持人的电脑。请确认你连接的是同一个 Wi-Fi，然后重试。');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('an answer that is not the session’s names the facilitator’s computer and the HTTP status', async () => {
    const error = await callParticipant('state', {}, 'token', htmlAnswer).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'session_bad_answer' });
    expect(errorMessage(error)).toBe(
      'The facilitator’s computer gave an unexpected answer (HTTP 502). Reload the page and try again.',
    );
  });

  it('the reconnecting notice speaks of the facilitator’s computer', () => {
    expect(i18next.t('workshop.participant.reconnecting')).toBe(
      'Lost the connection to the facilitator’s computer. Reconnecting…',
    );
  });
});
