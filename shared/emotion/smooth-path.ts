import type { CurveXY } from './curve';

/** Two decimals are below a pixel at any zoom we allow, and keep the path string short. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Fritsch–Carlson tangents for a monotone cubic Hermite spline. Where the data turn (a local peak or
 * valley) the tangent is flat, and elsewhere tangents are limited so that each piece stays between
 * its two end values: the curve never overshoots a point, so it never leaves the -2..2 band.
 */
function monotoneTangents(points: readonly CurveXY[]): number[] {
  const n = points.length;
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = points[i] as CurveXY;
    const b = points[i + 1] as CurveXY;
    slopes.push((b.y - a.y) / (b.x - a.x));
  }
  const tangents: number[] = new Array<number>(n);
  tangents[0] = slopes[0] as number;
  tangents[n - 1] = slopes[n - 2] as number;
  for (let i = 1; i < n - 1; i++) {
    const left = slopes[i - 1] as number;
    const right = slopes[i] as number;
    tangents[i] = left * right <= 0 ? 0 : (left + right) / 2;
  }
  for (let i = 0; i < n - 1; i++) {
    const slope = slopes[i] as number;
    if (slope === 0) {
      tangents[i] = 0;
      tangents[i + 1] = 0;
      continue;
    }
    const alpha = (tangents[i] as number) / slope;
    const beta = (tangents[i + 1] as number) / slope;
    // An end tangent pointing against its neighbour's slope would overshoot; flatten it.
    if (alpha < 0) tangents[i] = 0;
    if (beta < 0) tangents[i + 1] = 0;
    const length = Math.hypot(alpha, beta);
    if (length > 3) {
      const tau = 3 / length;
      tangents[i] = tau * alpha * slope;
      tangents[i + 1] = tau * beta * slope;
    }
  }
  return tangents;
}

/**
 * An SVG path `d` through the points: a monotone cubic (Fritsch–Carlson) for points with increasing x,
 * which bends smoothly without ever going above the highest or below the lowest neighbouring point.
 *
 * - no points: `''`;
 * - one point: `M x y` (draw it as a dot: a circle, or a round line cap on a zero-length path);
 * - x not strictly increasing (should not happen for stage centres): straight lines, never NaN.
 *
 * Points with a non-finite coordinate are dropped.
 */
export function smoothPath(points: readonly CurveXY[]): string {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const first = pts[0];
  if (first === undefined) return '';
  const start = `M${num(first.x)} ${num(first.y)}`;
  if (pts.length === 1) return start;
  const increasing = pts.every((p, i) => i === 0 || p.x > (pts[i - 1] as CurveXY).x);
  if (!increasing)
    return (
      start +
      pts
        .slice(1)
        .map((p) => ` L${num(p.x)} ${num(p.y)}`)
        .join('')
    );
  const tangents = monotoneTangents(pts);
  let d = start;
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i] as CurveXY;
    const b = pts[i + 1] as CurveXY;
    const third = (b.x - a.x) / 3;
    const c1y = a.y + third * (tangents[i] as number);
    const c2y = b.y - third * (tangents[i + 1] as number);
    d += ` C${num(a.x + third)} ${num(c1y)} ${num(b.x - third)} ${num(c2y)} ${num(b.x)} ${num(b.y)}`;
  }
  return d;
}
