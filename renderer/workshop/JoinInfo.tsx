import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/operations/workshop';
import { QrCode } from './QrCode';

/**
 * How the room joins: the QR code big enough to scan from the back of the room, the short code in
 * large letters to type, and the link to copy.
 */
export function JoinInfo({ info }: { info: SessionInfo }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(info.joinUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="workshop-join">
      <QrCode text={info.joinUrl} label={t('workshop.panel.qrLabel', { link: info.joinUrl })} />
      <div className="workshop-join__code">
        <span className="workshop-join__code-label">{t('workshop.panel.shortCode')}</span>
        <output className="workshop-join__code-value" data-testid="workshop-join-code">
          {info.joinCode}
        </output>
        <span className="muted">{t('workshop.panel.codeHint', { address: info.homeUrl })}</span>
      </div>
      <div className="workshop-join__link">
        <label className="field__label" htmlFor="workshop-join-url">
          {t('workshop.panel.joinLink')}
        </label>
        <div className="workshop-join__link-row">
          <input
            id="workshop-join-url"
            className="input"
            readOnly
            value={info.joinUrl}
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {t('workshop.panel.copyLink')}
          </button>
        </div>
        {copied ? (
          <p role="status" className="muted">
            {t('workshop.panel.copied')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
