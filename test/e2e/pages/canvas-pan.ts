import type { Page } from '@playwright/test';

/** A screen rectangle (what `boundingBox()` gives). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point of the canvas, nearest `near`, where the pointer reaches the bare pane (an empty cell part). */
async function emptyPoint(
  page: Page,
  canvas: Box,
  near: { x: number; y: number },
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ canvas, near }) => {
      const points: { x: number; y: number }[] = [];
      for (let fx = 0.05; fx < 0.95; fx += 0.03)
        for (let fy = 0.05; fy < 0.95; fy += 0.03)
          points.push({ x: canvas.x + canvas.width * fx, y: canvas.y + canvas.height * fy });
      points.sort((a, b) => Math.hypot(a.x - near.x, a.y - near.y) - Math.hypot(b.x - near.x, b.y - near.y));
      // Clear of the minimap and the controls in the bottom corners.
      const free = (p: { x: number; y: number }) => p.y < canvas.y + canvas.height - 200;
      return (
        points.find(
          (p) => free(p) && document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane'),
        ) ?? null
      );
    },
    { canvas, near },
  );
  if (!point) throw new Error('No empty spot on the canvas.');
  return point;
}

/** Drags the bare canvas by (dx, dy) with the mouse, in steps as a hand does. */
export async function panBy(page: Page, canvas: Box, dx: number, dy: number): Promise<void> {
  // Start where the drag has room to go: away from the side it moves to.
  const near = {
    x: dx < 0 ? canvas.x + canvas.width * 0.8 : canvas.x + canvas.width * 0.3,
    y: dy < 0 ? canvas.y + canvas.height * 0.7 : canvas.y + canvas.height * 0.3,
  };
  const from = await emptyPoint(page, canvas, near);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(from.x + (dx * i) / 10, from.y + (dy * i) / 10);
  await page.mouse.up();
}
