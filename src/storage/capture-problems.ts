/**
 * A short local log of the times captions could not be read (the site changed its page), so a user can
 * attach it to a report. It holds which part failed and what was looked for, never caption text, and stays
 * in storage.local unless the user copies it.
 */
import type { CaptureProblem } from '../contracts/capture-status';
import type { SiteId } from '../core/types';

export const PROBLEMS_KEY = 'capture-problems';
const KEEP = 50;

export interface RecordedProblem extends CaptureProblem {
  site: SiteId;
  at: number;
  version: string;
}

export interface ProblemsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function recordProblem(area: ProblemsArea, problem: RecordedProblem): Promise<void> {
  const stored = (await area.get(PROBLEMS_KEY))[PROBLEMS_KEY];
  const list = Array.isArray(stored) ? (stored as RecordedProblem[]) : [];
  const last = list.at(-1);
  // The same failure reported again on the next poll is one failure.
  if (last && last.site === problem.site && last.part === problem.part && last.detail === problem.detail && problem.at - last.at < 60_000) return;
  await area.set({ [PROBLEMS_KEY]: [...list, problem].slice(-KEEP) });
}

export async function recentProblems(area: ProblemsArea): Promise<RecordedProblem[]> {
  const stored = (await area.get(PROBLEMS_KEY))[PROBLEMS_KEY];
  return Array.isArray(stored) ? (stored as RecordedProblem[]) : [];
}
