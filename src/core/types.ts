/**
 * The shared vocabulary of Candor's pure core. Everything here is plain data that crosses from the content
 * script to the service worker, into storage and into the UI, so it must stay JSON-serialisable.
 */

/** Milliseconds since the Unix epoch. Core code never reads the clock; callers pass time in. */
export type EpochMs = number;

/** Which side of the deal a speaker is on. Buyer labels only ever go to `prospect`, rep labels to `rep`. */
export type Role = 'rep' | 'prospect';

/** A participant's side of the deal: the rep's own side ("ours": the rep, a colleague) or the buyer's. */
export type Side = 'ours' | 'theirs';

/** The meeting tools Candor reads captions from. */
export type SiteId = 'google-meet' | 'zoom' | 'teams';

/** The buyer-side labels, exactly as `principles.md` names them. */
export const BUYER_LABELS = [
  'objection',
  'stall',
  'alternative',
  'pain',
  'buying_signal',
  'strong_no',
  'stakeholder',
] as const;

/** The rep-side labels, exactly as `principles.md` names them. */
export const REP_LABELS = ['pressure', 'counter', 'pitch', 'open_question', 'closed_question'] as const;

export type BuyerLabel = (typeof BUYER_LABELS)[number];
export type RepLabel = (typeof REP_LABELS)[number];
export type LabelName = BuyerLabel | RepLabel;

/** Every label, buyer side first. */
export const ALL_LABELS: readonly LabelName[] = [...BUYER_LABELS, ...REP_LABELS];

/** The labels that can put a card in front of the rep (the "nudge labels"). */
export const NUDGE_LABELS: readonly LabelName[] = [
  'objection',
  'stall',
  'alternative',
  'strong_no',
  'buying_signal',
  'stakeholder',
  'pressure',
  'counter',
  'pitch',
];

const LABEL_SET: ReadonlySet<string> = new Set(ALL_LABELS);

export function isLabelName(value: string): value is LabelName {
  return LABEL_SET.has(value);
}

/** One label the classifier gave an utterance, with the evidence so the UI and the review can show why. */
export interface Label {
  label: LabelName;
  /** 0..1; 0.5 or more is a positive call, below that a hint the coach ignores by default. */
  confidence: number;
  /** The words in the utterance that triggered the label, as they appear in its text. */
  evidence: string;
}

/**
 * One person's turn of speech as Candor understood it from the captions. While `final` is false the text is
 * still growing or being revised by the meeting's speech recognition; `revision` counts those changes.
 */
export interface Utterance {
  /** Unique within a call, stable across revisions (`u1`, `u2`, ...). */
  id: string;
  /** The display name the meeting showed, or null when the site showed none. */
  speaker: string | null;
  /** True when the site marked the line as the local user's own ("You" on Meet). */
  isSelf: boolean;
  text: string;
  /** When the first words appeared. */
  start: EpochMs;
  /** When the text last changed. */
  end: EpochMs;
  final: boolean;
  /** Starts at 1 and grows with every change to text, speaker or finality. */
  revision: number;
}

/** An utterance with the side its speaker is on, as the classifier and coach see it. */
export interface RoledUtterance {
  id: string;
  role: Role;
  speaker: string | null;
  text: string;
  start: EpochMs;
  end: EpochMs;
  final: boolean;
}
