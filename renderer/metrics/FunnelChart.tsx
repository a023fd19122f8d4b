import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent } from '../../shared/funnel';
import type { FunnelView } from './funnel-view';
import { FUNNEL_COLORS } from '../../shared/design/tokens';

const BAR_HEIGHT = 28;
const GAP = 22;
const LABEL_WIDTH = 150;
const BAR_AREA = 300;
const COLORS = FUNNEL_COLORS.bars;

/**
 * The funnel as SVG bars, one per stage, each as wide as its share of the largest count and
 * centred so the funnel narrows; each is labelled with its count and the conversion to the next
 * stage. With two views, their bars stand side by side (each in its own half).
 */
export function FunnelChart({ views }: { views: readonly FunnelView[] }) {
  const { t, i18n } = useTranslation();
  const first = views[0];
  if (!first) return null;
  const columns = views.length;
  const columnWidth = BAR_AREA / columns;
  const max = Math.max(1, ...views.flatMap((v) => v.stages.map((s) => s.row.count ?? 0)));
  const rowHeight = BAR_HEIGHT + GAP;
  const height = first.stages.length * rowHeight + 24;
  const title = views.map((v) => v.period?.name ?? '').join(' / ');
  return (
    <svg
      className="funnel-chart"
      role="img"
      aria-label={t('metrics.chart.label', { period: title })}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_AREA + 10} ${height}`}
      data-testid="funnel-chart"
    >
      {views.map((view, column) => (
        <text
          key={`h${column}`}
          x={LABEL_WIDTH + column * columnWidth + columnWidth / 2}
          y={14}
          textAnchor="middle"
        >
          {view.period?.name ?? ''}
        </text>
      ))}
      {first.stages.map((stage, index) => {
        const y = 24 + index * rowHeight;
        return (
          <g key={stage.stageId}>
            <text x={0} y={y + BAR_HEIGHT / 2 + 4}>
              {stage.stageName.length > 22 ? `${stage.stageName.slice(0, 21)}…` : stage.stageName}
            </text>
            {views.map((view, column) => {
              const figures = view.stages[index];
              const count = figures?.row.count ?? null;
              const width = count === null ? 0 : Math.max(2, ((columnWidth - 8) * count) / max);
              const x = LABEL_WIDTH + column * columnWidth + (columnWidth - width) / 2;
              const label = formatCount(count, i18n.language);
              const conversion = figures?.row.conversion ?? null;
              return (
                <g key={column}>
                  <rect
                    x={x}
                    y={y}
                    width={width}
                    height={BAR_HEIGHT}
                    rx={3}
                    fill={COLORS[column % COLORS.length]}
                    opacity={0.85}
                  >
                    <title>{t('metrics.chart.bar', { stage: stage.stageName, count: label })}</title>
                  </rect>
                  <text
                    x={LABEL_WIDTH + column * columnWidth + columnWidth / 2}
                    y={y + BAR_HEIGHT + 14}
                    textAnchor="middle"
                  >
                    {conversion === null ? label : `${label} · ${formatPercent(conversion, i18n.language)} ↓`}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
