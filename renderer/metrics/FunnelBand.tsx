import type { TFunction } from 'i18next';
import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_BAND, funnelBandGeometry, type FunnelBandGeometry } from '../../shared/canvas/funnel-band';
import type { MapLayout } from '../../shared/canvas/layout';
import {
  formatCount,
  formatPercent,
  numberFormat,
  trendLine,
  type ConversionChangeTest,
  type TrendLine,
} from '../../shared/funnel';
import { usePresentation } from '../editor/store/presentation';
import type { BandFigures } from './band-figures';
import { stageFigureText } from './figure-text';
import type { FunnelView, StageFigures } from './funnel-view';
import { StageCountEditor } from './StageCountEditor';

export interface FunnelBandProps {
  mapId: string;
  view: FunnelView;
  /** Where everything goes and what each arrow says, from {@link bandLayout}. */
  geometry: FunnelBandGeometry;
  links: (LinkContent | null)[];
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
 * While a what-if is active: says the band shows projected counts, with one click back to actual.
 * Drawn in screen space at the top of the canvas (a React Flow panel, above the frozen headers), so
 * it is always in view and never covered, whatever the zoom.
 */
export function WhatIfNotice({ onBackToActual }: { onBackToActual?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <Panel position="top-center" className="funnel-whatif nodrag nopan">
      <div className="funnel-band__whatif" role="status" data-testid="band-whatif">
        <span>{t('metrics.band.whatIfOn')}</span>
        {onBackToActual ? (
          <button type="button" className="button button--small" onClick={onBackToActual}>
            {t('metrics.band.backToActual')}
          </button>
        ) : null}
      </div>
    </Panel>
  );
}

/**
 * The funnel band under the stage headers, in flow units with its top at 0 (the canvas's frozen stage
 * strip draws it right under the stage names, so it pans and zooms with them): per stage a bar in
 * proportion to its count, the count and its share of the first stage; between each pair of stages
 * an arrow with the conversion ("next / current") and the customers lost, the biggest leak and the
 * target verdict. With no numbers it says how to add them. Geometry comes from
 * {@link funnelBandGeometry}; the legend is {@link FunnelBandLegend}, drawn in the frozen corner.
 */
// Memoized: the canvas re-renders the overlay when it makes the band's room, with the same figures.
export const FunnelBand = memo(function FunnelBand(props: FunnelBandProps) {
  const { t, i18n } = useTranslation();
  const { view, geometry, links } = props;
  const { rect, legend } = geometry;
  // Presentation mode hides the other stages' figures (the band is frozen above its veil), except the
  // arrow into the presented stage, which is about it.
  const presented = usePresentation((s) => (s.active ? s.stageId : null));
  const presentedIndex = presented === null ? -1 : view.stages.findIndex((f) => f.stageId === presented);

  if (!view.hasNumbers) {
    // Over the stage columns only: the frozen corner covers the lane header column.
    return (
      <section
        className="funnel-band funnel-band--empty nodrag nopan"
        data-testid="funnel-band-empty"
        aria-label={t('metrics.band.label')}
        style={{
          transform: `translate(${legend.width}px, 0px)`,
          width: Math.max(legend.width, rect.width - legend.width),
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
      {view.stages.map((figures, index) => (
        <StageBand
          key={figures.stageId}
          {...props}
          geometry={geometry}
          figures={figures}
          index={index}
          content={links[index] ?? null}
          t={t}
          language={i18n.language}
          presenting={
            presentedIndex < 0
              ? null
              : { shown: index === presentedIndex, linkShown: index === presentedIndex - 1 }
          }
        />
      ))}
    </>
  );
});

/** The band's legend (period, overall conversion, how to read it), over the lane header column. */
export const FunnelBandLegend = memo(function FunnelBandLegend({
  view,
  geometry,
}: {
  view: FunnelView;
  geometry: FunnelBandGeometry;
}) {
  const { t, i18n } = useTranslation();
  const { legend } = geometry;
  const first = view.stages[0];
  if (!view.hasNumbers) return null;
  return (
    <>
      <div
        role="group"
        className="funnel-band__legend nodrag nopan"
        aria-label={t('metrics.band.label')}
        style={{ width: legend.width, height: legend.height }}
      >
        <p className="funnel-band__legend-title">{view.period?.name ?? t('metrics.band.label')}</p>
        <p className="funnel-band__legend-line" data-testid="band-overall">
          {t('metrics.overall', { value: formatPercent(view.analysis.overallConversion, i18n.language) })}
        </p>
        <p className="funnel-band__legend-line funnel-band__legend-line--muted">
          {t('metrics.band.legendStep')}
        </p>
        {first ? (
          <p className="funnel-band__legend-line funnel-band__legend-line--muted">
            {t('metrics.band.legendFirst', { first: first.stageName })}
          </p>
        ) : null}
      </div>
    </>
  );
});

/**
 * The band's geometry (see {@link funnelBandGeometry}), tall enough for its fullest arrow or stage,
 * and what each arrow says. The canvas fit uses the same geometry, so the whole band is in view.
 */
export function bandLayout(
  layout: Pick<MapLayout, 'stages'>,
  view: FunnelView,
  extra: BandFigures,
  projected: readonly (number | null)[] | null,
  t: TFunction,
  language: string,
): { geometry: FunnelBandGeometry; links: (LinkContent | null)[] } {
  const counts = view.stages.map((s) => s.row.count);
  // With no numbers the band shows only how to add them: no figure text is drawn, so none is worked
  // out (about 3 ms of translations and line estimates per switch for ten stages), and the band
  // takes its least height, which the "how to add them" text fits.
  if (!view.hasNumbers) {
    return { geometry: funnelBandGeometry(layout, counts, projected), links: view.stages.map(() => null) };
  }
  const links = view.stages.map((figures, index) => linkContent(view, extra, figures, index, t, language));
  const roughGeometry = funnelBandGeometry(layout, counts, projected);
  const lines = Math.max(
    0,
    ...links.map((content, index) =>
      content === null ? 0 : linkTextLines(content, roughGeometry.links[index]?.width ?? 0),
    ),
    ...view.stages.map((figures, index) =>
      stageTextLines(
        view,
        extra,
        figures,
        index,
        projected !== null,
        roughGeometry.stages[index]?.width ?? 0,
        t,
        language,
      ),
    ),
  );
  const geometry = funnelBandGeometry(layout, counts, projected, lines);
  return { geometry, links };
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
  content,
  t,
  language,
  presenting,
}: FunnelBandProps & {
  figures: StageFigures;
  index: number;
  content: LinkContent | null;
  t: TFunction;
  language: string;
  /** While presenting a stage: whether this stage (or only its arrow, into the presented stage) shows. */
  presenting: { shown: boolean; linkShown: boolean } | null;
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
  const barAt = (bar: { x: number; width: number }) => ({ left: bar.x - stage.x, width: bar.width });

  return (
    <section
      className={`funnel-band__stage nodrag nopan${text.problem !== null ? ' funnel-band__stage--problem' : ''}${
        presenting && !presenting.shown ? ` is-dimmed${presenting.linkShown ? ' keeps-link' : ''}` : ''
      }`}
      data-testid={`stage-metric-${figures.stageId}`}
      aria-label={t('metrics.overlayLabel', { stage: figures.stageName })}
      style={{
        transform: `translate(${stage.x}px, 0px)`,
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
      {link && next && content ? (
        <div
          className={`funnel-link${row.isBiggestLeak ? ' funnel-link--leak' : ''}${
            row.overHundred ? ' funnel-link--problem' : ''
          }`}
          data-testid={`funnel-link-${index}`}
          role="group"
          aria-label={t('metrics.band.linkLabel', {
            from: figures.stageName,
            to: next.stageName,
            rate: content.rate,
          })}
          style={{ left: stage.width - link.width / 2, width: link.width }}
        >
          <svg className="funnel-link__arrow" viewBox="0 0 120 16" aria-hidden="true" focusable="false">
            <path d="M2 8h108M102 2l10 6-10 6" fill="none" stroke="currentColor" strokeWidth="3" />
          </svg>
          <span className="funnel-link__rate" data-testid="metric-conversion">
            {content.rate}
          </span>
          {content.lost !== null ? (
            <span className="funnel-link__lost" data-testid="metric-dropoff">
              {content.lost}
            </span>
          ) : null}
          {content.leak !== null ? (
            <strong className="funnel-link__badge funnel-link__badge--leak" data-testid="metric-leak">
              {content.leak}
            </strong>
          ) : null}
          {content.mostLost !== null ? (
            <strong className="funnel-link__badge funnel-link__badge--leak" data-testid="metric-most-lost">
              {content.mostLost}
            </strong>
          ) : null}
          {content.benchmark !== null ? (
            <strong className="funnel-link__badge funnel-link__badge--bad" data-testid="metric-benchmark">
              {content.benchmark}
            </strong>
          ) : null}
          {content.target !== null ? (
            <span
              className={`funnel-link__badge${
                row.targetMet === false
                  ? ' funnel-link__badge--bad'
                  : row.targetMet
                    ? ' funnel-link__badge--good'
                    : ''
              }`}
              data-testid="metric-target"
            >
              {content.target}
            </span>
          ) : null}
          {content.change !== null ? (
            <span
              className={`funnel-link__change funnel-link__change--${content.change.verdict}`}
              data-testid="metric-conversion-change"
            >
              {content.change.text}
            </span>
          ) : null}
          {content.trend !== null ? <Sparkline trend={content.trend} t={t} language={language} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** What the arrow after a stage says, as text (also what sizes the band). */
export interface LinkContent {
  rate: string;
  lost: string | null;
  leak: string | null;
  mostLost: string | null;
  benchmark: string | null;
  target: string | null;
  change: { text: string; verdict: ConversionChangeTest['verdict'] } | null;
  trend: TrendLine | null;
}

/** The arrow after stage `index` (null for the last stage, which has no next stage). */
function linkContent(
  view: FunnelView,
  extra: BandFigures,
  figures: StageFigures,
  index: number,
  t: TFunction,
  language: string,
): LinkContent | null {
  if (index >= view.stages.length - 1) return null;
  const { row } = figures;
  const text = stageFigureText(figures, view.previous?.name ?? null, t, language);
  const change = extra.changes?.[index] ?? null;
  const trend = trendLine(extra.trends[index] ?? []);
  const points =
    change?.points === null || change === null
      ? null
      : numberFormat(language, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
          signDisplay: 'exceptZero',
        }).format(change.points);
  return {
    rate: formatPercent(row.conversion, language),
    lost: row.dropOff === null ? null : t('metrics.band.lost', { count: formatCount(row.dropOff, language) }),
    leak: row.isBiggestLeak
      ? extra.leaks.differ
        ? t('metrics.band.leakByRate')
        : t('metrics.biggestLeak')
      : null,
    mostLost: extra.leaks.differ && extra.leaks.byCount === index ? t('metrics.band.mostLost') : null,
    benchmark: extra.benchmarks[index] === 'below' ? t('metrics.benchmark.below') : null,
    target: text.target,
    change:
      change === null || points === null || view.previous === null
        ? null
        : {
            text: t('metrics.band.change', {
              period: view.previous.name,
              points,
              verdict: t(`metrics.band.verdict.${change.verdict}`),
            }),
            verdict: change.verdict,
          },
    trend: trend.points.length >= 2 ? trend : null,
  };
}

/**
 * About how many lines an arrow's text takes at the band's 24-unit type in `width` (CJK characters
 * are about twice as wide as Latin ones): the band grows by that much so nothing runs over the stage
 * headers.
 */
function linkTextLines(content: LinkContent, width: number): number {
  const room = width - 24;
  return (
    textLines(content.lost, room) +
    textLines(content.leak, room) +
    textLines(content.mostLost, room) +
    textLines(content.benchmark, room) +
    textLines(content.target, room) +
    textLines(content.change?.text ?? null, room) +
    (content.trend === null ? 0 : 1.2)
  );
}

/** The same for the lines under a stage's bar (share of the first stage, change, data problem). */
function stageTextLines(
  view: FunnelView,
  extra: BandFigures,
  figures: StageFigures,
  index: number,
  projected: boolean,
  width: number,
  t: TFunction,
  language: string,
): number {
  const room = width - 2 * FUNNEL_BAND.linkReserve + 8;
  const text = stageFigureText(figures, view.previous?.name ?? null, t, language);
  const first = view.stages[0];
  const ofFirst = extra.ofFirst[index] ?? null;
  return (
    (index > 0 && ofFirst !== null && first
      ? textLines(
          t('metrics.band.ofFirst', { rate: formatPercent(ofFirst, language), first: first.stageName }),
          room,
        )
      : 0) +
    textLines(text.change, room) +
    textLines(text.problem, room) +
    (figures.hotspot ? textLines(t('metrics.hotspot'), room) : 0) +
    (projected ? 1.3 : 0)
  );
}

/** About how many lines `text` takes at 24 units in `room` (CJK characters are about twice as wide). */
function textLines(text: string | null, room: number): number {
  if (text === null) return 0;
  let size = 0;
  for (const ch of text) size += /[\u2e80-\uffff]/.test(ch) ? 24 : 14;
  return Math.ceil(size / Math.max(40, room));
}

const SPARK = { width: 150, height: 30, pad: 3 };

/** The transition's conversion over the dated periods, oldest to newest, as a small line. */
function Sparkline({ trend, t, language }: { trend: TrendLine; t: TFunction; language: string }) {
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
