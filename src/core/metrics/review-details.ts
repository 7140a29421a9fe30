/**
 * What the review page shows beside `reviewCall`'s measures, computed from the same review and the same timed
 * lines: the buyer's longest story, how questions spread over the call, each objection and how the rep handled
 * it, pressure moments, and what the rep did right after each card. Pure, like the rest of src/core.
 */
import type { LabelName } from '../types';
import { timed, type CallReview, type ReviewMoment, type ReviewUtterance } from './review';

export interface TimelineLine {
  id: string;
  role: ReviewUtterance['role'];
  speaker: string | null;
  text: string;
  /** Seconds into the call, on the review's clock (the same as its moments'). */
  start: number;
  end: number;
}

export type ObjectionHandling = 'explored' | 'countered' | 'answered' | 'unanswered';

export interface ObjectionMoment {
  id: string;
  at: number;
  text: string;
  evidence: string;
  handling: ObjectionHandling;
  /** The rep's next line, if any. */
  reply: { id: string; text: string } | null;
}

export interface ReviewDetails {
  lines: TimelineLine[];
  /** The buyer's longest run of talk without a rep turn, in seconds, and where it started. */
  longestBuyerStory: { seconds: number; start: number; id: string } | null;
  /** Questions asked in each quarter of the call. */
  questionSpread: [number, number, number, number];
  objections: ObjectionMoment[];
  pressure: ReviewMoment[];
  /** For each moment or card: the rep's next line after it. */
  repNext: Record<string, { id: string; text: string; question: boolean; counter: boolean } | null>;
}

const has = (m: ReviewMoment | undefined, ...names: LabelName[]) => m?.labels.some((l) => names.includes(l.label) && l.confidence >= 0.5) ?? false;

export function reviewDetails(utterances: readonly ReviewUtterance[], review: CallReview): ReviewDetails {
  const { lines: timedLines } = timed(utterances);
  const first = timedLines[0]?.start ?? 0;
  // On the review's own clock, not shifted to the first words: the moments' and the cards' times are on it, and a
  // transcript line at 5:05 beside a moment at 5:05 is what the recording shows.
  const lines: TimelineLine[] = timedLines.map((l) => ({ id: l.id, role: l.role, speaker: l.speaker, text: l.text, start: l.start, end: l.end }));
  const moments = new Map(review.moments.map((m) => [m.id, m]));

  const repNext: ReviewDetails['repNext'] = {};
  let pending: string[] = [];
  for (const line of lines) {
    if (line.role === 'rep') {
      const m = moments.get(line.id);
      const next = { id: line.id, text: line.text, question: has(m, 'open_question', 'closed_question'), counter: has(m, 'counter', 'pressure') };
      for (const id of pending) repNext[id] = next;
      pending = [];
    }
    pending.push(line.id);
  }
  for (const id of pending) repNext[id] = null;

  let longestBuyerStory: ReviewDetails['longestBuyerStory'] = null;
  let story: { start: number; end: number; id: string } | null = null;
  const closeStory = () => {
    if (story !== null && (longestBuyerStory === null || story.end - story.start > longestBuyerStory.seconds)) {
      longestBuyerStory = { seconds: story.end - story.start, start: story.start, id: story.id };
    }
    story = null;
  };
  for (const line of lines) {
    if (line.role === 'prospect') {
      if (story === null) story = { start: line.start, end: line.end, id: line.id };
      else story.end = Math.max(story.end, line.end);
    } else closeStory();
  }
  closeStory();

  const duration = Math.max(review.durationSeconds, 1e-9);
  const questionSpread: [number, number, number, number] = [0, 0, 0, 0];
  for (const q of review.questions.list) {
    const quarter = Math.min(3, Math.max(0, Math.floor(((q.at - first) / duration) * 4)));
    questionSpread[quarter] = (questionSpread[quarter] ?? 0) + 1;
  }

  const objections = review.moments
    .filter((m) => m.role === 'prospect' && has(m, 'objection'))
    .map((m): ObjectionMoment => {
      const reply = repNext[m.id] ?? null;
      const handling: ObjectionHandling = reply === null ? 'unanswered' : reply.counter ? 'countered' : reply.question ? 'explored' : 'answered';
      const evidence = m.labels.find((l) => l.label === 'objection')?.evidence ?? '';
      return { id: m.id, at: m.at, text: m.text, evidence, handling, reply: reply === null ? null : { id: reply.id, text: reply.text } };
    });

  return {
    lines,
    longestBuyerStory,
    questionSpread,
    objections,
    pressure: review.moments.filter((m) => m.role === 'rep' && has(m, 'pressure')),
    repNext,
  };
}
