import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { funnelBandGeometry, type FunnelBandGeometry } from '../../shared/canvas/funnel-band';
import type { MapLayout } from '../../shared/canvas/layout';
import { formatCount, formatPercent, trendLine, type ConversionChangeTest } from '../../shared/funnel';
import type { BandFigures } from './band-figures';
import { stageFigureText } from './figure-text';
import type { FunnelView, StageFigures } from './funnel-view';
import { StageCountEditor } from './StageCountEditor';

export interface FunnelBandProps {
  mapId: string;
  layout: Pick<MapLayout, 'stages'>;
  view: FunnelView;
  /** Share of the first stage, both leaks, the change against the previous period, the trends. */
  extra: BandFigures;
  /** What-if counts per stage while a what-if is active, else null. */
  projected: readonly (number | null)[] | null;
  /** Counts can be typed on the band (the live map; a stored version is read-only). */
  countEditable: boolean;
  /** Leaves the what-if (shown with the projected counts); absent where there is none. */
  onBackToActual?: () => void;
  /** The empty state's actions: open the numbers panel, pick a file to import. */
  onEditNumbers?: () => void;
  onImport?: () => void;
}

/**
 * The funnel band above the stage headers, in flow coordinates (draw it in a `ViewportPortal` so it
 * pans and zooms with the stages): per stage a bar in proportion to its count, the count and its
 * share of the first stage; between each pair of stages an arrow with the conversion ("next /
 * current") and the customers lost, the biggest leak and the target verdict. With no numbers it says
 * how to add them. Geometry comes from {@link funnelBandGeometry}.
 */
export function FunnelBand(props: FunnelBandProps) {
  const { t, i18n } = useTranslation();
  const { layout, view, projected } = props;
  const counts = view.stages.map((s) => s.row.count);
  const geometry = funnelBandGeometry(layout, counts, projected);
  const { rect, legend } = geometry;
  const first = view.stages[0];

  if (!view.hasNumbers) {
    return (
      <section
        className="funnel-band funnel-band--empty nodrag nopan"
        data-testid="funnel-band-empty"
        aria-label={t('metrics.band.label')}
        style={{
          transform: `translate(${legend.x}px, ${rect.y}px)`,
          width: rect.width,
          height: rect.height,
        }}
      >
        <h2 className="funnel-band__empty-title">{t('metrics.band.emptyTitle')}</h2>
        <p className="funnel-band__empty-how">{t('metrics.band.emptyHow')}</p>
        {props.onEditNumbers || props.onImport ? (
          <div className="funnel-band__empty-actions">
            {props.onEditNumbers ? (
              <button type="button" className="button" onClick={props.onEditNumbers}>
                {t('metrics.band.emptyEdit')}
              </button>
            ) : null}
            {props.onImport ? (
              <button type="button" className="button button--ghost" onClick={props.onImport}>
                {t('metrics.band.emptyImport')}
              </button>
            ) : null}
          </div>
        ) : null}
      </section>
    );
  }

  return (
    <>
      <aside
        className="funnel-band__legend nodrag nopan"
        aria-label={t('metrics.band.label')}
        style={{
          transform: `translate(${legend.x}px, ${legend.y}px)`,
          width: legend.width,
          height: legend.height,
        }}
      >
        <p className="funnel-band__legend-title">{view.period?.name ?? t('metrics.band.label')}</p>
        <p className="funnel-band__legend-line" data-testid="band-overall">
          {t('metrics.overall', { value: formatPercent(view.analysis.overallConversion, i18n.language) })}
        </p>
        <p className="funnel-band__legend-line funnel-band__legend-line--muted">{t('metrics.band.legendStep')}</p>
        {first ? (
          <p className="funnel-band__legend-line funnel-band__legend-line--muted">
            {t('metrics.band.legendFirst', { first: first.stageName })}
          </p>
        ) : null}
        {projected !== null ? (
          <div className="funnel-band__whatif" role="status" data-testid="band-whatif">
            <span>{t('metrics.band.whatIfOn')}</span>
            {props.onBackToActual ? (
              <button type="button" className="button button--small" onClick={props.onBackToActual}>
                {t('metrics.band.backToActual')}
              </button>
            ) : null}
          </div>
        ) : null}
      </aside>
      {view.stages.map((figures, index) => (
        <StageBand
          key={figures.stageId}
          {...props}
          geometry={geometry}
          figures={figures}
          index={index}
          t={t}
          language={i18n.language}
        />
      ))}
    </>
  );
}

