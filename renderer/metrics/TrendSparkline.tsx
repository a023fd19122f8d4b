import type { TrendLine } from '../../shared/funnel';
import './insight.css';

/** A stage's conversion over the periods as a small line (0-100% from bottom to top). */
export function TrendSparkline({
  line,
  periods,
  label,
  width = 80,
  height = 20,
}: {
  line: TrendLine;
  periods: number;
  label: string;
  width?: number;
  height?: number;
}) {
  if (line.points.length < 2 || periods < 2) return null;
  const x = (index: number) => (index / (periods - 1)) * (width - 2) + 1;
  const y = (value: number) => height - 1 - (Math.min(100, Math.max(0, value)) / 100) * (height - 2);
  const points = line.points.map((p) => `${x(p.index).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg className="trend-sparkline" width={width} height={height} role="img" aria-label={label}>
      <polyline points={points} />
    </svg>
  );
}
