/**
 * A time into the call as people read it: "12:05", or "1:02:05" past the first hour. The review page and
 * `candor review` both print times with this, so a moment reads the same on both (the CLI printed "62:05").
 */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
