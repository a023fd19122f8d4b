import { z } from 'zod';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW = { width: 900, height: 600 } as const;
export const DEFAULT_WINDOW = { width: 1400, height: 900 } as const;
/** At least this much of the title bar must be on a screen, or the window is moved back onto one. */
const MIN_VISIBLE = 100;

const int = z.number().int().min(-100_000).max(100_000);

/** What is remembered between launches: the window's normal bounds, maximized, the open map. */
export const WindowStateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int.positive(), height: int.positive() }).nullable(),
  maximized: z.boolean(),
  /** The map that was open when the app closed; reopened on the next launch. */
  lastMapId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .nullable(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const EMPTY_WINDOW_STATE: WindowState = { bounds: null, maximized: false, lastMapId: null };

/** Reads a stored state; anything unreadable or malformed counts as no state (first launch). */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return EMPTY_WINDOW_STATE;
  try {
    const result = WindowStateSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : EMPTY_WINDOW_STATE;
  } catch {
    return EMPTY_WINDOW_STATE;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centered(area: Rect, width: number, height: number): Rect {
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds if enough of the title bar is still on one of the
 * current screens' work areas (a monitor may have been unplugged or the resolution changed), sized
 * down to fit that screen; otherwise the default size centered on the primary screen.
 *
 * @param workAreas - the displays' work areas, primary first.
 */
export function restoreBounds(saved: Rect | null, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW.width, height: DEFAULT_WINDOW.height };
  const fit = (area: Rect, width: number, height: number) => ({
    width: Math.max(Math.min(width, area.width), Math.min(MIN_WINDOW.width, area.width)),
    height: Math.max(Math.min(height, area.height), Math.min(MIN_WINDOW.height, area.height)),
  });
  if (saved) {
    const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: 30 };
    const home = workAreas.find((area) => {
      const o = overlap(titleBar, area);
      return o.width >= Math.min(MIN_VISIBLE, saved.width) && o.height > 0;
    });
    if (home) {
      const size = fit(home, saved.width, saved.height);
      return {
        x: Math.min(Math.max(saved.x, home.x), home.x + home.width - size.width),
        y: Math.min(Math.max(saved.y, home.y), home.y + home.height - size.height),
        ...size,
      };
    }
  }
  const size = fit(primary, DEFAULT_WINDOW.width, DEFAULT_WINDOW.height);
  return centered(primary, size.width, size.height);
}

/** The map id in an app URL's hash (`app://journey/index.html#/map/<id>`), or null. */
export function mapIdFromAppUrl(url: string): string | null {
  const match = /#\/map\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url);
  return match?.[1] ?? null;
}
