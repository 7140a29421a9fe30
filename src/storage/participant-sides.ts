/**
 * Which side of the deal each participant is on, remembered by name across calls: "ours" (the rep, a
 * colleague, a sales engineer) or "theirs" (the buyer's people). Buyer labels only ever go to their side.
 * Kept in storage.local under its own key, validated on read: a malformed entry is dropped, not trusted.
 */
import * as v from 'valibot';
import type { Side } from '../core/types';

export type { Side };
export type ParticipantSides = Record<string, Side>;

export const SIDES_KEY = 'participant-sides';
/** Enough for every person a rep meets in months; the oldest entries go first beyond it. */
const MAX_REMEMBERED = 1_000;

const SideSchema = v.picklist(['ours', 'theirs']);

/**
 * Names are matched case-insensitively, with the site's spacing differences ignored, and accents the same
 * whether written composed ("é") or decomposed ("e" and a combining accent, as macOS writes them).
 */
export function sideKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function parseSides(stored: unknown): ParticipantSides {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const sides: ParticipantSides = {};
  for (const [name, side] of Object.entries(stored)) {
    if (name.length > 0 && name.length <= 200 && v.is(SideSchema, side)) sides[sideKey(name)] = side;
  }
  return sides;
}

export function withSide(sides: ParticipantSides, name: string, side: Side): ParticipantSides {
  const key = sideKey(name);
  const { [key]: _previous, ...rest } = sides;
  const entries = Object.entries({ ...rest, [key]: side });
  return Object.fromEntries(entries.slice(-MAX_REMEMBERED));
}

export interface SidesArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSides(area: SidesArea): Promise<ParticipantSides> {
  return parseSides((await area.get(SIDES_KEY))[SIDES_KEY]);
}

export async function saveSide(area: SidesArea, name: string, side: Side): Promise<ParticipantSides> {
  const next = withSide(await loadSides(area), name, side);
  await area.set({ [SIDES_KEY]: next });
  return next;
}