function StageBand({
  mapId,
  view,
  extra,
  projected,
  countEditable,
  geometry,
  figures,
  index,
  t,
  language,
}: FunnelBandProps & {
  geometry: FunnelBandGeometry;
  figures: StageFigures;
  index: number;
  t: TFunction;
  language: string;
}) {
  const stage = geometry.stages[index];
  if (!stage) return null;
  const { row } = figures;
  const text = stageFigureText(figures, view.previous?.name ?? null, t, language);
  const first = view.stages[0];
  const next = view.stages[index + 1];
  const link = geometry.links[index];
  const projectedCount = projected?.[index] ?? null;
  const ofFirst = index > 0 ? (extra.ofFirst[index] ?? null) : null;
  const mostLost = extra.leaks.differ && extra.leaks.byCount === index;
  const change = extra.changes?.[index] ?? null;
  const trend = trendLine(extra.trends[index] ?? []);
  const barAt = (bar: { x: number; width: number }) => ({ left: bar.x - stage.x, width: bar.width });

  return (
    <section
      className={`funnel-band__stage nodrag nopan${text.problem !== null ? ' funnel-band__stage--problem' : ''}`}
      data-testid={`stage-metric-${figures.stageId}`}
      aria-label={t('metrics.overlayLabel', { stage: figures.stageName })}
      style={{
        transform: `translate(${stage.x}px, ${geometry.rect.y}px)`,
        width: stage.width,
        height: geometry.rect.height,
        // Each stage's arrow reaches into the next stage: earlier stages are drawn on top.
        zIndex: geometry.stages.length - index,
      }}
    >
      <div className="funnel-band__count-row">
        {countEditable ? (
          <StageCountEditor
            mapId={mapId}
            figures={figures}
            label={text.count}
            shown={formatCount(row.count, language)}
          />
        ) : (
          <p className="funnel-band__count" data-testid="metric-count" aria-label={text.count}>
            {formatCount(row.count, language)}
          </p>
        )}
      </div>
      {projected !== null ? (
        <p className="funnel-band__projected" data-testid="metric-projected">
          {t('metrics.band.projected', { count: formatCount(projectedCount, language) })}
        </p>
      ) : null}
      <div className="funnel-band__bars" aria-hidden="true">
        {stage.bar ? (
          <div
            className={`funnel-band__bar${projected !== null ? ' funnel-band__bar--faded' : ''}`}
            data-testid="metric-bar"
            style={barAt(stage.bar)}
          />
        ) : null}
        {stage.projectedBar ? (
          <div
            className="funnel-band__bar funnel-band__bar--projected"
            data-testid="metric-projected-bar"
            style={barAt(stage.projectedBar)}
          />
        ) : null}
      </div>
      {ofFirst !== null && first !== undefined ? (
        <p className="funnel-band__of-first" data-testid="metric-of-first">
          {t('metrics.band.ofFirst', { rate: formatPercent(ofFirst, language), first: first.stageName })}
        </p>
      ) : null}
      {text.change !== null ? (
        <p className="funnel-band__note" data-testid="metric-change">
          {text.change}
        </p>
      ) : null}
      {text.problem !== null ? (
        <p className="funnel-band__problem" data-testid="metric-problem" role="note">
          {text.problem}
        </p>
      ) : null}
      {figures.hotspot ? (
        <p className="funnel-band__problem" data-testid="metric-hotspot">
          {t('metrics.hotspot')}
        </p>
      ) : null}
      {link && next ? (
        <div
          className={`funnel-link${row.isBiggestLeak ? ' funnel-link--leak' : ''}${
            row.overHundred ? ' funnel-link--problem' : ''
          }`}
          data-testid={`funnel-link-${index}`}
          role="group"
          aria-label={t('metrics.band.linkLabel', {
            from: figures.stageName,
            to: next.stageName,
            rate: formatPercent(row.conversion, language),
          })}
          style={{ left: stage.width - link.width / 2, width: link.width }}
        >
          <svg className="funnel-link__arrow" viewBox="0 0 120 16" aria-hidden="true" focusable="false">
            <path d="M2 8h108M102 2l10 6-10 6" fill="none" stroke="currentColor" strokeWidth="3" />
          </svg>
          <span className="funnel-link__rate" data-testid="metric-conversion">
            {formatPercent(row.conversion, language)}
          </span>
          {row.dropOff !== null ? (
            <span className="funnel-link__lost" data-testid="metric-dropoff">
              {t('metrics.band.lost', {
                count: formatCount(row.dropOff, language),
                rate: formatPercent(row.dropOffRate, language),
              })}
            </span>
          ) : null}
          {row.isBiggestLeak ? (
            <strong className="funnel-link__badge funnel-link__badge--leak" data-testid="metric-leak">
              {extra.leaks.differ ? t('metrics.band.leakByRate') : t('metrics.biggestLeak')}
            </strong>
          ) : null}
          {mostLost ? (
            <strong className="funnel-link__badge funnel-link__badge--leak" data-testid="metric-most-lost">
              {t('metrics.band.mostLost')}
            </strong>
          ) : null}
          {text.target !== null ? (
            <span
              className={`funnel-link__badge${
                row.targetMet === false ? ' funnel-link__badge--bad' : row.targetMet ? ' funnel-link__badge--good' : ''
              }`}
              data-testid="metric-target"
            >
              {text.target}
            </span>
          ) : null}
          {change !== null && view.previous !== null ? (
            <ConversionChange change={change} period={view.previous.name} t={t} language={language} />
          ) : null}
          {trend.points.length >= 2 ? <Sparkline trend={trend} t={t} language={language} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** The transition's conversion change against the previous period, in points, and whether it is real. */
function ConversionChange({
  change,
  period,
  t,
  language,
}: {
  change: ConversionChangeTest;
  period: string;
  t: TFunction;
  language: string;
}) {
  if (change.points === null) return null;
  const points = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change.points);
  return (
    <span
      className={`funnel-link__change funnel-link__change--${change.verdict}`}
      data-testid="metric-conversion-change"
    >
      {t('metrics.band.change', { period, points, verdict: t(`metrics.band.verdict.${change.verdict}`) })}
    </span>
  );
}

const SPARK = { width: 150, height: 30, pad: 3 };

/** The transition's conversion over the dated periods, oldest to newest, as a small line. */
function Sparkline({
  trend,
  t,
  language,
}: {
  trend: ReturnType<typeof trendLine>;
  t: TFunction;
  language: string;
}) {
  const { points, min, max } = trend;
  const last = points[points.length - 1];
  const firstPoint = points[0];
  if (min === null || max === null || !last || !firstPoint) return null;
  const span = Math.max(max - min, 1);
  const xs = Math.max(1, last.index - firstPoint.index);
  const at = (p: { index: number; value: number }) =>
    `${SPARK.pad + ((p.index - firstPoint.index) / xs) * (SPARK.width - 2 * SPARK.pad)},${
      SPARK.height - SPARK.pad - ((p.value - min) / span) * (SPARK.height - 2 * SPARK.pad)
    }`;
  const label = t('metrics.band.trend', {
    count: points.length,
    first: formatPercent(firstPoint.value, language),
    last: formatPercent(last.value, language),
  });
  return (
    <svg
      className="funnel-link__spark"
      data-testid="metric-sparkline"
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <polyline points={points.map(at).join(' ')} fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx={at(last).split(',')[0]} cy={at(last).split(',')[1]} r="4" fill="currentColor" />
    </svg>
  );
}
