/**
 * The call review: replays a whole transcript through the classifier and the coach exactly as the live
 * extension would (each line with the lines before it, time passing between lines), and gathers what a rep
 * or manager wants afterwards: talk split, longest monologues, questions, each labelled moment with the card
 * Candor would have shown, the discovery checklist, nudge uptake and whether the buyer reached a clear decision.
 */
import { classify } from '../classifier';
import { coachOnTick, coachOnUtterance, initialCoachState } from '../coach';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../coach-settings';
import type { NudgeId } from '../nudges';
import type { Label, Role, RoledUtterance } from '../types';
import { monologuesOf, questionsOf, talkSplitOf, uptakeOf, WORDS_PER_SECOND, type Monologue, type Question, type ShownNudge, type TalkSplit, type TimedLine, type Uptake } from './call-metrics';
import { decisionClarity, type DecisionOutcome } from './decision';
import { emptyDiscovery, noteDiscovery, unexplored, type DiscoveryState, type DiscoveryTopic } from './discovery';

export interface ReviewUtterance {
  id: string;
  role: Role;
  speaker: string | null;
  text: string;
  /** Seconds from the start of the call, or null when the transcript has none. */
  start: number | null;
  end: number | null;
}

export interface ReviewOptions {
  competitors?: readonly string[];
  settings?: CoachSettings;
  /**
   * The cards the rep actually saw during a live call (seconds from the call's start). When given, nudge uptake
   * is measured on them instead of on the cards the review's own replay of the coach would have shown.
   */
  shownCards?: readonly ShownNudge[];
}

export interface ReviewMoment {
  id: string;
  at: number;
  role: Role;
  speaker: string | null;
  text: string;
  labels: Label[];
  /** The card Candor would have shown for this line, or null. */
  nudge: { id: NudgeId; title: string; question: string } | null;
}

export interface CallReview {
  /** 'transcript' when the file had times, 'estimated' when they were estimated from word counts. */
  timing: 'transcript' | 'estimated';
  durationSeconds: number;
  talk: TalkSplit;
  monologues: Monologue[];
  questions: { open: number; closed: number; list: Question[] };
  moments: ReviewMoment[];
  /** Cards raised by the call's shape (monologue, talk share, no questions...), not by one line. */
  callNudges: Array<{ id: NudgeId; title: string; question: string; at: number; evidence: string | null }>;
  discovery: { explored: DiscoveryTopic[]; unexplored: DiscoveryTopic[] };
  decision: { outcome: DecisionOutcome; decidedBy: string | null };
  nudgeUptake: Uptake;
}

const CONTEXT_TURNS = 8;
const TICK_SECONDS = 5;

/** Fills in times: the transcript's own, or a running estimate from word counts. */
export function timed(utterances: readonly ReviewUtterance[]): { lines: Array<Omit<TimedLine, 'labels'>>; estimated: boolean } {
  // Files with no times, or only sparse timestamp lines (Google Meet), get durations from word counts.
  const estimated = utterances.every((u) => u.start === null || u.end === null || u.end <= u.start);
  let clock = 0;
  const lines = utterances.map((u) => {
    const words = Math.max(1, u.text.trim().split(/\s+/u).length);
    const start = !estimated && u.start !== null ? u.start : Math.max(clock, u.start ?? 0);
    const spoken = words / WORDS_PER_SECOND;
    const end = !estimated && u.end !== null && u.end > start ? u.end : start + spoken;
    clock = Math.max(clock, end) + (estimated ? 0.5 : 0);
    return { id: u.id, role: u.role, speaker: u.speaker, text: u.text, start, end };
  });
  return { lines, estimated };
}

export function reviewCall(utterances: readonly ReviewUtterance[], options: ReviewOptions = {}): CallReview {
  const settings = options.settings ?? DEFAULT_COACH_SETTINGS;
  const { lines: bare, estimated } = timed(utterances);
  const context: RoledUtterance[] = [];
  const lines: TimedLine[] = [];
  const moments: ReviewMoment[] = [];
  const callNudges: CallReview['callNudges'] = [];
  const shown: ShownNudge[] = [];
  let coach = initialCoachState();
  let discovery: DiscoveryState = emptyDiscovery();
  let lastCardId: string | null = null;
  const ms = (s: number) => Math.round(s * 1000);

  const noteCard = (card: ReturnType<typeof coachOnTick>['current'], at: number) => {
    if (card === null || card.id === lastCardId) return;
    lastCardId = card.id;
    shown.push({ nudgeId: card.nudgeId, at, utteranceId: card.utteranceId });
    const nudge = { id: card.nudgeId, title: card.title, question: card.question };
    const moment = card.utteranceId === null ? undefined : moments.find((m) => m.id === card.utteranceId);
    if (moment !== undefined && moment.nudge === null) moment.nudge = nudge;
    else callNudges.push({ ...nudge, at, evidence: card.evidence });
  };

  let previousEnd = bare[0]?.start ?? 0;
  for (const line of bare) {
    for (let t = previousEnd + TICK_SECONDS; t < line.start; t += TICK_SECONDS) {
      const ticked = coachOnTick(coach, ms(t), settings);
      coach = ticked.state;
      noteCard(ticked.current, t);
    }
    const roled: RoledUtterance = { id: line.id, role: line.role, speaker: line.speaker, text: line.text, start: ms(line.start), end: ms(line.end), final: true };
    const labels = classify(roled, { previous: context.slice(-CONTEXT_TURNS) }, options.competitors === undefined ? undefined : { competitors: options.competitors });
    lines.push({ ...line, labels });
    if (labels.some((l) => l.confidence >= 0.5)) moments.push({ ...line, at: line.start, labels, nudge: null });
    discovery = noteDiscovery(discovery, line.role, line.text, labels);
    const update = coachOnUtterance(coach, roled, labels, ms(line.end), settings);
    coach = update.state;
    noteCard(update.current, line.end);
    context.push(roled);
    previousEnd = Math.max(previousEnd, line.end);
  }

  const questions = questionsOf(lines);
  const decision = decisionClarity(lines.map((l) => ({ role: l.role, text: l.text, at: l.start, labels: l.labels })));
  const first = lines[0]?.start ?? 0;
  const last = lines.reduce((m, l) => Math.max(m, l.end), first);
  const missing = unexplored(discovery);
  return {
    timing: estimated ? 'estimated' : 'transcript',
    durationSeconds: last - first,
    talk: talkSplitOf(lines),
    monologues: monologuesOf(lines, settings.monologueMs / 1000).slice(0, 5),
    questions: { open: questions.filter((q) => q.kind === 'open').length, closed: questions.filter((q) => q.kind === 'closed').length, list: questions },
    moments,
    callNudges,
    discovery: { explored: (Object.keys(discovery) as DiscoveryTopic[]).filter((t) => !missing.includes(t)), unexplored: missing },
    decision: { outcome: decision.outcome, decidedBy: decision.decidedBy === null ? null : (lines[decision.decidedBy]?.id ?? null) },
    nudgeUptake: uptakeOf(options.shownCards ?? shown, lines),
  };
}
