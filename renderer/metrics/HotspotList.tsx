import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../shared/funnel';
import type { FunnelView } from './funnel-view';

/** Stages where customers feel bad and drop off more than usual, with both numbers. */
export function HotspotList({ view }: { view: FunnelView }) {
  const { t, i18n } = useTranslation();
  const names = new Map(view.stages.map((s) => [s.stageId, s.stageName]));
  return (
    <section aria-labelledby="metrics-hotspots-title">
      <h3 id="metrics-hotspots-title">{t('metrics.hotspots.title')}</h3>
      {view.hotspots.length === 0 ? (
        <p className="metrics-note">{t('metrics.hotspots.none')}</p>
      ) : (
        <ul data-testid="hotspot-list">
          {view.hotspots.map((h) => (
            <li key={h.stageId}>
              {t('metrics.hotspots.item', {
                stage: names.get(h.stageId) ?? '',
                emotion: new Intl.NumberFormat(i18n.language, {
                  maximumFractionDigits: 1,
                  signDisplay: 'exceptZero',
                }).format(h.meanEmotion),
                rate: formatPercent(h.dropOffRate, i18n.language),
                median: formatPercent(h.medianDropOffRate, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
