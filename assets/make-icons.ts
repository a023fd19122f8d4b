/**
 * Rasterises the app icon (the geometry of assets/icon.svg) into the PNGs the installers need:
 * `assets/icon.png` (1024 px; electron-builder converts it to .icns for macOS and .ico for
 * Windows) and `assets/icons/<n>x<n>.png` (the Linux icon set). Run with `npx tsx assets/make-icons.ts`.
 * A tiny signed-distance rasteriser with 4x4 supersampling, so no image tool is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

type Rgb = readonly [number, number, number];
const TOP: Rgb = [0x4f, 0x46, 0xe5];
const BOTTOM: Rgb = [0x7c, 0x3a, 0xed];
const WHITE: Rgb = [255, 255, 255];
const AMBER: Rgb = [0xfb, 0xbf, 0x24];

// Unit coordinates (0..1) of the SVG's 1024 grid.
const u = (v: number): number => v / 1024;
const TILE = { x0: u(61), y0: u(61), x1: u(963), y1: u(963), r: u(205) };
const POINTS = [
  [u(256), u(666)],
  [u(430), u(430)],
  [u(594), u(594)],
  [u(768), u(358)],
] as const;
const STROKE = u(61) / 2;
const DOT = u(72);

function roundedRectDistance(x: number, y: number): number {
  const cx = (TILE.x0 + TILE.x1) / 2;
  const cy = (TILE.y0 + TILE.y1) / 2;
  const hx = (TILE.x1 - TILE.x0) / 2 - TILE.r;
  const hy = (TILE.y1 - TILE.y0) / 2 - TILE.r;
  const dx = Math.abs(x - cx) - hx;
  const dy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - TILE.r;
}

function segmentDistance(x: number, y: number, a: readonly number[], b: readonly number[]): number {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The colour at one point, or null outside the tile (transparent). */
function sample(x: number, y: number): Rgb | null {
  if (roundedRectDistance(x, y) > 0) return null;
  const last = POINTS[POINTS.length - 1] as readonly number[];
  if (Math.hypot(x - (last[0] as number), y - (last[1] as number)) <= DOT) return AMBER;
  for (const p of POINTS.slice(0, -1)) if (Math.hypot(x - p[0], y - p[1]) <= DOT) return WHITE;
  for (let i = 0; i < POINTS.length - 1; i += 1) {
    if (segmentDistance(x, y, POINTS[i]!, POINTS[i + 1]!) <= STROKE) return WHITE;
  }
  const t = (y - TILE.y0) / (TILE.y1 - TILE.y0);
  return [0, 1, 2].map((c) => TOP[c]! + (BOTTOM[c]! - TOP[c]!) * t) as unknown as Rgb;
}

/** Renders the icon at `size` pixels square (RGBA, premultiplied by coverage). */
export function renderIcon(size: number, samples = 4): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const color = sample((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          covered += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return png;
}

function main(): void {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  mkdirSync(path.join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    const bytes = PNG.sync.write(renderIcon(size));
    writeFileSync(path.join(dir, 'icons', `${size}x${size}.png`), bytes);
    if (size === 1024) writeFileSync(path.join(dir, 'icon.png'), bytes);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  main();
