/**
 * Turns a stored call into the review: the utterances as `reviewCall` takes them (seconds into the call), the
 * cards the rep really saw, and the details beside the measures. Shared by the page, the exports and the import,
 * so every view of a call says the same thing.
 */
import { reviewCall, type CallReview, type ReviewUtterance } from '../../core/metrics/review';
import { reviewDetails, type ReviewDetails } from '../../core/metrics/review-details';
import type { CoachSettings } from '../../core/coach-settings';
import type { CallBundle } from '../../storage/call-archive';
import type { CallSummary } from '../../storage/calls-db';

/** Bump when the measures change, so summaries cached in the call list are computed again. */
export const REVIEW_VERSION = 1;

export interface ReviewedCall {
  bundle: CallBundle;
  input: ReviewUtterance[];
  review: CallReview;
  details: ReviewDetails;
  /** Epoch ms of the review's 0:00: stored times minus this are the review's seconds. */
  origin: number;
}

export function reviewInput(bundle: CallBundle): { input: ReviewUtterance[]; origin: number } {
  const spoken = bundle.utterances.filter((u) => u.text.trim() !== '');
  // An imported call keeps its file's clock (the import stores the file's 0:00 as startedAt), so a moment at 5:13
  // here is at 5:13 in the recording the rep can scrub and in `candor review` of the same file; counted from the
  // first words, a transcript that starts five minutes in showed every time five minutes early. A live call has
  // no recording to match and counts from its first words.
  const imported = bundle.call.source?.kind === 'import';
  const origin = imported ? bundle.call.startedAt : (spoken[0]?.start ?? bundle.call.startedAt);
  const input = spoken.map((u) => ({ id: u.id, role: u.role, speaker: u.speaker, text: u.text, start: (u.start - origin) / 1000, end: (u.end - origin) / 1000 }));
  return { input, origin };
}

export function reviewStoredCall(bundle: CallBundle, settings?: CoachSettings, competitors?: readonly string[]): ReviewedCall {
  const { input, origin } = reviewInput(bundle);
  const live = bundle.call.source?.kind !== 'import';
  const review = reviewCall(input, {
    ...(settings === undefined ? {} : { settings }),
    ...(competitors === undefined ? {} : { competitors }),
    // A live call is judged on the cards the rep saw; an import on the cards Candor would have shown.
    ...(live ? { shownCards: bundle.cards.map((c) => ({ nudgeId: c.nudgeId, at: (c.shownAt - origin) / 1000, utteranceId: c.utteranceId })) } : {}),
  });
  return { bundle, input, review, details: reviewDetails(input, review), origin };
}

export function summaryOf(reviewed: ReviewedCall): CallSummary {
  return {
    reviewVersion: REVIEW_VERSION,
    outcome: reviewed.review.decision.outcome,
    durationSeconds: Math.round(reviewed.review.durationSeconds),
    repShare: Math.round(reviewed.review.talk.repShare * 1000) / 1000,
    utterances: reviewed.input.length,
  };
}

export const OUTCOME_TEXT = { clear_yes: 'Clear yes', clear_no: 'Clear no', unclear: 'Unclear' } as const;

export const SITE_NAMES: Record<string, string> = { 'google-meet': 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams', imported: 'Imported' };

/** "23 min", "1 h 05 min", "45 s". */
export function length(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}

export interface MomentNudge {
  title: string;
  question: string;
  /** True when the rep saw it during the call; false for the card Candor would have shown (imports). */
  shown: boolean;
}

/**
 * The nudges at each line: the cards the rep saw (a live call), attached to the utterance they answered or, for
 * cards raised by time, to the line being spoken then; for an import, the cards Candor would have shown.
 */
export function nudgesByLine({ bundle, review, details, origin }: ReviewedCall): Map<string, MomentNudge[]> {
  const out = new Map<string, MomentNudge[]>();
  const add = (id: string | undefined, nudge: MomentNudge) => {
    if (id !== undefined) out.set(id, [...(out.get(id) ?? []), nudge]);
  };
  if (bundle.call.source?.kind === 'import') {
    for (const m of review.moments) if (m.nudge) add(m.id, { title: m.nudge.title, question: m.nudge.question, shown: false });
    for (const n of review.callNudges) add(lineAt(details.lines, n.at), { title: n.title, question: n.question, shown: false });
    return out;
  }
  const ids = new Set(details.lines.map((l) => l.id));
  for (const card of bundle.cards) {
    const id = card.utteranceId !== null && ids.has(card.utteranceId) ? card.utteranceId : lineAt(details.lines, (card.shownAt - origin) / 1000);
    add(id, { title: card.title, question: card.question, shown: true });
  }
  return out;
}

function lineAt(lines: ReviewedCall['details']['lines'], seconds: number): string | undefined {
  let found = lines[0]?.id;
  for (const l of lines) if (l.start <= seconds) found = l.id;
  return found;
}
