/** Remembered window bounds, brought back inside the visible screen when a monitor has gone. */
import { DEFAULT_SIZE, MIN_SIZE, type Bounds } from './window-options';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of `a` lies inside `b`, in pixels. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Returns bounds that are usable on the current displays' work areas: saved bounds if at least a
 * quarter of the window (and its title bar) is visible; otherwise the same size moved onto the display it
 * overlapped most, or the primary one, clamped to fit.
 */
export function fitToDisplays(saved: Partial<Rect> | undefined, workAreas: readonly Rect[]): Bounds {
  const primary = workAreas[0];
  const width = Math.max(MIN_SIZE.width, saved?.width ?? DEFAULT_SIZE.width);
  const height = Math.max(MIN_SIZE.height, saved?.height ?? DEFAULT_SIZE.height);
  if (!primary) return { width, height };
  if (saved?.x === undefined || saved.y === undefined) {
    return { width: Math.min(width, primary.width), height: Math.min(height, primary.height) };
  }
  const rect = { x: saved.x, y: saved.y, width, height };
  const titleBar = { x: saved.x, y: saved.y, width, height: 32 };
  const visible = workAreas.some((a) => overlap(rect, a) >= (width * height) / 4 && overlap(titleBar, a) > 0);
  if (visible) return rect;
  const target = [...workAreas].sort((a, b) => overlap(rect, b) - overlap(rect, a))[0] ?? primary;
  const w = Math.min(width, target.width);
  const h = Math.min(height, target.height);
  return {
    width: w,
    height: h,
    x: Math.min(Math.max(saved.x, target.x), target.x + target.width - w),
    y: Math.min(Math.max(saved.y, target.y), target.y + target.height - h),
  };
}
